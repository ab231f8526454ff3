/**
 * The visitor's language chosen on the status page (#19): `POST /api/v1/public/tickets/:token/language`
 * changes the visit's language through the queue engine (`setVisitLanguage`), so its event and
 * outbox row commit together and the "turn near" and "called" SMS that follow are in it. The
 * ticket's public token (only on the ticket and its QR code) authorises it, as for running late.
 */
import type { FastifyInstance } from 'fastify';
import { TicketLanguageInput } from '../../../../shared/contract/remote.js';
import { publicStatus } from '../../../../shared/domain/views.js';
import { bodyOf, refuse } from '../../core/http-helpers.js';
import type { HubModuleContext } from '../../core/module-context.js';
import { visitByToken } from '../../core/store/repository.js';
import { PHONE_PRINCIPAL } from './identity.js';

type TokenParams = { Params: { token: string } };

export function registerTicketLanguage(app: FastifyInstance, ctx: HubModuleContext): void {
  const { hub } = ctx;
  app.post<TokenParams>(
    '/api/v1/public/tickets/:token/language',
    { config: { publicLimit: 'write' } },
    async (req, reply) => {
      const input = bodyOf(TicketLanguageInput, req, reply);
      if (!input) return reply;
      const { token } = req.params;
      const visit = hub.visitOfToken(token);
      if (!visit) {
        // Only finished visits of earlier days leave memory; their page still opens from the store.
        return visitByToken(hub.db, token)
          ? refuse(reply, 'invalid_transition', 'this ticket has ended; its language no longer changes')
          : refuse(reply, 'not_found', 'no such ticket');
      }
      const outcome = await hub.execute(
        'setVisitLanguage',
        { visitId: visit.id, language: input.language, token },
        PHONE_PRINCIPAL,
      );
      if (!outcome.ok) return refuse(reply, outcome.error.code, outcome.error.message);
      return { status: publicStatus(hub.state, hub.visit(visit.id) ?? visit, hub.clock.now()) };
    },
  );
}
