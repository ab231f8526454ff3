// The OpenAPI 3.1 document, generated from the same zod schemas the handlers validate with.
import { z } from 'zod';
import {
  API_PREFIX,
  CLOUDEVENTS_BATCH_MEDIA_TYPE,
  accessLogQuery,
  accessLogResponse,
  apiError,
  batchResponse,
  consentsResponse,
  lookupRequest,
  lookupResponse,
  requestQuery,
  requestResponse,
  timelineQuery,
  timelineResponse,
} from '../../shared/central/api.js';
import { centralEventTypes, cloudEventEnvelope, eventDataSchemas } from '../../shared/central/events.js';
import { formRoutesOpenApi } from '../forms/openapi.js';

type JsonSchema = Record<string, unknown>;

const schema = (s: z.ZodType, io: 'input' | 'output' = 'output'): JsonSchema =>
  z.toJSONSchema(s, { io, unrepresentable: 'any' }) as JsonSchema;

/** Query parameters from a zod object schema. */
function queryParameters(s: z.ZodObject): JsonSchema[] {
  const json = schema(s, 'input') as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, prop]) => ({
    name,
    in: 'query',
    required: (json.required ?? []).includes(name),
    schema: prop,
  }));
}

const pathParam = (name: string): JsonSchema => ({
  name,
  in: 'path',
  required: true,
  schema: { type: 'string' },
});

const errors = (...codes: number[]): Record<string, JsonSchema> =>
  Object.fromEntries(
    codes.map((c) => [
      String(c),
      {
        description: 'error',
        content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
      },
    ]),
  );

const ok = (s: z.ZodType): JsonSchema => ({
  '200': { description: 'success', content: { 'application/json': { schema: schema(s) } } },
});

/** `forms`: central was given service forms, so it serves the form routes too. */
export function buildOpenApiDocument(opts: { forms: boolean }): JsonSchema {
  // 429: past the credential's profile reads a minute (read-limit.ts), with Retry-After.
  const readErrors = errors(400, 401, 403, 404, 429);
  const eventSchemas = Object.fromEntries(
    centralEventTypes.map((t) => [t, schema(eventDataSchemas[t], 'input')]),
  );
  return {
    openapi: '3.1.0',
    info: {
      title: 'Dawr central customer profile',
      version: '1.0.0',
      description:
        'Visits from hubs and interactions from the other channels, merged per citizen. Identifiers are keyed HMAC-SHA256 hashes; clear numbers never reach this service. Every profile read needs a purpose and an actor and is written to the customer access log.',
    },
    servers: [{ url: '/' }],
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'one credential per source' },
      },
      schemas: {
        Error: schema(apiError),
        CloudEvent: schema(cloudEventEnvelope, 'input'),
        ...Object.fromEntries(Object.entries(eventSchemas).map(([t, s]) => [`data.${t}`, s])),
      },
    },
    security: [{ bearer: [] }],
    paths: {
      ...(opts.forms ? formRoutesOpenApi() : {}),
      [`${API_PREFIX}/events:batch`]: {
        post: {
          summary: 'Ingest a batch of CloudEvents 1.0 (structured JSON); idempotent on (source, id)',
          description: `Event types: ${centralEventTypes.join(', ')}. The data schema of each type is components.schemas["data.<type>"] (OpenAPI allows no colon in a component name).`,
          requestBody: {
            required: true,
            content: {
              [CLOUDEVENTS_BATCH_MEDIA_TYPE]: {
                schema: { type: 'array', items: { $ref: '#/components/schemas/CloudEvent' } },
              },
              'application/json': {
                schema: { type: 'array', items: { $ref: '#/components/schemas/CloudEvent' } },
              },
            },
          },
          responses: { ...ok(batchResponse), ...errors(400, 401, 413, 415) },
        },
      },
      [`${API_PREFIX}/customers:lookup`]: {
        post: {
          summary: 'Find the customer holding an identifier hash',
          requestBody: {
            required: true,
            content: { 'application/json': { schema: schema(lookupRequest, 'input') } },
          },
          responses: { ...ok(lookupResponse), ...readErrors },
        },
      },
      [`${API_PREFIX}/customers/{customerKey}/timeline`]: {
        get: {
          summary: "A customer's interactions on every channel, newest first",
          parameters: [pathParam('customerKey'), ...queryParameters(timelineQuery)],
          responses: { ...ok(timelineResponse), ...readErrors },
        },
      },
      [`${API_PREFIX}/customers/{customerKey}/consents`]: {
        get: {
          summary: "A customer's consent decisions",
          parameters: [pathParam('customerKey'), ...queryParameters(requestQuery)],
          responses: { ...ok(consentsResponse), ...readErrors },
        },
      },
      [`${API_PREFIX}/customers/{customerKey}/access-log`]: {
        get: {
          summary: "Who read the customer's profile, when and why (newest first)",
          parameters: [pathParam('customerKey'), ...queryParameters(accessLogQuery)],
          responses: { ...ok(accessLogResponse), ...readErrors },
        },
      },
      [`${API_PREFIX}/requests/{number}`]: {
        get: {
          summary: 'A service request with its status history across channels',
          parameters: [pathParam('number'), ...queryParameters(requestQuery)],
          responses: { ...ok(requestResponse), ...readErrors },
        },
      },
      '/healthz': {
        get: {
          summary: 'Liveness, for systemd watchers and load balancers',
          security: [],
          responses: {
            '200': {
              description: 'Up',
              content: {
                'application/json': {
                  schema: { type: 'object', required: ['ok'], properties: { ok: { const: true } } },
                },
              },
            },
          },
        },
      },
      [`${API_PREFIX}/openapi.json`]: {
        get: {
          summary: 'This document',
          security: [],
          responses: {
            '200': {
              description: 'OpenAPI 3.1 document',
              content: { 'application/json': { schema: { type: 'object' } } },
            },
          },
        },
      },
    },
  };
}
