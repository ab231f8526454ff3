/**
 * `POST /api/v1/sms/receipts`: where an HTTPS SMS provider posts delivery receipts. It carries the
 * shared secret DAWR_SMS_RECEIPT_TOKEN as `Authorization: Bearer <token>` (a header every provider's
 * callback settings can add; HMAC schemes differ from one provider to the next). A receipt names
 * the message by the provider's id or by the hub's own (`{{id}}` in the body template). Repeating a
 * receipt changes nothing more. Refusals: 400 malformed, 401 no or wrong token, 404 a message the
 * hub does not know (so a provider that sends the wrong field sees failures in its callback log,
 * rather than receipts silently dropped), and 404 on a hub that takes no receipts (no token set).
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { SMPP_STAT_OF, SmsReceiptCallback, type SmsReceiptResult } from '../../../../shared/contract/sms.js';
import { httpStatusFor } from '../../core/http-errors.js';
import type { SmsOutbox } from './outbox.js';

export const SMS_RECEIPTS_PATH = '/api/v1/sms/receipts';

const digest = (s: string) => createHash('sha256').update(s).digest();

/** Whether the header holds the token: compared in constant time, whatever their lengths. */
export function bearerMatches(header: string | undefined, token: string): boolean {
  const given = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '')?.[1];
  return given !== undefined && timingSafeEqual(digest(given), digest(token));
}

const refuse = (reply: FastifyReply, code: string, message: string) =>
  reply.code(httpStatusFor(code)).send({ code, message });

export function registerReceiptCallback(
  app: FastifyInstance,
  outbox: SmsOutbox,
  token: string | undefined,
): void {
  app.post(SMS_RECEIPTS_PATH, async (req, reply) => {
    if (token === undefined)
      return refuse(reply, 'not_found', 'this hub takes no SMS receipts (DAWR_SMS_RECEIPT_TOKEN is not set)');
    if (!bearerMatches(req.headers.authorization, token))
      return refuse(reply, 'unauthenticated', 'an SMS receipt needs the shared token as a bearer credential');
    const parsed = SmsReceiptCallback.safeParse(req.body ?? {});
    if (!parsed.success)
      return refuse(
        reply,
        'validation',
        parsed.error.issues
          .map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message))
          .join('; '),
      );
    const receipt = parsed.data;
    const stat = SMPP_STAT_OF[receipt.status];
    const message =
      (receipt.id !== undefined ? outbox.recordReceipt({ providerId: receipt.id, stat }) : undefined) ??
      (receipt.reference !== undefined ? outbox.recordReceiptFor(receipt.reference, stat) : undefined);
    const row = message === undefined ? undefined : outbox.message(message);
    if (!row) return refuse(reply, 'not_found', 'no message with this id or reference');
    const answer: SmsReceiptResult = { message: row.id, status: row.status };
    return answer;
  });
}
