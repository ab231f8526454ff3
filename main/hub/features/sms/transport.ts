/**
 * What every SMS gateway (logging, demo, SMPP, HTTPS) offers the outbox: send one message, say
 * which of its parts the provider accepted, and fail with an error that says whether trying again
 * can help.
 */
import type { EncodedSms } from './segments.js';

export type SmsGatewayKind = 'log' | 'demo' | 'smpp' | 'https';

export interface OutgoingSms {
  /** The outbox's id of the message (also sent to HTTPS providers as a reference). */
  id: string;
  /** A normalised mobile, +9715… */
  to: string;
  text: string;
  encoded: EncodedSms;
  /** Parts an earlier try got accepted: not sent again. */
  acceptedParts: ReadonlySet<number>;
}

/** Part `part` (0-based) was accepted; `providerId` is the provider's id for it, when it gives one. */
export type PartAccepted = (part: number, providerId: string | undefined) => void;

export interface SmsTransport {
  readonly kind: SmsGatewayKind;
  send(sms: OutgoingSms, accepted: PartAccepted): Promise<void>;
  /** Connects (SMPP binds); sending before start is allowed and connects on demand. */
  start?(): void;
  stop?(): Promise<void>;
}

/**
 * A refusal from the gateway. `permanent`: the same message will never be accepted (bad number,
 * bad sender, too long) — it goes to the dead letters at once. `throttled`: the provider asked us
 * to slow down, so the next try waits longer.
 */
export class SmsSendError extends Error {
  override name = 'SmsSendError';
  constructor(
    message: string,
    readonly permanent: boolean,
    readonly throttled = false,
  ) {
    super(message);
  }
}
