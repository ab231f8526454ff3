// The central customer profile HTTP service (issue 7). Dependencies come in as arguments so
// tests start it on port 0 with a throwaway store.
import Fastify, {
  type FastifyBaseLogger,
  type FastifyError,
  type FastifyInstance,
  type FastifyRequest,
} from 'fastify';
import { API_PREFIX, CLOUDEVENTS_BATCH_MEDIA_TYPE } from '../../shared/central/api.js';
import type { RouteContext } from './context.js';
import { ApiError } from './errors.js';
import { buildOpenApiDocument } from './openapi.js';
import { registerIngestRoutes } from './routes/ingest.js';
import { registerProfileRoutes } from './routes/profile.js';
import { DEFAULT_PROFILE_READS_PER_MINUTE, limitProfileReads } from './read-limit.js';
import { createAuthenticator, type SourceConfig } from './sources.js';
import { PUBLIC_FORM_PATH, registerFormRoutes } from '../forms/routes.js';
import type { CompiledForm } from '../../shared/domain/forms/validator.js';
import type { CentralStore } from './store/types.js';

export interface CentralServerOptions {
  store: CentralStore;
  sources: readonly SourceConfig[];
  logger?: FastifyBaseLogger;
  clock?: () => Date;
  /** Largest request body in bytes (default 4 MiB: 1,000 events of about 4 KB). */
  bodyLimitBytes?: number;
  /** Most events in one batch (default 1,000). */
  maxBatchEvents?: number;
  /** Profile reads a minute per credential unless its source names its own (default 120; 0: no limit). */
  profileReadsPerMinute?: number;
  /** Service forms served to every channel, the same definitions as the hubs'. */
  forms?: ReadonlyMap<string, CompiledForm>;
}

// /healthz: for systemd watchers, load balancers and the package test, without a credential.
const PUBLIC_PATHS = new Set([`${API_PREFIX}/openapi.json`, '/healthz']);

export function createCentralServer(options: CentralServerOptions): FastifyInstance {
  const app = Fastify({
    ...(options.logger ? { loggerInstance: options.logger } : { logger: false }),
    bodyLimit: options.bodyLimitBytes ?? 4 * 1024 * 1024,
    // Never trust forwarding headers: central listens on 127.0.0.1 behind its own proxy.
    trustProxy: false,
  }) as unknown as FastifyInstance;

  const ctx: RouteContext = {
    store: options.store,
    clock: options.clock ?? (() => new Date()),
    maxBatchEvents: options.maxBatchEvents ?? 1000,
    principals: new WeakMap<FastifyRequest, SourceConfig>(),
  };
  const auth = createAuthenticator(options.sources);

  // The CloudEvents batch media type is JSON; reuse Fastify's parser (with its prototype-poisoning guard).
  app.addContentTypeParser(
    CLOUDEVENTS_BATCH_MEDIA_TYPE,
    { parseAs: 'string' },
    app.getDefaultJsonParser('error', 'error'),
  );

  // Authenticate before the body is read, so an unknown caller cannot make central parse megabytes.
  app.addHook('onRequest', async (request) => {
    const path = request.url.split('?')[0]!;
    if (PUBLIC_PATHS.has(path) || PUBLIC_FORM_PATH.test(path)) return;
    const header = request.headers.authorization;
    const match = header ? /^Bearer ([A-Za-z0-9._~+/=-]{16,512})$/.exec(header) : null;
    const sender = match ? auth.authenticate(match[1]!) : null;
    if (!sender) throw new ApiError(401, 'unauthenticated', 'missing or unknown bearer credential');
    ctx.principals.set(request, sender);
  });

  app.setErrorHandler((error: FastifyError | ApiError, request, reply) => {
    if (error instanceof ApiError) return reply.code(error.statusCode).send(error.body());
    switch (error.code) {
      case 'FST_ERR_CTP_BODY_TOO_LARGE':
        return reply.code(413).send({
          code: 'payload_too_large',
          message: 'the request body is larger than this service accepts',
        });
      case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
        return reply.code(415).send({
          code: 'unsupported_media_type',
          message: `send ${CLOUDEVENTS_BATCH_MEDIA_TYPE} or application/json`,
        });
      case 'FST_ERR_CTP_EMPTY_JSON_BODY':
        return reply.code(400).send({ code: 'empty_body', message: 'the request body is empty' });
      case 'FST_ERR_CTP_INVALID_JSON_BODY':
        return reply
          .code(400)
          .send({ code: 'malformed_json', message: 'the request body is not valid JSON' });
    }
    const status = error.statusCode ?? 500;
    if (status === 400 && error instanceof SyntaxError) {
      return reply.code(400).send({ code: 'malformed_json', message: 'the request body is not valid JSON' });
    }
    if (status >= 400 && status < 500)
      return reply.code(status).send({ code: 'bad_request', message: error.message });
    request.log.error({ err: error }, 'central request failed');
    return reply.code(500).send({ code: 'internal', message: 'internal error' });
  });

  app.setNotFoundHandler((request, reply) => {
    reply
      .code(404)
      .send({ code: 'not_found', message: `no route ${request.method} ${request.url.split('?')[0]}` });
  });

  const openapi = buildOpenApiDocument({ forms: options.forms !== undefined });
  app.get('/healthz', async () => ({ ok: true }));
  app.get(`${API_PREFIX}/openapi.json`, async () => openapi);
  registerIngestRoutes(app, ctx);
  // Its own scope, so the read limit's hook applies to the profile routes and to nothing else.
  app.register(async (profile) => {
    await limitProfileReads(profile, ctx, {
      readsPerMinute: options.profileReadsPerMinute ?? DEFAULT_PROFILE_READS_PER_MINUTE,
    });
    registerProfileRoutes(profile, ctx);
  });
  if (options.forms) registerFormRoutes(app, options.forms);
  return app;
}
