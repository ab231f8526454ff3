/**
 * The SMS outbox: every message the hub sends goes through here, whatever the gateway. It records
 * the message (hashed and masked number, never the clear number or the text), tries the gateway,
 * retries with exponential backoff (longer when the provider throttles), and moves a message that
 * is refused for good or runs out of tries to the dead letters. Delivery receipts are recorded
 * against the provider's id of each part.
 *
 * `send` settles once the outcome is known: resolved when every part was accepted, rejected with
 * an SmsSendError when the message went to the dead letters. The clear number and text live in
 * memory only while the message is still being tried.
 */
import { randomInt, randomUUID } from 'node:crypto';
import { maskMobile } from '../../../../shared/domain/identity.js';
import type { SmsGateway } from '../../core/services/ids.js';
import type { Db } from '../../core/store/database.js';
import {
  firstPart,
  insertMessage,
  killQueuedMessages,
  markDead,
  markSent,
  messageById,
  messageCountsByStatus,
  partByNormalisedIds,
  partByProviderId,
  partRecorder,
  receiptTally,
  recentMessages,
  recordAttempt,
  recordPartReceipt,
  scheduleRetry,
  setMessageStatus,
  type SmsMessageRow,
  type SmsPartRef,
  type SmsStatus,
} from './outbox-store.js';
import { segmentSms, SmsTooLongError } from './segments.js';
import { SmsSendError, type OutgoingSms, type SmsTransport } from './transport.js';

export type { SmsMessageRow, SmsStatus } from './outbox-store.js';
export const SMS_STATUSES: readonly SmsStatus[] = ['queued', 'sent', 'delivered', 'failed', 'dead'];

export interface SmsRetryPolicy {
  /** Tries in all, the first included. */
  attempts: number;
  /** The wait after the first failed try; it doubles after each. */
  baseMs: number;
  maxMs: number;
  /** The least wait after the provider said it is throttling us. */
  throttledMs: number;
}

export const DEFAULT_SMS_RETRY: SmsRetryPolicy = {
  attempts: 4,
  baseMs: 1000,
  maxMs: 15_000,
  throttledMs: 5000,
};

/** Runs `run` after `delayMs`; returns a cancel function. Injected by tests to see the waits asked for. */
export type Schedule = (run: () => void, delayMs: number) => () => void;

const timerSchedule: Schedule = (run, delayMs) => {
  const t = setTimeout(run, delayMs);
  t.unref();
  return () => clearTimeout(t);
};

/** A provider id as compared across spellings: lower case, without leading zeros (as SQL's ltrim). */
export const normalId = (id: string): string => id.toLowerCase().replace(/^0+/, '');

/** What a delivery receipt said about one part. */
export interface SmsReceipt {
  /** The provider's id of the part (SMPP message_id). */
  providerId: string;
  /**
   * The same id spelled otherwise, tried only when `providerId` itself matches no part: SMSCs
   * differ in writing the id of the receipt text in decimal where submit_sm_resp gave it in hex
   * (or the reverse). Compared without letter case or leading zeros.
   */
  alternativeIds?: readonly string[];
  /** The receipt's stat: DELIVRD, UNDELIV, EXPIRED, REJECTD, DELETED, ACCEPTD, ENROUTE, UNKNOWN. */
  stat: string;
}

export interface SmsSendOptions {
  /** What the message is (join_code, ticket_link, ahead, called…), kept with its record. */
  kind?: string;
}

export interface SmsOutboxOptions {
  db: Db;
  clock: { now(): number };
  /** The hub's keyed hash of a normalised mobile (the same one rate limits use). */
  hashMobile: (mobile: string) => string;
  transport: SmsTransport;
  retry?: SmsRetryPolicy;
  schedule?: Schedule;
  log?: { warn(obj: object, msg: string): void };
}

interface Pending {
  sms: OutgoingSms;
  accepted: Set<number>;
  attempts: number;
  cancel?: () => void;
  resolve: () => void;
  reject: (e: SmsSendError) => void;
}

const FINAL_FAILURES = new Set(['UNDELIV', 'EXPIRED', 'REJECTD', 'DELETED', 'UNKNOWN']);

export class SmsOutbox implements SmsGateway {
  private readonly pending = new Map<string, Pending>();
  private readonly listeners = new Set<(id: string, status: SmsStatus) => void>();
  private readonly retry: SmsRetryPolicy;
  private readonly schedule: Schedule;
  private stopped = false;

  constructor(private readonly opts: SmsOutboxOptions) {
    this.retry = opts.retry ?? DEFAULT_SMS_RETRY;
    this.schedule = opts.schedule ?? timerSchedule;
    // The clear number of a message still queued when the hub stopped is gone: it cannot be tried again.
    killQueuedMessages(opts.db, 'the hub stopped before it was sent', opts.clock.now());
  }

  get gateway(): string {
    return this.opts.transport.kind;
  }

  send(to: string, text: string, options: SmsSendOptions = {}): Promise<void> {
    if (this.stopped) return Promise.reject(new SmsSendError('the SMS outbox is stopped', false));
    let encoded;
    try {
      encoded = segmentSms(text, randomInt(0, 256));
    } catch (e) {
      if (e instanceof SmsTooLongError) return Promise.reject(new SmsSendError(e.message, true));
      throw e;
    }
    const id = randomUUID();
    const now = this.opts.clock.now();
    insertMessage(this.opts.db, {
      id,
      gateway: this.gateway,
      kind: options.kind ?? null,
      mobileHash: this.opts.hashMobile(to),
      masked: maskMobile(to),
      encoding: encoded.encoding,
      parts: encoded.parts.length,
      now,
    });
    this.emit(id, 'queued');
    return new Promise<void>((resolve, reject) => {
      const accepted = new Set<number>();
      this.pending.set(id, {
        sms: { id, to, text, encoded, acceptedParts: accepted },
        accepted,
        attempts: 0,
        resolve,
        reject,
      });
      void this.attempt(id);
    });
  }

  /** Records a delivery receipt; returns the message it belongs to, or undefined for an unknown id. */
  recordReceipt(receipt: SmsReceipt): string | undefined {
    const part = this.partOf(receipt);
    return part ? this.applyReceipt(part, receipt.stat) : undefined;
  }

  /**
   * Records a receipt that names the outbox's own message id (the `{{id}}` an HTTPS provider was
   * given) rather than the provider's: it speaks for the whole message, sent as one part.
   */
  recordReceiptFor(messageId: string, stat: string): string | undefined {
    const part = firstPart(this.opts.db, messageId);
    return part ? this.applyReceipt(part, stat) : undefined;
  }

  private applyReceipt(part: { messageId: string; part: number }, stat: string): string {
    const { db, clock } = this.opts;
    const now = clock.now();
    const receipt = { stat };
    const status = db.transaction((): SmsStatus | undefined => {
      recordPartReceipt(db, part, receipt.stat, now);
      const tally = receiptTally(db, part.messageId, [...FINAL_FAILURES]);
      if (!tally || tally.status === 'dead') return undefined;
      const next: SmsStatus | undefined =
        tally.failed > 0 ? 'failed' : tally.delivered >= tally.parts ? 'delivered' : undefined;
      if (!next || next === tally.status) return undefined;
      setMessageStatus(
        db,
        part.messageId,
        next,
        next === 'failed' ? `delivery receipt: ${receipt.stat}` : null,
        now,
      );
      return next;
    })();
    if (status) this.emit(part.messageId, status);
    return part.messageId;
  }

  /** The part a receipt is about: by its id as given (indexed), else by its other spellings. */
  private partOf(receipt: SmsReceipt): SmsPartRef | undefined {
    const { db } = this.opts;
    const exact = partByProviderId(db, receipt.providerId);
    const others = [...new Set(receipt.alternativeIds ?? [])].slice(0, 8);
    if (exact || others.length === 0) return exact;
    // Rare (only SMSCs that change the id's base), so a scan of the kept parts is acceptable.
    return partByNormalisedIds(db, others.map(normalId));
  }

  message(id: string): SmsMessageRow | undefined {
    return messageById(this.opts.db, id);
  }

  /** The most recent messages, newest first. */
  recent(limit = 50): SmsMessageRow[] {
    return recentMessages(this.opts.db, limit);
  }

  counts(): Record<SmsStatus, number> {
    const rows = messageCountsByStatus(this.opts.db);
    const counts = Object.fromEntries(SMS_STATUSES.map((s) => [s, 0])) as Record<SmsStatus, number>;
    for (const r of rows) counts[r.status] = r.n;
    return counts;
  }

  /** Called with each status a message reaches (for the demo outbox and tests). Returns an unsubscribe. */
  onStatus(listener: (id: string, status: SmsStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Stops retrying: what is still waiting goes to the dead letters (its clear number is not kept). */
  stop(): void {
    this.stopped = true;
    for (const [id, p] of this.pending) {
      p.cancel?.();
      this.finishDead(id, p, new SmsSendError('the hub stopped before it was sent', false));
    }
  }

  private async attempt(id: string): Promise<void> {
    const p = this.pending.get(id);
    if (!p) return;
    p.attempts++;
    const { db, clock } = this.opts;
    recordAttempt(db, id, p.attempts, clock.now());
    const recordPart = partRecorder(db, id);
    try {
      await this.opts.transport.send(p.sms, (part, providerId) => {
        p.accepted.add(part);
        recordPart(part, providerId ?? null);
      });
    } catch (e) {
      if (!this.pending.has(id)) return;
      const err =
        e instanceof SmsSendError ? e : new SmsSendError(e instanceof Error ? e.message : String(e), false);
      if (err.permanent || p.attempts >= this.retry.attempts || this.stopped) {
        this.finishDead(id, p, err);
        return;
      }
      const delay = this.backoff(p.attempts, err.throttled);
      scheduleRetry(db, id, err.message, clock.now() + delay, clock.now());
      this.opts.log?.warn({ sms: id, attempt: p.attempts, delayMs: delay, err: err.message }, 'SMS retry');
      p.cancel = this.schedule(() => void this.attempt(id), delay);
      return;
    }
    if (!this.pending.delete(id)) return;
    markSent(db, id, clock.now());
    this.emit(id, 'sent');
    p.resolve();
  }

  private backoff(attempts: number, throttled: boolean): number {
    const exponential = Math.min(this.retry.maxMs, this.retry.baseMs * 2 ** (attempts - 1));
    return throttled ? Math.max(exponential, this.retry.throttledMs) : exponential;
  }

  private finishDead(id: string, p: Pending, err: SmsSendError): void {
    this.pending.delete(id);
    markDead(this.opts.db, id, err.message, this.opts.clock.now());
    this.opts.log?.warn({ sms: id, attempts: p.attempts, err: err.message }, 'SMS dead letter');
    this.emit(id, 'dead');
    p.reject(err);
  }

  private emit(id: string, status: SmsStatus): void {
    for (const l of this.listeners) l(id, status);
  }
}
