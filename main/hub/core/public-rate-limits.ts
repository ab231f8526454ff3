/**
 * Per-client limits on the routes anyone can call without signing in (a ticket's status and its
 * actions, joining from a phone, feedback, claiming a pairing code), from @fastify/rate-limit:
 * one counter per route and client address, so a flood on one route neither slows the others nor
 * the centre's signed-in staff and devices, whose routes are not limited here. These sit in
 * front of the routes' own rules (codes per number and hour, failed pairing claims), which stay.
 *
 * DAWR_PUBLIC_READS_PER_MINUTE (default 300) and DAWR_PUBLIC_WRITES_PER_MINUTE (default 60), per
 * client and route; 0 turns a limit off. On the public socket namespace (socket-guard.ts), where a
 * per-socket event limit means nothing if one address can open sockets without end, the read figure
 * is also each address's allowance of new sockets and of events a minute, shared by all its sockets,
 * and DAWR_PUBLIC_SOCKETS_PER_ADDRESS (default 20) caps the sockets it holds open at once. Behind a
 * reverse proxy every phone has the proxy's address, so raise them there.
 */
import type { FastifyInstance, RouteOptions } from 'fastify';
import rateLimit from '@fastify/rate-limit';
import { ConfigError } from './config.js';

export interface PublicRateLimits {
  readsPerMinute: number;
  writesPerMinute: number;
  /** Concurrent `/public` sockets per client address; 20 leaves room for a family behind one NAT. */
  socketsPerAddress: number;
}

export const DEFAULT_PUBLIC_RATE_LIMITS: PublicRateLimits = {
  readsPerMinute: 300,
  writesPerMinute: 60,
  socketsPerAddress: 20,
};

/**
 * A route anyone may call declares its limit where it is registered, in its own feature:
 * `app.post(path, { config: { publicLimit: 'write' } }, handler)`. `read` routes answer a page's
 * polling (DAWR_PUBLIC_READS_PER_MINUTE), `write` routes change something or send an SMS
 * (DAWR_PUBLIC_WRITES_PER_MINUTE). The hub's OpenAPI document lists 429 for exactly these
 * (tests/hub/api-documents.test.ts).
 */
export type PublicLimit = 'read' | 'write';

declare module 'fastify' {
  interface FastifyContextConfig {
    publicLimit?: PublicLimit;
  }
}

function limitSetting(raw: string | undefined, name: string, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 1_000_000)
    throw new ConfigError(`${name} must be a whole number from 0 (off) to 1000000, got "${raw}"`);
  return n;
}

export function publicRateLimitsFromEnv(env: NodeJS.ProcessEnv): PublicRateLimits {
  const d = DEFAULT_PUBLIC_RATE_LIMITS;
  return {
    readsPerMinute: limitSetting(
      env.DAWR_PUBLIC_READS_PER_MINUTE,
      'DAWR_PUBLIC_READS_PER_MINUTE',
      d.readsPerMinute,
    ),
    writesPerMinute: limitSetting(
      env.DAWR_PUBLIC_WRITES_PER_MINUTE,
      'DAWR_PUBLIC_WRITES_PER_MINUTE',
      d.writesPerMinute,
    ),
    socketsPerAddress: limitSetting(
      env.DAWR_PUBLIC_SOCKETS_PER_ADDRESS,
      'DAWR_PUBLIC_SOCKETS_PER_ADDRESS',
      d.socketsPerAddress,
    ),
  };
}

function limitFor(route: RouteOptions, limits: PublicRateLimits): number | undefined {
  const kind = route.config?.publicLimit;
  if (kind === 'read') return limits.readsPerMinute || undefined;
  if (kind === 'write') return limits.writesPerMinute || undefined;
  return undefined;
}

/**
 * Call before any route is registered: the limits attach to routes as they are added. Refusals
 * go through the hub's error handler as 429 `rate_limited`, with Retry-After.
 */
export async function registerPublicRateLimits(
  app: FastifyInstance,
  limits: PublicRateLimits,
): Promise<void> {
  // Runs before the plugin's own onRoute hook (added next), so the plugin sees the config.
  app.addHook('onRoute', (route) => {
    const max = limitFor(route, limits);
    if (max !== undefined) route.config = { ...(route.config ?? {}), rateLimit: { max, timeWindow: 60_000 } };
  });
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_req, context) =>
      Object.assign(new Error(`too many requests; try again in ${Math.ceil(context.ttl / 1000)} s`), {
        statusCode: context.statusCode,
      }),
  });
}
