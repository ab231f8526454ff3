/**
 * GET /api/v1/public/opening: whether the centre takes walk-in tickets now, per queue, and when it
 * opens next. Open without sign-in (the phone pages show it before anyone has a ticket); nothing
 * in it is personal. The same computation the issue policy refuses by (main/hub/core/issue-policy.ts).
 */
import type { FastifyInstance } from 'fastify';
import type { HubModuleContext } from '../../core/module-context.js';
import type { OpeningState } from '../../../../shared/contract/opening.js';
import { estimateQueue } from '../../../../shared/domain/estimate.js';
import { openingState } from '../../../../shared/domain/opening-state.js';

export const OPENING_PATH = '/api/v1/public/opening';

export function registerOpening(app: FastifyInstance, ctx: HubModuleContext): void {
  app.get(OPENING_PATH, { config: { publicLimit: 'read' } }, async (): Promise<OpeningState> => {
    const { state, clock } = ctx.hub;
    const now = clock.now();
    const { catalogue } = state.config;
    return openingState({
      centre: catalogue.centre,
      queues: catalogue.queues,
      waitMinutes: new Map(catalogue.queues.map((q) => [q.id, estimateQueue(state, q.id, now).p50Minutes])),
      now,
    });
  });
}
