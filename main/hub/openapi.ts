/** The OpenAPI 3.1 document, generated from the same OPERATIONS table the routes come from. */
import { z } from 'zod';
import { OPERATIONS, OPERATION_NAMES } from '../../shared/contract/operations.js';
import { LoginInput } from '../../shared/contract/auth.js';
import { formRoutesOpenApi } from '../forms/openapi.js';
import { managerRoutesOpenApi } from './manager/openapi.js';

const error = { $ref: '#/components/schemas/Error' };

export function openApiDocument(): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  const add = (path: string, method: string, op: Record<string, unknown>) => {
    paths[path] = { ...(paths[path] ?? {}), [method]: op };
  };
  for (const name of OPERATION_NAMES) {
    const spec = OPERATIONS[name];
    const openPath = spec.path.replace(/:(\w+)/g, '{$1}');
    const params = [...spec.path.matchAll(/:(\w+)/g)].map((m) => ({
      name: m[1],
      in: 'path',
      required: true,
      schema: { type: 'string' },
    }));
    add(`/api/v1${openPath}`, 'post', {
      operationId: name,
      summary: spec.summary,
      description: `Roles: ${spec.roles.join(', ')}. Also the socket.io event "${name}".`,
      parameters: params,
      requestBody: {
        content: {
          'application/json': { schema: z.toJSONSchema(spec.input, { io: 'input', unrepresentable: 'any' }) },
        },
      },
      responses: {
        '200': { description: 'Done' },
        '4XX': {
          description: 'Refused; nothing changed',
          content: { 'application/json': { schema: error } },
        },
      },
      security: [{ session: [] }, { device: [] }],
    });
  }
  add('/api/v1/auth/login', 'post', {
    operationId: 'login',
    summary: 'Staff sign-in with username and PIN; returns a session token.',
    requestBody: { content: { 'application/json': { schema: z.toJSONSchema(LoginInput) } } },
    responses: {
      '200': { description: 'Signed in' },
      '401': { description: 'Wrong credentials', content: { 'application/json': { schema: error } } },
    },
  });
  add('/api/v1/auth/logout', 'post', {
    operationId: 'logout',
    summary: 'End the session.',
    responses: { '204': { description: 'Signed out' } },
  });
  add('/api/v1/catalogue', 'get', {
    operationId: 'catalogue',
    summary: 'Agencies, services, queues and counters of this centre.',
    responses: { '200': { description: 'The catalogue' } },
  });
  add('/api/v1/snapshot', 'get', {
    operationId: 'snapshot',
    summary: 'Queues (with estimates) and counters now.',
    responses: { '200': { description: 'Snapshot' } },
    security: [{ session: [] }, { device: [] }],
  });
  add('/api/v1/visits/{visitId}', 'get', {
    operationId: 'visit',
    summary: 'A visit and its event history (staff).',
    responses: { '200': { description: 'Visit' } },
    security: [{ session: [] }],
  });
  add('/api/v1/public/tickets/{token}', 'get', {
    operationId: 'ticketStatus',
    summary: 'Public status of one ticket, by its unguessable token.',
    responses: { '200': { description: 'Status' } },
  });
  for (const [path, methods] of Object.entries({ ...formRoutesOpenApi(), ...managerRoutesOpenApi() }))
    for (const [method, op] of Object.entries(methods)) add(path, method, op);
  return {
    openapi: '3.1.0',
    info: {
      title: 'Dawr hub API',
      version: '1.0.0',
      description: 'One centre’s hub. Errors are { code, message } and change nothing.',
    },
    paths,
    components: {
      schemas: {
        Error: {
          type: 'object',
          required: ['code', 'message'],
          properties: { code: { type: 'string' }, message: { type: 'string' } },
        },
      },
      securitySchemes: {
        session: { type: 'http', scheme: 'bearer', description: 'Staff session token from /auth/login' },
        device: {
          type: 'apiKey',
          in: 'header',
          name: 'Authorization',
          description: '"Device <key>" for kiosks and displays',
        },
      },
    },
  };
}
