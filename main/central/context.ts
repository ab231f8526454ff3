// What route modules share: the store, the clock, limits, and the authenticated sender of a request.
import type { FastifyRequest } from 'fastify';
import { ApiError } from './errors.js';
import type { SourceConfig } from './sources.js';
import type { CentralStore } from './store/types.js';

export interface RouteContext {
  store: CentralStore;
  clock: () => Date;
  maxBatchEvents: number;
  principals: WeakMap<FastifyRequest, SourceConfig>;
}

export function senderOf(ctx: RouteContext, request: FastifyRequest): SourceConfig {
  const sender = ctx.principals.get(request);
  // The onRequest hook guarantees this for every non-public route; reaching here without one is a bug.
  if (!sender) throw new ApiError(401, 'unauthenticated', 'missing or unknown bearer credential');
  return sender;
}

export function readerOf(ctx: RouteContext, request: FastifyRequest): SourceConfig {
  const sender = senderOf(ctx, request);
  if (!sender.canRead)
    throw new ApiError(403, 'forbidden', `credential "${sender.id}" may not read profiles`);
  return sender;
}
