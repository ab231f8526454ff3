/**
 * Sending a ticket to a phone: a pluggable gateway (a real SMS provider is a deployment choice)
 * with a logging gateway by default, and `POST /api/v1/kiosk/sms {visitId, mobile}` rate-limited per visit.
 */
import type { FastifyInstance } from 'fastify';
import { SendTicketSmsInput, type SendTicketSmsResult } from '../../../../shared/contract/kiosk.js';
import { maskMobile, normaliseUaeMobile } from '../../../../shared/domain/identity.js';
import { visitorText } from '../../../../shared/i18n/locales/all.js';
import type { HubModuleContext } from '../../core/module-context.js';
import { mayActOnVisit } from '../../../../shared/domain/visit-access.js';
import { bodyOf, callerWith, originOf, refuse } from '../../core/http-helpers.js';

import type { SmsGateway } from '../../core/services/ids.js';

// The gateway's shape and the logging fallback are the core's (services/), shared with remote and sms.
export type { SmsGateway } from '../../core/services/ids.js';
export { LoggingSmsGateway, type LoggedSms } from '../../core/services/logging-sms-gateway.js';

export const SMS_PER_VISIT = 2;

export function registerTicketSms(
  app: FastifyInstance,
  ctx: HubModuleContext,
  gateway: SmsGateway,
  publicOrigin: string | undefined,
): void {
  const sentPerVisit = new Map<string, number>();
  app.post('/api/v1/kiosk/sms', async (req, reply) => {
    const caller = callerWith(ctx, req, reply, ['kiosk']);
    if (!caller) return reply;
    const input = bodyOf(SendTicketSmsInput, req, reply);
    if (!input) return reply;
    const mobile = normaliseUaeMobile(input.mobile);
    if (!mobile) return refuse(reply, 'validation', 'the mobile number is not a UAE mobile number');
    const visit = ctx.hub.visit(input.visitId);
    if (!visit) return refuse(reply, 'not_found', 'no such ticket');
    // The link in the message lets its reader cancel the ticket: only its own kiosk (or its holder) sends it.
    if (!mayActOnVisit(caller.actor, visit, input.token))
      return refuse(reply, 'forbidden', 'this kiosk can send only the tickets it issued');
    const origin = originOf(req, reply, publicOrigin);
    if (!origin) return reply;
    const sent = sentPerVisit.get(visit.id) ?? 0;
    if (sent >= SMS_PER_VISIT)
      return refuse(reply, 'rate_limited', `at most ${SMS_PER_VISIT} messages per ticket`);
    sentPerVisit.set(visit.id, sent + 1);
    // In the visitor's language (the ticket's), falling back to English, then Arabic (#19).
    const text = visitorText(visit.language, 'kiosk', 'smsText')
      .replace('{{ticket}}', visit.ticket)
      .replace('{{url}}', `${origin}/t/${visit.publicToken}`);
    try {
      await gateway.send(mobile, text, { kind: 'ticket_link' });
    } catch {
      sentPerVisit.set(visit.id, sent);
      return refuse(reply, 'sms_unavailable', 'the message could not be sent now');
    }
    // The number is used for this message only: it is not stored.
    return { sent: true, to: maskMobile(mobile) } satisfies SendTicketSmsResult;
  });
}
