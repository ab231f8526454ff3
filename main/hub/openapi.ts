/**
 * The hub's OpenAPI 3.1 document: the routes main/hub/server.ts registers itself (below, from the
 * same OPERATIONS table its loop registers) plus the route docs each feature folder keeps next to its
 * handlers. tests/hub/api-documents.test.ts compares it with the routes Fastify really registered.
 */
import * as z from 'zod';
import { OPERATIONS, OPERATION_NAMES } from '../../shared/contract/operations.js';
import { LoginInput } from '../../shared/contract/auth.js';
import { Catalogue } from '../../shared/contract/catalogue.js';
import { CentreSnapshot, DeviceSnapshot, PublicTicketStatus } from '../../shared/contract/views.js';
import {
  HealthzResult,
  LoginResult,
  OPERATION_RESULTS,
  VisitRecord,
} from '../../shared/contract/http-responses.js';
import {
  BODY_ERRORS,
  ERROR_SCHEMA,
  SECURITY_SCHEMES,
  openApiPaths,
  type JsonSchema,
  type RouteDoc,
} from '../api-docs/route-doc.js';
import { formRoutes } from '../forms/openapi.js';
import { managerRoutes } from './manager/openapi.js';
import { kioskRoutes } from './kiosk/openapi.js';
import { remoteRoutes } from './remote/openapi.js';
import { bookingRoutes } from './booking/openapi.js';
import { assistantRoutes } from './assistant/openapi.js';
import { assistedRoutes } from './assisted/openapi.js';
import { syncRoutes } from './sync/openapi.js';
import { pairingRoutes } from './pairing/openapi.js';
import { counterRoutes } from './counter/openapi.js';
import { smsRoutes } from './sms/openapi.js';

const AnyJson = z.record(z.string(), z.unknown());

const operationRoutes: RouteDoc[] = OPERATION_NAMES.map((name) => {
  const spec = OPERATIONS[name];
  return {
    method: 'post',
    path: `/api/v1${spec.path}`,
    operationId: name,
    summary: spec.summary,
    description: `Roles: ${spec.roles.join(', ')}. Path parameters fill the input fields of the same name. Also the socket.io event "${name}".`,
    security: 'session-or-device',
    body: spec.input,
    response: { status: 200, schema: OPERATION_RESULTS[name], description: 'Done' },
    errors: [...BODY_ERRORS, 401, 403, 404, 409, 503],
  };
});

/** The routes main/hub/server.ts registers itself. */
const coreRoutes: RouteDoc[] = [
  {
    method: 'get',
    path: '/healthz',
    operationId: 'healthz',
    summary: 'Can the hub save? Free space and WAL size only for those who may read /metrics.',
    security: 'public',
    response: { status: 200, schema: HealthzResult, description: 'The hub can read and write' },
    otherResponses: {
      '503': {
        description: 'Writes are refused (storage_unavailable), with the reason',
        content: { 'application/json': { schema: { $ref: '#/components/schemas/Healthz' } } },
      },
    },
    errors: [],
  },
  {
    method: 'get',
    path: '/metrics',
    operationId: 'metrics',
    summary: 'Prometheus text: commits, requests, waiting visits, event-loop delay, ack latency, modules.',
    security: 'metrics',
    response: {
      status: 200,
      mediaType: 'text/plain; version=0.0.4',
      schema: z.string(),
      description: 'Prometheus exposition',
    },
    errors: [401, 403],
  },
  {
    method: 'get',
    path: '/api/v1/openapi.json',
    operationId: 'openapi',
    summary: 'This document.',
    security: 'public',
    response: { status: 200, schema: AnyJson, description: 'OpenAPI 3.1' },
    errors: [],
  },
  {
    method: 'get',
    path: '/api/v1/asyncapi.json',
    operationId: 'asyncapi',
    summary: 'The socket.io namespaces and events, as an AsyncAPI 3.0 document.',
    security: 'public',
    response: { status: 200, schema: AnyJson, description: 'AsyncAPI 3.0' },
    errors: [],
  },
  {
    method: 'get',
    path: '/api/v1/catalogue',
    operationId: 'catalogue',
    summary: 'Agencies, services, queues and counters of this centre.',
    security: 'public',
    response: { status: 200, schema: Catalogue, description: 'The catalogue' },
    errors: [],
  },
  {
    method: 'post',
    path: '/api/v1/auth/login',
    operationId: 'login',
    summary: 'Staff sign-in with username and PIN; returns a session token. Failures are throttled.',
    security: 'public',
    body: LoginInput,
    response: { status: 200, schema: LoginResult, description: 'Signed in' },
    errors: [...BODY_ERRORS, 401, 429],
  },
  {
    method: 'post',
    path: '/api/v1/auth/logout',
    operationId: 'logout',
    summary: 'End the session (its sockets are told session_ended).',
    security: 'session',
    response: { status: 204, description: 'Signed out' },
    errors: [],
  },
  {
    method: 'get',
    path: '/api/v1/snapshot',
    operationId: 'snapshot',
    summary: 'Queues (with estimates) and counters now; a device key gets its screen’s view.',
    security: 'session-or-device',
    response: {
      status: 200,
      schema: z.union([CentreSnapshot, DeviceSnapshot]),
      description: 'CentreSnapshot for staff, DeviceSnapshot for devices',
    },
    errors: [401],
  },
  {
    method: 'get',
    path: '/api/v1/visits/:visitId',
    operationId: 'visit',
    summary: 'A visit and its event history (staff).',
    security: 'session',
    response: { status: 200, schema: VisitRecord, description: 'Visit' },
    errors: [401, 403, 404],
  },
  {
    method: 'get',
    path: '/api/v1/public/tickets/:token',
    operationId: 'ticketStatus',
    summary: 'Public status of one ticket, by its unguessable token.',
    security: 'public',
    response: { status: 200, schema: PublicTicketStatus, description: 'Status' },
    errors: [404, 429],
  },
  ...operationRoutes,
];

/** Every route the hub documents, for the document and for the test that compares it with Fastify's. */
export const HUB_ROUTES: readonly RouteDoc[] = [
  ...coreRoutes,
  ...formRoutes,
  ...managerRoutes,
  ...kioskRoutes,
  ...remoteRoutes,
  ...bookingRoutes,
  ...assistantRoutes,
  ...assistedRoutes,
  ...syncRoutes,
  ...pairingRoutes,
  ...counterRoutes,
  ...smsRoutes,
];

let cached: JsonSchema | undefined;

export function openApiDocument(): JsonSchema {
  cached ??= {
    openapi: '3.1.0',
    info: {
      title: 'Dawr hub API',
      version: '1.0.0',
      description:
        'One centre’s hub. Refusals are { code, message } with the status listed per route and change nothing. The socket.io events are in /api/v1/asyncapi.json.',
    },
    paths: openApiPaths(HUB_ROUTES),
    components: {
      schemas: { Error: ERROR_SCHEMA, Healthz: z.toJSONSchema(HealthzResult) },
      securitySchemes: SECURITY_SCHEMES,
    },
  };
  return cached;
}
