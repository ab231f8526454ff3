/**
 * After submitting: GET /api/v1/public/requests/:token, a request's public status (the receipt's
 * QR code). Central's status wins when it answers in time; otherwise the hub's own, saying so.
 * Only the receipt's unguessable link token opens it: the number alone is 404, like any unknown
 * token, so counting through numbers neither reads a request nor learns that it exists.
 */
import type { FastifyInstance } from 'fastify';
import { PublicRequestPage } from '../../../../shared/contract/request-status.js';
import { refuse } from '../../core/http-helpers.js';
import type { AssistedContext, AssistedState } from './state.js';

const CENTRAL_WAIT_MS = 1500;

export function registerStatusRoute(app: FastifyInstance, ctx: AssistedContext, state: AssistedState): void {
  app.get<{ Params: { token: string } }>(
    '/api/v1/public/requests/:token',
    { config: { publicLimit: 'read' } },
    async (req, reply) => {
      const own = state.store.byLinkToken(req.params.token);
      if (!own) return refuse(reply, 'not_found', 'no request with this link');
      const service = ctx.hub.catalogue.services.find((x) => x.id === own.serviceId);
      let status = own.status;
      let source: 'central' | 'hub' = 'hub';
      let history = [{ status: own.status, at: own.submittedAt }];
      try {
        const central = await state.sync?.status(own.number, CENTRAL_WAIT_MS);
        if (central) {
          status = central.status;
          source = 'central';
          // Status and time only: notes and channels stay with staff.
          if (central.history.length)
            history = central.history
              .map((h) => ({ status: h.status, at: Date.parse(h.occurredAt) }))
              .sort((a, b) => a.at - b.at);
        }
      } catch {
        // Central is away: the hub's own status stands, and says so.
      }
      return PublicRequestPage.parse({
        number: own.number,
        status,
        serviceId: own.serviceId,
        serviceName: service?.name ?? { ar: own.serviceId, en: own.serviceId },
        submittedAt: own.submittedAt,
        source,
        history,
      });
    },
  );
}
