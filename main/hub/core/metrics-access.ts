/**
 * Who may read GET /metrics: this machine (a Prometheus agent beside the hub), or a scraper that
 * sends `Authorization: Bearer <DAWR_METRICS_TOKEN>`. The figures say how busy the centre is and
 * when; they are not for anyone on the network. The address is the connection's own (no proxy
 * header is trusted), and a connection from this machine that a proxy forwarded is not "this
 * machine": behind a reverse proxy on the same host every visitor arrives from 127.0.0.1.
 */
import { timingSafeEqual, createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ConfigError } from './config.js';
import { isLoopbackHost } from './tls/settings.js';

export const METRICS_TOKEN_MIN_LENGTH = 16;

/**
 * Headers a reverse proxy adds to what it forwards (RFC 7239 `Forwarded`, the de facto
 * `X-Forwarded-*`, nginx's `X-Real-IP`, `Via`). The hub does not trust them for an address
 * (Fastify's trustProxy stays off); their presence only says the connection is not the caller's own.
 */
const PROXY_HEADERS = [
  'forwarded',
  'x-forwarded-for',
  'x-forwarded-host',
  'x-forwarded-proto',
  'x-real-ip',
  'via',
];

/**
 * Whether the caller itself is on this machine: a loopback connection that no proxy forwarded.
 * What trusts loopback (/metrics, /healthz's storage figures, the demo SMS outbox) asks this.
 */
export function isDirectLoopback(req: FastifyRequest): boolean {
  if (!isLoopbackHost(req.socket.remoteAddress ?? '')) return false;
  return !PROXY_HEADERS.some((h) => req.headers[h] !== undefined);
}

/** DAWR_METRICS_TOKEN, validated; undefined when unset (then only loopback may read). */
export function metricsTokenFromEnv(env: NodeJS.ProcessEnv): string | undefined {
  const token = env.DAWR_METRICS_TOKEN;
  if (!token) return undefined;
  if (token.length < METRICS_TOKEN_MIN_LENGTH || /\s/.test(token))
    throw new ConfigError(
      `DAWR_METRICS_TOKEN must be at least ${METRICS_TOKEN_MIN_LENGTH} characters without spaces`,
    );
  return token;
}

// Compared as hashes so the comparison takes the same time whatever the length sent.
const digest = (s: string) => createHash('sha256').update(s).digest();

/** A Fastify preHandler for /metrics; refusals are `{code, message}` like every other. */
export function metricsAccess(token: string | undefined) {
  const expected = token ? digest(token) : undefined;
  return async (req: FastifyRequest, reply: FastifyReply) => {
    if (isDirectLoopback(req)) return;
    if (!expected)
      return reply.code(403).send({
        code: 'forbidden',
        message: 'metrics are read on the hub machine, or with DAWR_METRICS_TOKEN set on the hub',
      });
    const match = /^Bearer (\S+)$/.exec(req.headers.authorization ?? '');
    if (!match || !timingSafeEqual(digest(match[1]!), expected))
      return reply
        .code(401)
        .header('www-authenticate', 'Bearer realm="metrics"')
        .send({ code: 'unauthenticated', message: 'send Authorization: Bearer <DAWR_METRICS_TOKEN>' });
  };
}

/** Whether this request may see the figures (/healthz shows its storage figures only to these callers). */
export function mayReadMetrics(req: FastifyRequest, token: string | undefined): boolean {
  if (isDirectLoopback(req)) return true;
  const match = /^Bearer (\S+)$/.exec(req.headers.authorization ?? '');
  return token !== undefined && match !== null && timingSafeEqual(digest(match[1]!), digest(token));
}
