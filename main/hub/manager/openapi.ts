/** The manager routes in the hub's OpenAPI document, from the same event list and schemas the module uses. */
import * as z from 'zod';
import type { RouteDoc } from '../../api-docs/route-doc.js';
import { BODY_ERRORS } from '../../api-docs/route-doc.js';
import {
  MANAGER_EVENTS,
  MANAGER_EVENT_INPUTS,
  ReportCsvLanguage,
  ReportQuery,
} from '../../../shared/contract/manager.js';
import { MANAGER_EVENT_RESULTS, RegisteredDevices } from '../../../shared/contract/http-responses.js';

const inputOf = (event: string): z.ZodType | undefined =>
  (MANAGER_EVENT_INPUTS as Partial<Record<string, z.ZodType>>)[event];

/**
 * One POST per manager event: the route is `/api/v1/manager/:event`, documented per event so a client
 * generator gets each input and answer.
 */
export const managerRoutes: RouteDoc[] = [
  ...MANAGER_EVENTS.map((event): RouteDoc => {
    const input = inputOf(event);
    return {
      method: 'post',
      path: `/api/v1/manager/${event.slice('manager.'.length)}`,
      operationId: event,
      summary: `The manager event "${event}" (also on the /manager socket namespace).`,
      security: 'session',
      ...(input ? { body: input } : {}),
      response: { status: 200, schema: MANAGER_EVENT_RESULTS[event], description: 'Done' },
      errors: [...(input ? BODY_ERRORS : []), 400, 401, 403, 404, 409, 503],
    };
  }),
  {
    method: 'get',
    path: '/api/v1/manager/reports.csv',
    operationId: 'reportCsv',
    summary: 'A report as CSV (UTF-8 with BOM), the same file as the dashboard export.',
    security: 'session',
    query: z.object({ ...ReportQuery.shape, lang: ReportCsvLanguage.optional() }),
    response: { status: 200, mediaType: 'text/csv', description: 'CSV', schema: z.string() },
    errors: [400, 401, 403],
  },
  {
    method: 'get',
    path: '/api/v1/manager/devices',
    operationId: 'devices',
    summary: 'The kiosks and displays the hub issued keys to (for per-device settings).',
    security: 'session',
    response: { status: 200, schema: RegisteredDevices, description: 'Devices' },
    errors: [401, 403],
  },
];
