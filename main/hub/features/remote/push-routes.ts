/**
 * Web push sign-up for the status page: the hub's VAPID public key, and storing the browser's
 * subscription for a ticket (authorised by the ticket's public token, like "running late").
 */
import type { FastifyInstance } from 'fastify';
import { PushSubscriptionInput, type PushPublicKey } from '../../../../shared/contract/remote.js';
import { isTerminal } from '../../../../shared/domain/state.js';
import { refuse } from '../../core/http-helpers.js';
import type { HubModuleContext } from '../../core/module-context.js';
import { savePushSubscription } from './push-store.js';
import type { RemoteSettings } from './settings.js';
import { describeIssues } from '../../../../shared/contract/validation-errors.js';

type TokenParams = { Params: { token: string } };

/** https anywhere; plain http only to 127.0.0.1 and only when the test flag allows it. */
export function endpointAllowed(endpoint: string, allowLocalHttp: boolean): boolean {
  const url = new URL(endpoint);
  if (url.protocol === 'https:') return true;
  return allowLocalHttp && url.protocol === 'http:' && url.hostname === '127.0.0.1';
}

export function registerPushRoutes(
  app: FastifyInstance,
  ctx: HubModuleContext,
  settings: RemoteSettings,
  publicKey: string,
): void {
  const { hub } = ctx;

  app.get('/api/v1/public/push/key', async (): Promise<PushPublicKey> => ({ publicKey }));

  app.post<TokenParams>(
    '/api/v1/public/tickets/:token/push',
    { config: { publicLimit: 'write' } },
    async (req, reply) => {
      const v = hub.visitOfToken(req.params.token);
      if (!v) return refuse(reply, 'not_found', 'no such ticket');
      const parsed = PushSubscriptionInput.safeParse(req.body);
      if (!parsed.success) return refuse(reply, 'validation', describeIssues(parsed.error, { root: 'body' }));
      const sub = parsed.data;
      if (!endpointAllowed(sub.endpoint, settings.pushAllowLocalHttp))
        return refuse(reply, 'validation', 'endpoint: the push service address must be https');
      if (isTerminal(v))
        return refuse(reply, 'invalid_transition', `a ${v.status} ticket gets no notifications`);
      savePushSubscription(
        hub.db,
        ctx.personalData.sealer,
        {
          visitId: v.id,
          endpoint: sub.endpoint,
          p256dh: sub.keys.p256dh,
          auth: sub.keys.auth,
          language: sub.language,
        },
        hub.clock.now(),
      );
      return reply.code(201).send({ subscribed: true });
    },
  );
}
