/**
 * The happiness meter: `POST /api/v1/feedback {token, face}` for a finished visit, once per visit.
 * Open to the public (the ticket's token is the proof) and to kiosks (the scanned ticket QR).
 * The vote is stored apart from the visit (see migration 0002): service, queue, counter, staff and
 * day are kept for reports, nothing that leads back to the customer. The centre's feedback settings
 * (catalogue.feedback) switch the meter off or limit how long after the visit a rating is accepted.
 */
import type { FastifyInstance } from 'fastify';
import { feedbackSettings } from '../../../../shared/contract/catalogue.js';
import { FeedbackInput, type Face } from '../../../../shared/contract/kiosk.js';
import type { Visit } from '../../../../shared/contract/visit.js';
import type { Db } from '../../core/store/database.js';
import { visitByToken } from '../../core/store/repository.js';
import type { HubModuleContext } from '../../core/module-context.js';
import { bodyOf, refuse } from '../../core/http-helpers.js';
import { insertVoteOnce } from './feedback-store.js';

/** False when this visit has already voted. The vote counts for the service delivered first, else the one asked for. */
export function recordVote(db: Db, visit: Visit, face: Face): boolean {
  return insertVoteOnce(db, {
    visitId: visit.id,
    businessDay: visit.businessDay,
    serviceId: visit.deliveredServices[0]?.serviceId ?? visit.serviceIds[0]!,
    queueId: visit.queueId,
    counterId: visit.counterId,
    staffId: visit.staffId,
    face,
  });
}

export function registerFeedback(app: FastifyInstance, ctx: HubModuleContext): void {
  const { hub } = ctx;
  app.post('/api/v1/feedback', { config: { publicLimit: 'write' } }, async (req, reply) => {
    const input = bodyOf(FeedbackInput, req, reply);
    if (!input) return reply;
    const visit = hub.visitOfToken(input.token) ?? visitByToken(hub.db, input.token);
    if (!visit) return refuse(reply, 'not_found', 'no such ticket');
    // The manager's feedback settings (catalogue.feedback), read per request so a change applies at once.
    const settings = feedbackSettings(hub.catalogue);
    if (!settings.enabled) return refuse(reply, 'feedback_off', 'the happiness meter is switched off');
    if (visit.status !== 'completed')
      return refuse(reply, 'visit_not_finished', 'feedback opens once the visit is finished');
    if (visit.endedAt !== null && hub.clock.now() - visit.endedAt > settings.windowMinutes * 60_000)
      return refuse(
        reply,
        'feedback_expired',
        `ratings are accepted for ${settings.windowMinutes} minutes after a visit ends`,
      );
    if (!recordVote(hub.db, visit, input.face))
      return refuse(reply, 'already_voted', 'this visit has already been rated');
    return { recorded: true };
  });
}
