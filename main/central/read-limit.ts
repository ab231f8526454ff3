// A limit on profile reads per credential, so a stolen credential cannot walk the number range at
// full speed: every read is already in the customer's access log, and this makes the walk slow and
// loud. Counted by the authenticated source (never the address: every hub may sit behind one proxy),
// one counter per source shared by every profile route, in fixed one-minute windows of
// @fastify/rate-limit. Refusals are 429 `rate_limited` with Retry-After, in central's error shape.
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { RouteContext } from './context.js';
import { ApiError } from './errors.js';

/**
 * Default reads a minute per credential. A hub reads twice per citizen a staff member serves (lookup,
 * then the timeline, cached per reader: main/hub/features/sync/customer-history.ts); a large centre at
 * its peak serves about 20 citizens a minute across 60 counters, so about 40 reads. 120 leaves three
 * times that for recalls, transfers and request look-ups, and holds a stolen credential to 7,200
 * numbers an hour (172,800 a day) instead of as fast as central answers.
 */
export const DEFAULT_PROFILE_READS_PER_MINUTE = 120;

const WINDOW_MS = 60_000;

export interface ProfileReadLimitOptions {
  /** Reads a minute per credential when its source entry names none; 0 turns the limit off. */
  readsPerMinute: number;
}

/**
 * Registers the limit on `scope`, an encapsulated instance holding only the profile routes: the
 * plugin's hook then applies to exactly those. Runs after the root's authentication hook, which has
 * already refused unknown callers and recorded the sender.
 */
export async function limitProfileReads(
  scope: FastifyInstance,
  ctx: RouteContext,
  options: ProfileReadLimitOptions,
): Promise<void> {
  const sourceId = (request: FastifyRequest): string => {
    const sender = ctx.principals.get(request);
    // Profile routes are never public, so the authentication hook always sets one.
    if (!sender) throw new ApiError(401, 'unauthenticated', 'missing or unknown bearer credential');
    return sender.id;
  };
  const allowance = (request: FastifyRequest): number =>
    ctx.principals.get(request)?.readsPerMinute ?? options.readsPerMinute;
  // The end of the window in which each source last tripped: one log line per source and window,
  // however many refused reads follow, so a flood does not flood the log too.
  const trippedUntil = new Map<string, number>();

  await scope.register(rateLimit, {
    global: true,
    hook: 'onRequest',
    timeWindow: WINDOW_MS,
    keyGenerator: sourceId,
    max: (request) => allowance(request),
    allowList: (request) => allowance(request) === 0,
    errorResponseBuilder: (request, context) => {
      const source = sourceId(request);
      const now = Date.now();
      if ((trippedUntil.get(source) ?? 0) <= now) {
        trippedUntil.set(source, now + context.ttl);
        request.log.warn(
          { source, readsPerMinute: context.max, retryAfterSeconds: Math.ceil(context.ttl / 1000) },
          'profile read limit reached; further reads by this credential are refused until the window ends',
        );
      }
      return new ApiError(
        429,
        'rate_limited',
        `credential "${source}" has read ${context.max} profiles this minute; try again in ${Math.ceil(context.ttl / 1000)} s`,
      );
    },
  });
}
