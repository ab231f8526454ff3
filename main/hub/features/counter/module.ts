/**
 * What the counter app reads besides the queue operations: the staff list (for transfer to a
 * staff member; no secrets) and a counter's worklist (in hand, parked, sent to it or to the
 * signed-in person, and the waiting tickets for walk-direct calls), so a reloaded screen
 * shows its state at once. On the '/counter' socket, `worklist` answers the same and then
 * pushes each change (worklist-push.ts) instead of the screen refetching it.
 */
import type { HubModule } from '../../core/module-context.js';
import { counterRoutes } from './openapi.js';
import { refuse, staffCaller } from '../../core/http-helpers.js';
import { allStaff } from '../../core/store/repository.js';
import { NAMESPACES } from '../../../../shared/contract/namespaces.js';
import { WORKLIST_EVENT, WatchWorklistInput } from '../../../../shared/contract/worklist.js';
import type { AckResult } from '../../../../shared/contract/socket.js';
import { worklistOf } from './worklist.js';
import { pushWorklists, watchWorklist } from './worklist-push.js';

export const counterModule: HubModule = {
  name: 'counter',
  routeDocs: counterRoutes,
  registerHttp(app, ctx) {
    app.get('/api/v1/staff', async (req, reply) => {
      if (!staffCaller(ctx, req, reply)) return reply;
      return allStaff(ctx.hub.db).map((s) => ({ id: s.id, displayName: s.displayName, roles: s.roles }));
    });

    app.get<{ Params: { counterId: string } }>('/api/v1/counters/:counterId/worklist', async (req, reply) => {
      const p = staffCaller(ctx, req, reply);
      if (!p) return reply;
      const { counterId } = req.params;
      const worklist = worklistOf(ctx.hub.state, counterId, p.actor.staffId);
      return worklist ?? refuse(reply, 'not_found', `no counter ${counterId}`);
    });
  },

  registerSocket(role, socket, principal, ctx) {
    if (role !== 'counter' || principal?.actor.kind !== 'staff') return;
    const staffId = principal.actor.staffId;
    socket.on(WORKLIST_EVENT, (input: unknown, ack: unknown) => {
      if (typeof ack !== 'function') return;
      const answer = ack as (r: AckResult) => void;
      const parsed = WatchWorklistInput.safeParse(input);
      if (!parsed.success)
        return answer({ ok: false, error: { code: 'validation', message: 'counterId is required' } });
      const { counterId } = parsed.data;
      const worklist = watchWorklist(socket, ctx.hub.state, counterId, staffId);
      answer(
        worklist
          ? { ok: true, data: worklist }
          : { ok: false, error: { code: 'not_found', message: `no counter ${counterId}` } },
      );
    });
  },

  start(ctx) {
    const counters = ctx.io.of(NAMESPACES.counter);
    return ctx.hub.subscribe((batch) => pushWorklists(ctx.hub.state, counters.sockets.values(), batch));
  },
};
