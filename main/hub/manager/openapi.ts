/** The manager routes in the hub's OpenAPI document, from the same event list and schemas the module uses. */
import * as z from 'zod';
import { MANAGER_EVENTS, MANAGER_EVENT_INPUTS, ReportQuery } from '../../../shared/contract/manager.js';

type Operation = Record<string, unknown>;

const refused = {
  '4XX': {
    description: 'Refused (not a manager or admin, or invalid); nothing changed',
    content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
  },
};

export function managerRoutesOpenApi(): Record<string, Record<string, Operation>> {
  const paths: Record<string, Record<string, Operation>> = {};
  for (const event of MANAGER_EVENTS) {
    const input = (MANAGER_EVENT_INPUTS as Partial<Record<string, z.ZodType>>)[event];
    paths[`/api/v1/manager/${event.slice('manager.'.length)}`] = {
      post: {
        operationId: event,
        summary: `The manager event "${event}" (also on the /manager socket namespace).`,
        security: [{ session: [] }],
        ...(input
          ? {
              requestBody: {
                content: {
                  'application/json': {
                    schema: z.toJSONSchema(input, { io: 'input', unrepresentable: 'any' }),
                  },
                },
              },
            }
          : {}),
        responses: { '200': { description: 'Done' }, ...refused },
      },
    };
  }
  const query = z.toJSONSchema(ReportQuery, { io: 'input', unrepresentable: 'any' }) as {
    properties?: Record<string, unknown>;
    required?: string[];
  };
  paths['/api/v1/manager/reports.csv'] = {
    get: {
      operationId: 'reportCsv',
      summary: 'A report as CSV (UTF-8 with BOM), the same file as the dashboard export.',
      security: [{ session: [] }],
      parameters: [
        ...Object.entries(query.properties ?? {}).map(([name, schema]) => ({
          name,
          in: 'query',
          required: (query.required ?? []).includes(name),
          schema,
        })),
        { name: 'lang', in: 'query', required: false, schema: { type: 'string', enum: ['ar', 'en'] } },
      ],
      responses: { '200': { description: 'CSV', content: { 'text/csv': {} } }, ...refused },
    },
  };
  paths['/api/v1/manager/devices'] = {
    get: {
      operationId: 'devices',
      summary: 'The kiosks and displays the hub issued keys to (for per-device settings).',
      security: [{ session: [] }],
      responses: { '200': { description: 'Devices' }, ...refused },
    },
  };
  return paths;
}
