// Profile reads: customer lookup, timeline, request status, consents, access log. Every read
// of a customer's data is written to that customer's access log before the data is returned,
// so no read goes unrecorded.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  API_PREFIX,
  accessLogQuery,
  lookupRequest,
  requestQuery,
  timelineQuery,
  type AccessLogEntry,
} from '../../../shared/central/api.js';
import { readerOf, type RouteContext } from '../context.js';
import { accessLogCursor, decodeCursor, encodeCursor, timelineCursor } from '../cursor.js';
import { ApiError, parseOrThrow } from '../errors.js';
import type { SourceConfig } from '../sources.js';

const customerParams = z.object({ customerKey: z.string().min(1).max(64) });
const requestParams = z.object({ number: z.string().min(1).max(64) });
const consentsQuery = requestQuery;

export function registerProfileRoutes(app: FastifyInstance, ctx: RouteContext): void {
  const audit = (
    customerKey: string,
    reader: SourceConfig,
    who: { actor: string; purpose: string },
    action: AccessLogEntry['action'],
  ): Promise<void> =>
    ctx.store.recordAccess({
      customerKey,
      at: ctx.clock().toISOString(),
      reader: reader.id,
      actor: who.actor,
      purpose: who.purpose,
      action,
    });

  /** The customer the path names, with this read already in their access log. */
  const openProfile = async (
    params: unknown,
    reader: SourceConfig,
    who: { actor: string; purpose: string },
    action: AccessLogEntry['action'],
  ): Promise<string> => {
    const { customerKey } = parseOrThrow(customerParams, params, 'customer key');
    const key = await ctx.store.resolveCustomerKey(customerKey);
    if (key === null) throw new ApiError(404, 'customer_not_found', 'no customer has this key');
    await audit(key, reader, who, action);
    return key;
  };

  app.post(`${API_PREFIX}/customers::lookup`, async (request) => {
    const reader = readerOf(ctx, request);
    const body = parseOrThrow(lookupRequest, request.body, 'lookup');
    const key = await ctx.store.findCustomer({ idHash: body.idHash, mobileHash: body.mobileHash });
    if (key === null) throw new ApiError(404, 'customer_not_found', 'no customer has these identifiers');
    await audit(key, reader, body, 'lookup');
    return { customerKey: key };
  });

  app.get(`${API_PREFIX}/customers/:customerKey/timeline`, async (request) => {
    const reader = readerOf(ctx, request);
    const query = parseOrThrow(timelineQuery, request.query, 'timeline query');
    const before = query.cursor ? decodeCursor(timelineCursor, query.cursor) : undefined;
    const key = await openProfile(request.params, reader, query, 'timeline');
    const page = await ctx.store.timeline(key, {
      ...(query.channel ? { channel: query.channel } : {}),
      ...(before ? { before: { occurredAt: before[0], id: before[1] } } : {}),
      limit: query.limit,
    });
    return {
      customerKey: key,
      items: page.items,
      nextCursor: page.next ? encodeCursor([page.next.occurredAt, page.next.id]) : null,
    };
  });

  app.get(`${API_PREFIX}/customers/:customerKey/consents`, async (request) => {
    const reader = readerOf(ctx, request);
    const query = parseOrThrow(consentsQuery, request.query, 'consents query');
    const key = await openProfile(request.params, reader, query, 'consents');
    const history = await ctx.store.consents(key);
    const latest = new Map(history.map((c) => [c.scope, c]));
    return { customerKey: key, current: [...latest.values()], history };
  });

  app.get(`${API_PREFIX}/customers/:customerKey/access-log`, async (request) => {
    const reader = readerOf(ctx, request);
    const query = parseOrThrow(accessLogQuery, request.query, 'access log query');
    const beforeId = query.cursor ? decodeCursor(accessLogCursor, query.cursor) : undefined;
    // Reading the log is itself a read of the profile, and is logged like any other.
    const key = await openProfile(request.params, reader, query, 'access_log');
    const page = await ctx.store.accessLog(key, {
      ...(beforeId !== undefined ? { beforeId } : {}),
      limit: query.limit,
    });
    return {
      customerKey: key,
      entries: page.entries,
      nextCursor: page.nextId === null ? null : encodeCursor(page.nextId),
    };
  });

  app.get(`${API_PREFIX}/requests/:number`, async (request) => {
    const reader = readerOf(ctx, request);
    const query = parseOrThrow(requestQuery, request.query, 'request query');
    const { number } = parseOrThrow(requestParams, request.params, 'request number');
    const found = await ctx.store.request(number);
    if (!found) throw new ApiError(404, 'request_not_found', `no request numbered "${number}"`);
    if (found.customerKey !== null) await audit(found.customerKey, reader, query, 'request');
    return found;
  });
}
