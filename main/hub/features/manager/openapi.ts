/** The manager routes in the hub's OpenAPI document, from the same event list and schemas the module uses. */
import * as z from 'zod';
import { ok, routeDocs, type RouteDoc, type RouteSpec } from '../../../api-docs/route-doc.js';
import {
  MANAGER_EVENTS,
  MANAGER_EVENT_INPUTS,
  ReportCsvLanguage,
  ReportQuery,
} from '../../../../shared/contract/manager.js';
import { MANAGER_EVENT_RESULTS, RegisteredDevices } from '../../../../shared/contract/http-responses.js';

const inputOf = (event: string): z.ZodType | undefined =>
  (MANAGER_EVENT_INPUTS as Partial<Record<string, z.ZodType>>)[event];

/**
 * One POST per manager event: the route is `/api/v1/manager/:event`, documented per event so a client
 * generator gets each input and answer.
 */
const eventRoutes = Object.fromEntries(
  MANAGER_EVENTS.map((event): [string, RouteSpec] => {
    const input = inputOf(event);
    return [
      event,
      {
        route: `POST /api/v1/manager/${event.slice('manager.'.length)}`,
        summary: `The manager event "${event}" (also on the /manager socket namespace).`,
        ...(input ? { body: input } : {}),
        answers: ok(MANAGER_EVENT_RESULTS[event], 'Done'),
        refuses: [400, 404, 409, 503],
      },
    ];
  }),
);

export const managerRoutes: RouteDoc[] = routeDocs('staff-with-role', {
  ...eventRoutes,
  reportCsv: {
    route: 'GET /api/v1/manager/reports.csv',
    summary: 'A report as CSV (UTF-8 with BOM), the same file as the dashboard export.',
    query: z.object({ ...ReportQuery.shape, lang: ReportCsvLanguage.optional() }),
    answers: { status: 200, mediaType: 'text/csv', description: 'CSV', schema: z.string() },
  },
  devices: {
    route: 'GET /api/v1/manager/devices',
    summary: 'The kiosks and displays the hub issued keys to (for per-device settings).',
    answers: ok(RegisteredDevices, 'Devices'),
  },
});
