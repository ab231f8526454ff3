/**
 * What the counter app reads besides the queue operations: the staff list (for transfer to a
 * staff member; no secrets) and a counter's worklist (in hand, parked, sent to it or to the
 * signed-in person, and the waiting tickets for walk-direct calls), so a reloaded screen
 * shows its state at once.
 */
import type { HubModule } from '../modules.js';
import type { FastifyReply } from 'fastify';
import { httpStatusFor } from '../http-errors.js';
import { allStaff } from '../store/repository.js';
import type { Visit } from '../../../shared/contract/visit.js';

export interface WaitingTicket {
  visitId: string;
  ticket: string;
  queueId: string;
  priority: Visit['priority'];
  queuedAt: number;
}

function refuse(reply: FastifyReply, code: string, message: string) {
  return reply.code(httpStatusFor(code)).send({ code, message });
}

export const counterModule: HubModule = {
  name: 'counter',
  registerHttp(app, ctx) {
    const staffOnly = (authorization: string | undefined) => {
      const p = ctx.auth.fromHeader(authorization);
      return p && p.actor.kind === 'staff' ? p : undefined;
    };

    app.get('/api/v1/staff', async (req, reply) => {
      if (!staffOnly(req.headers.authorization)) return refuse(reply, 'unauthenticated', 'staff only');
      return allStaff(ctx.hub.db).map((s) => ({ id: s.id, displayName: s.displayName, roles: s.roles }));
    });

    app.get<{ Params: { counterId: string } }>('/api/v1/counters/:counterId/worklist', async (req, reply) => {
      const p = staffOnly(req.headers.authorization);
      if (!p || p.actor.kind !== 'staff') return refuse(reply, 'unauthenticated', 'staff only');
      const staffId = p.actor.staffId;
      const { counterId } = req.params;
      const state = ctx.hub.state;
      const counter = state.counters.get(counterId);
      if (!counter) {
        return refuse(reply, 'not_found', `no counter ${counterId}`);
      }
      const visits = [...state.visits.values()];
      const inHand = counter.currentVisitId ? (state.visits.get(counter.currentVisitId) ?? null) : null;
      const parked = visits.filter((v) => v.status === 'parked' && v.counterId === counterId);
      const assigned = visits.filter(
        (v) => v.status === 'waiting' && (v.assignedCounterId === counterId || v.assignedStaffId === staffId),
      );
      const waiting: WaitingTicket[] = visits
        .filter((v) => v.status === 'waiting')
        .sort((a, b) => a.queuedAt - b.queuedAt)
        .map((v) => ({
          visitId: v.id,
          ticket: v.ticket,
          queueId: v.queueId,
          priority: v.priority,
          queuedAt: v.queuedAt,
        }));
      return { counter, inHand, parked, assigned, waiting };
    });
  },
};
