/**
 * The SMS outbox's tables: `sms_messages` (one row per message: hashed and masked number, never the
 * clear number or the text) and `sms_message_parts` (the provider's id and receipt of each part).
 * SQL only; the SmsOutbox decides when to retry, give up, or move a message on.
 */
import type { Db } from '../../core/store/database.js';

export type SmsStatus = 'queued' | 'sent' | 'delivered' | 'failed' | 'dead';

export interface SmsMessageRow {
  id: string;
  gateway: string;
  kind: string | null;
  masked: string;
  encoding: 'gsm7' | 'ucs2';
  parts: number;
  status: SmsStatus;
  attempts: number;
  lastError: string | null;
  createdAt: number;
  updatedAt: number;
}

/** A part of a message, as a receipt names it. */
export interface SmsPartRef {
  messageId: string;
  part: number;
}

const MESSAGE_COLUMNS = `id, gateway, kind, masked, encoding, parts, status, attempts, last_error AS lastError,
  created_at AS createdAt, updated_at AS updatedAt`;

/** Every message still queued goes to the dead letters with this reason; used at start. */
export function killQueuedMessages(db: Db, reason: string, now: number): void {
  db.prepare(
    `UPDATE sms_messages SET status = 'dead', last_error = ?, next_attempt_at = NULL, updated_at = ? WHERE status = 'queued'`,
  ).run(reason, now);
}

export function insertMessage(
  db: Db,
  m: {
    id: string;
    gateway: string;
    kind: string | null;
    mobileHash: string;
    masked: string;
    encoding: 'gsm7' | 'ucs2';
    parts: number;
    now: number;
  },
): void {
  db.prepare(
    `INSERT INTO sms_messages (id, gateway, kind, mobile_hash, masked, encoding, parts, status, attempts,
       created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'queued', 0, ?, ?)`,
  ).run(m.id, m.gateway, m.kind, m.mobileHash, m.masked, m.encoding, m.parts, m.now, m.now);
}

/** The first part of a message (a receipt that names the outbox's own id speaks for it). */
export function firstPart(db: Db, messageId: string): SmsPartRef | undefined {
  return db
    .prepare('SELECT message_id AS messageId, part FROM sms_message_parts WHERE message_id = ? AND part = 0')
    .get(messageId) as SmsPartRef | undefined;
}

/** The part the provider gave this id, exactly as written (indexed). */
export function partByProviderId(db: Db, providerId: string): SmsPartRef | undefined {
  return db
    .prepare('SELECT message_id AS messageId, part FROM sms_message_parts WHERE provider_id = ?')
    .get(providerId) as SmsPartRef | undefined;
}

/**
 * The latest part whose provider id, without letter case or leading zeros, is one of `normalIds`
 * (already normalised the same way). A scan of the kept parts: only for SMSCs that change the id's base.
 */
export function partByNormalisedIds(db: Db, normalIds: readonly string[]): SmsPartRef | undefined {
  if (normalIds.length === 0) return undefined;
  return db
    .prepare(
      `SELECT message_id AS messageId, part FROM sms_message_parts
        WHERE ltrim(lower(provider_id), '0') IN (${normalIds.map(() => '?').join(',')})
        ORDER BY rowid DESC LIMIT 1`,
    )
    .get(...normalIds) as SmsPartRef | undefined;
}

export function recordPartReceipt(db: Db, part: SmsPartRef, stat: string, at: number): void {
  db.prepare(
    'UPDATE sms_message_parts SET receipt = ?, receipt_at = ? WHERE message_id = ? AND part = ?',
  ).run(stat, at, part.messageId, part.part);
}

/** A message's parts, status, and how many parts were delivered or finally failed (stats in `failures`). */
export function receiptTally(
  db: Db,
  messageId: string,
  failures: readonly string[],
): { parts: number; status: SmsStatus; delivered: number; failed: number } | undefined {
  return db
    .prepare(
      `SELECT m.parts AS parts, m.status AS status,
              SUM(CASE WHEN p.receipt = 'DELIVRD' THEN 1 ELSE 0 END) AS delivered,
              SUM(CASE WHEN p.receipt IN (${failures.map(() => '?').join(',')}) THEN 1 ELSE 0 END) AS failed
         FROM sms_messages m JOIN sms_message_parts p ON p.message_id = m.id
        WHERE m.id = ? GROUP BY m.id`,
    )
    .get(...failures, messageId) as
    { parts: number; status: SmsStatus; delivered: number; failed: number } | undefined;
}

export function setMessageStatus(
  db: Db,
  id: string,
  status: SmsStatus,
  lastError: string | null,
  now: number,
): void {
  db.prepare('UPDATE sms_messages SET status = ?, last_error = ?, updated_at = ? WHERE id = ?').run(
    status,
    lastError,
    now,
    id,
  );
}

export function messageById(db: Db, id: string): SmsMessageRow | undefined {
  return db.prepare(`SELECT ${MESSAGE_COLUMNS} FROM sms_messages WHERE id = ?`).get(id) as
    SmsMessageRow | undefined;
}

/** The most recent messages, newest first. */
export function recentMessages(db: Db, limit: number): SmsMessageRow[] {
  return db
    .prepare(`SELECT ${MESSAGE_COLUMNS} FROM sms_messages ORDER BY created_at DESC, rowid DESC LIMIT ?`)
    .all(limit) as SmsMessageRow[];
}

export function messageCountsByStatus(db: Db): { status: SmsStatus; n: number }[] {
  return db.prepare('SELECT status, COUNT(*) AS n FROM sms_messages GROUP BY status').all() as {
    status: SmsStatus;
    n: number;
  }[];
}

/** A try begins: counts it and clears any planned retry time. */
export function recordAttempt(db: Db, id: string, attempts: number, now: number): void {
  db.prepare('UPDATE sms_messages SET attempts = ?, next_attempt_at = NULL, updated_at = ? WHERE id = ?').run(
    attempts,
    now,
    id,
  );
}

/** Records, one by one as the gateway accepts them, each part's provider id. */
export function partRecorder(db: Db, messageId: string): (part: number, providerId: string | null) => void {
  const record = db.prepare(
    'INSERT OR REPLACE INTO sms_message_parts (message_id, part, provider_id) VALUES (?, ?, ?)',
  );
  return (part, providerId) => void record.run(messageId, part, providerId);
}

export function scheduleRetry(db: Db, id: string, error: string, nextAttemptAt: number, now: number): void {
  db.prepare(
    'UPDATE sms_messages SET status = ?, last_error = ?, next_attempt_at = ?, updated_at = ? WHERE id = ?',
  ).run('queued', error, nextAttemptAt, now, id);
}

/** Every part was accepted: queued → sent (a receipt may already have moved it further). */
export function markSent(db: Db, id: string, now: number): void {
  db.prepare(
    `UPDATE sms_messages SET status = 'sent', last_error = NULL, updated_at = ? WHERE id = ? AND status = 'queued'`,
  ).run(now, id);
}

export function markDead(db: Db, id: string, error: string, now: number): void {
  db.prepare(
    `UPDATE sms_messages SET status = 'dead', last_error = ?, next_attempt_at = NULL, updated_at = ? WHERE id = ?`,
  ).run(error, now, id);
}

/** SMS records created before `before` and no longer waiting to be sent (retention: the SMS module's step of the purge). */
export function purgeSmsMessages(db: Db, before: number): number {
  return db.prepare("DELETE FROM sms_messages WHERE status <> 'queued' AND created_at < ?").run(before)
    .changes;
}
