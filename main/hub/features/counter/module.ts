/**
 * What the counter app reads besides the queue operations: the staff list (for transfer to a
 * staff member; no secrets) and a counter's worklist (in hand, parked, sent to it or to the
 * signed-in person, and the waiting tickets for walk-direct calls), so a reloaded screen
 * shows its state at once. On the '/counter' socket, `worklist` answers the same and then
 * pushes each change (worklist-push.ts) instead of the screen refetching it. Both answer only the
 * person holding the counter, managers and admins (mayReadWorklist): others get 403 / forbidden.
 */
import type { HubModule } from '../../core/module-context.js';
import { counterRoutes } from './openapi.js';
import { isStaff, refuse, staffCaller } from '../../core/http-helpers.js';
import { allStaff } from '../../core/store/repository.js';
import { NAMESPACES } from '../../../../shared/contract/namespaces.js';
import { WORKLIST_EVENT, WatchWorklistInput } from '../../../../shared/contract/worklist.js';
import type { AckResult } from '../../../../shared/contract/socket.js';
import { mayReadWorklist, worklistOf } from './worklist.js';
import { pushWorklists, watchWorklist } from './worklist-push.js';

const FORBIDDEN = "a counter's worklist is for the person holding that counter, and for managers and admins";

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
      // Counter ids are in the public catalogue: saying which exist gives nothing away.
      if (!ctx.hub.state.counters.has(counterId))
        return refuse(reply, 'not_found', `no counter ${counterId}`);
      if (!mayReadWorklist(ctx.hub.state, p, counterId)) return refuse(reply, 'forbidden', FORBIDDEN);
      return worklistOf(ctx.hub.state, counterId, p.actor.staffId) ?? refuse(reply, 'not_found', counterId);
    });
  },

  registerSocket(role, socket, principal, ctx) {
    if (role !== 'counter' || !principal || !isStaff(principal)) return;
    const caller = principal;
    socket.on(WORKLIST_EVENT, (input: unknown, ack: unknown) => {
      if (typeof ack !== 'function') return;
      const answer = ack as (r: AckResult) => void;
      const parsed = WatchWorklistInput.safeParse(input);
      if (!parsed.success)
        return answer({ ok: false, error: { code: 'validation', message: 'counterId is required' } });
      const { counterId } = parsed.data;
      const notFound = {
        ok: false,
        error: { code: 'not_found', message: `no counter ${counterId}` },
      } as const;
      if (!ctx.hub.state.counters.has(counterId)) return answer(notFound);
      // Refused now, the watch stays: a desk asks before it opens its counter and is pushed the
      // list once it holds it (worklist-push.ts asks the same rule before every push).
      const worklist = watchWorklist(socket, ctx.hub.state, counterId, caller);
      if (worklist === 'forbidden')
        return answer({ ok: false, error: { code: 'forbidden', message: FORBIDDEN } });
      answer(worklist ? { ok: true, data: worklist } : notFound);
    });
  },

  start(ctx) {
    const counters = ctx.io.of(NAMESPACES.counter);
    return ctx.hub.subscribe((batch) => pushWorklists(ctx.hub.state, counters.sockets.values(), batch));
  },
};
