/**
 * The hub's OpenAPI 3.1 document: the routes main/hub/core/server.ts registers itself (below, from the
 * same OPERATIONS table its loop registers) plus the route docs each feature folder keeps next to its
 * handlers. tests/hub/api-documents.test.ts compares it with the routes Fastify really registered.
 */
import * as z from 'zod';
import { OPERATIONS, OPERATION_NAMES } from '../../../shared/contract/operations.js';
import { LoginInput } from '../../../shared/contract/auth.js';
import { Catalogue } from '../../../shared/contract/catalogue.js';
import { CentreSnapshot, DeviceSnapshot, PublicTicketStatus } from '../../../shared/contract/views.js';
import {
  HealthzResult,
  LoginResult,
  OPERATION_RESULTS,
  VisitRecord,
} from '../../../shared/contract/http-responses.js';
import {
  ERROR_SCHEMA,
  SECURITY_SCHEMES,
  ok,
  openApiPaths,
  routeDocs,
  type JsonSchema,
  type RouteDoc,
  type RouteSpec,
} from '../../api-docs/route-doc.js';
import type { HubModule } from './module-context.js';

const AnyJson = z.record(z.string(), z.unknown());

const operationRoutes: RouteDoc[] = routeDocs(
  'staff-or-device',
  Object.fromEntries(
    OPERATION_NAMES.map((name): [string, RouteSpec] => {
      const spec = OPERATIONS[name];
      return [
        name,
        {
          route: `POST /api/v1${spec.path}`,
          summary: spec.summary,
          description: `Roles: ${spec.roles.join(', ')}. Path parameters fill the input fields of the same name. Also the socket.io event "${name}".`,
          body: spec.input,
          answers: ok(OPERATION_RESULTS[name], 'Done'),
          refuses: [403, 404, 409, 503],
        },
      ];
    }),
  ),
);

/** The routes main/hub/core/server.ts registers itself. */
const coreRoutes: RouteDoc[] = [
  ...routeDocs('anyone', {
    healthz: {
      route: 'GET /healthz',
      summary: 'Can the hub save? Free space and WAL size only for those who may read /metrics.',
      answers: ok(HealthzResult, 'The hub can read and write'),
      otherResponses: {
        '503': {
          description: 'Writes are refused (storage_unavailable), with the reason',
          content: { 'application/json': { schema: { $ref: '#/components/schemas/Healthz' } } },
        },
      },
    },
    metrics: {
      caller: 'metrics-reader',
      route: 'GET /metrics',
      summary: 'Prometheus text: commits, requests, waiting visits, event-loop delay, ack latency, modules.',
      answers: {
        status: 200,
        mediaType: 'text/plain; version=0.0.4',
        schema: z.string(),
        description: 'Prometheus exposition',
      },
    },
    openapi: {
      route: 'GET /api/v1/openapi.json',
      summary: 'This document.',
      answers: ok(AnyJson, 'OpenAPI 3.1'),
    },
    asyncapi: {
      route: 'GET /api/v1/asyncapi.json',
      summary: 'The socket.io namespaces and events, as an AsyncAPI 3.0 document.',
      answers: ok(AnyJson, 'AsyncAPI 3.0'),
    },
    catalogue: {
      route: 'GET /api/v1/catalogue',
      summary: 'Agencies, services, queues and counters of this centre.',
      answers: ok(Catalogue, 'The catalogue'),
    },
    login: {
      caller: 'anyone-limited',
      route: 'POST /api/v1/auth/login',
      summary: 'Staff sign-in with username and PIN; returns a session token. Failures are throttled.',
      body: LoginInput,
      answers: ok(LoginResult, 'Signed in'),
      // A wrong username or PIN.
      refuses: [401],
    },
    logout: {
      caller: 'session-holder',
      route: 'POST /api/v1/auth/logout',
      summary: 'End the session (its sockets are told session_ended).',
      answers: { status: 204, description: 'Signed out' },
    },
    snapshot: {
      caller: 'staff-or-device',
      route: 'GET /api/v1/snapshot',
      summary: 'Queues (with estimates) and counters now; a device key gets its screen’s view.',
      answers: ok(
        z.union([CentreSnapshot, DeviceSnapshot]),
        'CentreSnapshot for staff, DeviceSnapshot for devices',
      ),
    },
    visit: {
      caller: 'staff-with-role',
      route: 'GET /api/v1/visits/:visitId',
      summary:
        'A visit and its event history: for the agent whose open counter has called or is serving it, and for managers and admins (others 403, before any lookup).',
      answers: ok(VisitRecord, 'Visit'),
      refuses: [404],
    },
    ticketStatus: {
      caller: 'anyone-limited',
      route: 'GET /api/v1/public/tickets/:token',
      summary: 'Public status of one ticket, by its unguessable token.',
      answers: ok(PublicTicketStatus, 'Status'),
      refuses: [404],
    },
  }),
  ...operationRoutes,
];

/**
 * Every route a hub with these modules documents: the core's own and each module's routeDocs, for the
 * document and for the test that compares it with the routes Fastify registered.
 */
export function hubRoutes(modules: readonly HubModule[]): RouteDoc[] {
  return [...coreRoutes, ...modules.flatMap((m) => m.routeDocs ?? [])];
}

/** The OpenAPI document of a hub with these modules (server.ts builds it once, on first request). */
export function openApiDocument(modules: readonly HubModule[]): JsonSchema {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Dawr hub API',
      version: '1.0.0',
      description:
        'One centre’s hub. Refusals are { code, message } with the status listed per route and change nothing. The socket.io events are in /api/v1/asyncapi.json.',
    },
    paths: openApiPaths(hubRoutes(modules)),
    components: {
      schemas: { Error: ERROR_SCHEMA, Healthz: z.toJSONSchema(HealthzResult) },
      securitySchemes: SECURITY_SCHEMES,
    },
  };
}
