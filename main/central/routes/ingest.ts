// POST /api/v1/events:batch — CloudEvents JSON batch ingest with a result per event.
import type { FastifyInstance } from 'fastify';
import {
  API_PREFIX,
  CLOUDEVENTS_BATCH_MEDIA_TYPE,
  type BatchResponse,
  type EventResult,
} from '../../../shared/central/api.js';
import { senderOf, type RouteContext } from '../context.js';
import { ApiError } from '../errors.js';
import type { IngestEvent } from '../store/types.js';
import { checkEvent } from '../validate-event.js';

export function registerIngestRoutes(app: FastifyInstance, ctx: RouteContext): void {
  // `::` escapes the colon in find-my-way, giving the literal path /events:batch (AIP-136 style).
  app.post(`${API_PREFIX}/events::batch`, async (request, reply) => {
    const sender = senderOf(ctx, request);
    // Fastify also parses text/plain; a batch must say it is JSON.
    const mediaType = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    if (mediaType !== CLOUDEVENTS_BATCH_MEDIA_TYPE && mediaType !== 'application/json') {
      throw new ApiError(
        415,
        'unsupported_media_type',
        `send ${CLOUDEVENTS_BATCH_MEDIA_TYPE} or application/json`,
      );
    }
    const body = request.body;
    if (!Array.isArray(body)) {
      throw new ApiError(400, 'not_a_batch', 'the body must be a JSON array of CloudEvents');
    }
    if (body.length > ctx.maxBatchEvents) {
      throw new ApiError(
        413,
        'batch_too_large',
        `a batch holds at most ${ctx.maxBatchEvents} events; this one has ${body.length}`,
      );
    }
    const results: EventResult[] = [];
    const valid: IngestEvent[] = [];
    const validIndex: number[] = [];
    body.forEach((raw: unknown, index) => {
      const check = checkEvent(raw, sender);
      if (check.ok) {
        results.push({
          index,
          id: check.value.event.id,
          source: check.value.event.source,
          status: 'accepted',
        });
        valid.push(check.value);
        validIndex.push(index);
      } else {
        results.push({
          index,
          id: check.id,
          source: check.source,
          status: 'rejected',
          code: check.code,
          message: check.message,
        });
      }
    });
    const outcomes = await ctx.store.ingest(valid, ctx.clock().toISOString());
    outcomes.forEach((outcome, i) => {
      results[validIndex[i]!]!.status = outcome;
    });
    const count = (status: EventResult['status']): number =>
      results.filter((r) => r.status === status).length;
    const response: BatchResponse = {
      accepted: count('accepted'),
      duplicate: count('duplicate'),
      rejected: count('rejected'),
      results,
    };
    request.log.info(
      {
        sender: sender.id,
        accepted: response.accepted,
        duplicate: response.duplicate,
        rejected: response.rejected,
      },
      'batch ingested',
    );
    return reply.code(200).send(response);
  });
}
