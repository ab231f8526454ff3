/**
 * Strict-Transport-Security on every HTTPS response: a browser that has reached the hub over TLS
 * once will not be talked down to plain HTTP on the centre's network. Never sent over plain
 * HTTP (loopback), where it would mean nothing and could pin a developer's browser to HTTPS.
 * No includeSubDomains: the hub does not speak for other hosts under its name.
 */
import type { FastifyInstance } from 'fastify';

export const HSTS_MAX_AGE_S = 365 * 24 * 60 * 60;
export const HSTS_HEADER = `max-age=${HSTS_MAX_AGE_S}`;

export function registerHsts(app: FastifyInstance): void {
  app.addHook('onRequest', async (_req, reply) => {
    reply.header('strict-transport-security', HSTS_HEADER);
  });
}
