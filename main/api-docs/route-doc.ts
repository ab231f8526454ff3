/**
 * One HTTP route as the API documents describe it: the same zod schemas the handler parses with and
 * answers in, turned into OpenAPI 3.1 path items. Shared by the hub's and central's documents.
 */
import * as z from 'zod';

export type HttpMethod = 'get' | 'post' | 'put' | 'delete';
/** The refusals a route can give; each is `{code, message}` (see main/hub/core/http-errors.ts). */
export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 429 | 503;
export type JsonSchema = Record<string, unknown>;

/** The document's security requirement per kind of credential a route takes. */
export type Security = keyof typeof SECURITY;

export interface RouteDoc {
  method: HttpMethod;
  /** Fastify's form, `:name` for path parameters, exactly as registered. */
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  security: Security;
  body?: z.ZodType;
  /** Media types of the body besides application/json (e.g. CloudEvents batches). */
  bodyMediaTypes?: string[];
  query?: z.ZodObject;
  /** The success answer: JSON by the schema, or another media type described in words. */
  response: { status: 200 | 201 | 204; schema?: z.ZodType; mediaType?: string; description: string };
  /** More success answers (304 Not Modified…). */
  otherResponses?: Record<string, JsonSchema>;
  errors: ErrorStatus[];
}

const ERROR_MEANING: Record<ErrorStatus, string> = {
  400: 'Invalid input (validation)',
  401: 'No valid session or device key (unauthenticated)',
  403: 'Signed in, but not allowed (forbidden)',
  404: 'No such resource (not_found)',
  409: 'Not possible in the current state (conflict, invalid_transition, …)',
  413: 'Body too large (payload_too_large)',
  415: 'Body is not JSON (unsupported_media_type)',
  429: 'Too many requests (rate_limited); see Retry-After',
  503: 'The hub cannot do this now (storage_unavailable, sms_unavailable, public_origin_missing)',
};

/** Every JSON body route can give these besides its own refusals (Fastify's parser and limits). */
export const BODY_ERRORS: ErrorStatus[] = [400, 413, 415];

export const jsonSchema = (s: z.ZodType, io: 'input' | 'output' = 'output'): JsonSchema =>
  z.toJSONSchema(s, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as JsonSchema;

export const ERROR_SCHEMA: JsonSchema = {
  type: 'object',
  required: ['code', 'message'],
  properties: { code: { type: 'string' }, message: { type: 'string' } },
};

const SECURITY = {
  public: [],
  session: [{ session: [] }],
  device: [{ device: [] }],
  'session-or-device': [{ session: [] }, { device: [] }],
  metrics: [{}, { metrics: [] }],
  bearer: [{ bearer: [] }],
  'sms-receipts': [{ smsReceipts: [] }],
} satisfies Record<string, JsonSchema[]>;

/** `/a/:b` → `/a/{b}` */
export const openApiPath = (path: string): string => path.replace(/:(\w+)/g, '{$1}');

function operation(route: RouteDoc): JsonSchema {
  const parameters: JsonSchema[] = [...route.path.matchAll(/:(\w+)/g)].map((m) => ({
    name: m[1],
    in: 'path',
    required: true,
    schema: { type: 'string' },
  }));
  if (route.query) {
    const query = jsonSchema(route.query, 'input') as {
      properties?: Record<string, JsonSchema>;
      required?: string[];
    };
    for (const [name, schema] of Object.entries(query.properties ?? {}))
      parameters.push({ name, in: 'query', required: (query.required ?? []).includes(name), schema });
  }
  const { status, schema, mediaType, description } = route.response;
  const success: JsonSchema =
    status === 204
      ? { description }
      : {
          description,
          content: {
            [mediaType ?? 'application/json']: schema ? { schema: jsonSchema(schema) } : {},
          },
        };
  const errors = [...new Set(route.errors)].sort((a, b) => a - b);
  const bodySchema = route.body ? { schema: jsonSchema(route.body, 'input') } : undefined;
  return {
    operationId: route.operationId,
    summary: route.summary,
    ...(route.description ? { description: route.description } : {}),
    security: SECURITY[route.security],
    ...(parameters.length ? { parameters } : {}),
    ...(bodySchema
      ? {
          requestBody: {
            required: true,
            content: Object.fromEntries(
              ['application/json', ...(route.bodyMediaTypes ?? [])].map((t) => [t, bodySchema]),
            ),
          },
        }
      : {}),
    responses: {
      [String(status)]: success,
      ...route.otherResponses,
      ...Object.fromEntries(
        errors.map((e) => [
          String(e),
          {
            description: ERROR_MEANING[e],
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
          },
        ]),
      ),
    },
  };
}

/**
 * Who may call a route, and the refusals that follow from that alone: a key or session that is missing
 * or wrong is 401, a session without the role (or a device key on a staff route) 403, a rate-limited
 * public route 429.
 */
export type Caller =
  | 'anyone'
  | 'anyone-limited'
  | 'staff'
  | 'staff-with-role'
  | 'device'
  | 'staff-or-device'
  | 'session-holder'
  | 'metrics-reader'
  | 'sms-provider';

const CALLERS: Record<Caller, { security: Security; refusals: ErrorStatus[] }> = {
  anyone: { security: 'public', refusals: [] },
  'anyone-limited': { security: 'public', refusals: [429] },
  // A device key is identified but not staff: 403, like a session without the role.
  staff: { security: 'session', refusals: [401, 403] },
  'staff-with-role': { security: 'session', refusals: [401, 403] },
  device: { security: 'device', refusals: [401, 403] },
  'staff-or-device': { security: 'session-or-device', refusals: [401] },
  // Signing out answers 204 whatever the token: there is nothing to refuse.
  'session-holder': { security: 'session', refusals: [] },
  'metrics-reader': { security: 'metrics', refusals: [401, 403] },
  'sms-provider': { security: 'sms-receipts', refusals: [401] },
};

/** What a route doc table says per route: only what the caller kind, body and query do not imply. */
export interface RouteSpec extends Pick<
  RouteDoc,
  'summary' | 'description' | 'body' | 'bodyMediaTypes' | 'query' | 'otherResponses'
> {
  /** `METHOD /path`, the path in Fastify's form exactly as registered. */
  route: `${Uppercase<HttpMethod>} /${string}`;
  /** Who may call this route, where the table's other routes are for someone else. */
  caller?: Caller;
  answers: RouteDoc['response'];
  /** The route's own refusals, besides its caller's, a body's (BODY_ERRORS) and a query's (400). */
  refuses?: ErrorStatus[];
}

/** A JSON answer (200 unless said). */
export const ok = (
  schema: z.ZodType,
  description: string,
  status: 200 | 201 = 200,
): RouteDoc['response'] => ({
  status,
  schema,
  description,
});

/**
 * Route docs keyed by operationId (in document order), for routes `caller` may call unless one says
 * otherwise. The refusals every such route shares are added here, so a table cannot forget them.
 */
export function routeDocs(caller: Caller, specs: Record<string, RouteSpec>): RouteDoc[] {
  return Object.entries(specs).map(([operationId, { route, caller: own, answers, refuses = [], ...doc }]) => {
    const { security, refusals } = CALLERS[own ?? caller];
    const [method, path] = route.split(' ') as [Uppercase<HttpMethod>, string];
    return {
      method: method.toLowerCase() as HttpMethod,
      path,
      operationId,
      security,
      ...doc,
      response: answers,
      errors: [
        ...(doc.body ? BODY_ERRORS : []),
        ...(doc.query ? [400 as const] : []),
        ...refusals,
        ...refuses,
      ],
    };
  });
}

/** OpenAPI `paths` from route docs; two docs of the same method and path are a mistake. */
export function openApiPaths(routes: readonly RouteDoc[]): Record<string, Record<string, JsonSchema>> {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const route of routes) {
    const item = (paths[openApiPath(route.path)] ??= {});
    if (item[route.method])
      throw new Error(`${route.method.toUpperCase()} ${route.path} is documented twice`);
    item[route.method] = operation(route);
  }
  return paths;
}

export const SECURITY_SCHEMES: Record<string, JsonSchema> = {
  session: {
    type: 'http',
    scheme: 'bearer',
    description: 'Staff session token from POST /api/v1/auth/login',
  },
  device: {
    type: 'apiKey',
    in: 'header',
    name: 'Authorization',
    description: '"Device <key>" for kiosks and displays (issued at pairing)',
  },
  metrics: {
    type: 'http',
    scheme: 'bearer',
    description: 'DAWR_METRICS_TOKEN; without it /metrics answers loopback callers only',
  },
  smsReceipts: {
    type: 'http',
    scheme: 'bearer',
    description: 'DAWR_SMS_RECEIPT_TOKEN, the secret shared with the HTTPS SMS provider',
  },
};
