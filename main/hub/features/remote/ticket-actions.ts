/**
 * What a citizen can do to their own ticket from the status page: "I'm running late" and cancel.
 * The ticket's public token (unguessable, only on the ticket and its QR code) authorises both.
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { TicketOptions } from '../../../../shared/contract/remote.js';
import type { Visit } from '../../../../shared/contract/visit.js';
import { publicStatus } from '../../../../shared/domain/views.js';
import { refuse } from '../../core/http-helpers.js';
import type { HubModuleContext } from '../../core/module-context.js';
import type { PublicLimit } from '../../core/public-rate-limits.js';
import { PHONE_PRINCIPAL } from './identity.js';
import type { RemoteSettings } from './settings.js';
import { postponesOf } from './store.js';

type TokenParams = { Params: { token: string } };

export function registerTicketActions(
  app: FastifyInstance,
  ctx: HubModuleContext,
  settings: RemoteSettings,
): void {
  const { hub } = ctx;
  /**
   * "I'm running late" requests for one ticket, one after another: each reads the ticket after the
   * one before it committed, so its limit check and its `moved` describe what its own commit did,
   * not a change made by a request running beside it (a second tap that found the ticket already
   * last moved nothing, and says so).
   */
  const lateQueue = new Map<string, Promise<unknown>>();
  const oneAtATime = <T>(visitId: string, task: () => Promise<T>): Promise<T> => {
    const run = (lateQueue.get(visitId) ?? Promise.resolve()).then(task);
    const settled = run.catch(() => undefined);
    lateQueue.set(visitId, settled);
    void settled.then(() => {
      if (lateQueue.get(visitId) === settled) lateQueue.delete(visitId);
    });
    return run;
  };
  const optionsFor = (v: Visit): TicketOptions => {
    const used = postponesOf(hub.db, v.id);
    const left = Math.max(0, settings.maxPostpones - used);
    return {
      canPostpone: v.status === 'waiting' && left > 0,
      canCancel: v.status === 'waiting' || v.status === 'called',
      latePlaces: settings.latePlaces,
      postponesLeft: left,
      notifiedBySms: v.channel === 'remote',
    };
  };

  /**
   * A route about the ticket whose token is in its path: an unknown token gets the same refusal from
   * every action, before the action looks at anything.
   */
  const ticketRoute = (
    method: 'get' | 'post',
    action: string,
    publicLimit: PublicLimit,
    handle: (v: Visit, token: string, reply: FastifyReply) => unknown,
  ): void => {
    app[method]<TokenParams>(
      `/api/v1/public/tickets/:token/${action}`,
      { config: { publicLimit } },
      async (req, reply) => {
        const v = hub.visitOfToken(req.params.token);
        if (!v) return refuse(reply, 'not_found', 'no such ticket');
        return handle(v, req.params.token, reply);
      },
    );
  };

  ticketRoute('get', 'options', 'read', (v) => optionsFor(v));

  ticketRoute('post', 'late', 'write', (found, token, reply) =>
    oneAtATime(found.id, async () => {
      const v = hub.visit(found.id) ?? found;
      if (v.status !== 'waiting')
        return refuse(reply, 'invalid_transition', `a ${v.status} ticket cannot be moved back`);
      if (optionsFor(v).postponesLeft === 0)
        return refuse(
          reply,
          'postpone_limit',
          `a ticket can be moved back at most ${settings.maxPostpones} times`,
        );
      const outcome = await hub.execute(
        'postponeVisit',
        { visitId: v.id, places: settings.latePlaces, token },
        PHONE_PRINCIPAL,
      );
      if (!outcome.ok) return refuse(reply, outcome.error.code, outcome.error.message);
      const after = hub.visit(v.id) ?? v;
      return {
        moved: after.sortKey !== v.sortKey,
        status: publicStatus(hub.state, after, hub.clock.now()),
        options: optionsFor(after),
      };
    }),
  );

  ticketRoute('post', 'cancel', 'write', async (v, token, reply) => {
    if (!optionsFor(v).canCancel)
      return refuse(reply, 'invalid_transition', `a ${v.status} ticket cannot be cancelled from the phone`);
    const outcome = await hub.execute('cancelVisit', { visitId: v.id, token }, PHONE_PRINCIPAL);
    if (!outcome.ok) return refuse(reply, outcome.error.code, outcome.error.message);
    return { status: publicStatus(hub.state, hub.visit(v.id) ?? v, hub.clock.now()) };
  });
}
