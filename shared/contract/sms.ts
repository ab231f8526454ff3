/**
 * What an HTTPS SMS provider posts to the hub about a message it was given (a delivery receipt),
 * what the hub answers, and the demo outbox's JSON. See main/hub/features/sms/.
 */
import * as z from 'zod';

/** The outbox's message states (main/hub/features/sms/outbox.ts). */
export const SmsStatus = z.enum(['queued', 'sent', 'delivered', 'failed', 'dead']);

/**
 * A receipt's state, in the provider's plain words or in SMPP's stat words (SMPP 3.4 appendix B),
 * so a relay in front of an SMSC can pass its receipts on unchanged.
 */
export const SmsReceiptState = z.enum([
  'delivered',
  'undelivered',
  'failed',
  'expired',
  'rejected',
  'deleted',
  'accepted',
  'enroute',
  'unknown',
  'DELIVRD',
  'UNDELIV',
  'EXPIRED',
  'REJECTD',
  'DELETED',
  'ACCEPTD',
  'ENROUTE',
  'UNKNOWN',
]);
export type SmsReceiptState = z.infer<typeof SmsReceiptState>;

/** The SMPP stat word the outbox records for each plain word. */
export const SMPP_STAT_OF: Readonly<Record<SmsReceiptState, string>> = {
  delivered: 'DELIVRD',
  undelivered: 'UNDELIV',
  failed: 'UNDELIV',
  expired: 'EXPIRED',
  rejected: 'REJECTD',
  deleted: 'DELETED',
  accepted: 'ACCEPTD',
  enroute: 'ENROUTE',
  unknown: 'UNKNOWN',
  DELIVRD: 'DELIVRD',
  UNDELIV: 'UNDELIV',
  EXPIRED: 'EXPIRED',
  REJECTD: 'REJECTD',
  DELETED: 'DELETED',
  ACCEPTD: 'ACCEPTD',
  ENROUTE: 'ENROUTE',
  UNKNOWN: 'UNKNOWN',
};

const Id = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[\x21-\x7e]+$/, 'an id is printable ASCII without spaces');

/**
 * `POST /api/v1/sms/receipts`: the provider's id of the message (as its answer to the send gave
 * it), or the hub's own id that the body template handed it as `{{id}}`, or both (the provider's wins).
 */
export const SmsReceiptCallback = z
  .object({
    id: Id.optional().describe("The provider's message id, as its answer to the send gave it"),
    reference: Id.optional().describe('The hub’s message id, given to the provider as {{id}}'),
    status: SmsReceiptState,
  })
  .strict()
  .refine((r) => r.id !== undefined || r.reference !== undefined, {
    message: 'a receipt names the message by id or by reference',
  });
export type SmsReceiptCallback = z.infer<typeof SmsReceiptCallback>;

export const SmsReceiptResult = z.object({
  /** The hub's message id the receipt was recorded against. */
  message: z.string(),
  /** The message's state after the receipt (a repeated receipt changes nothing). */
  status: SmsStatus,
});
export type SmsReceiptResult = z.infer<typeof SmsReceiptResult>;

/** `GET /demo/outbox.json`: what the demo gateway would have sent, newest first. */
export const DemoOutbox = z.object({
  messages: z.array(
    z.object({
      id: z.string(),
      to: z.string(),
      text: z.string(),
      at: z.number(),
      parts: z.number().int(),
      encoding: z.enum(['gsm7', 'ucs2']),
      status: SmsStatus,
    }),
  ),
});
export type DemoOutbox = z.infer<typeof DemoOutbox>;
