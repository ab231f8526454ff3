/** SQL of the remote channel: one-time codes (also the rate-limit ledger) and sent notifications. */
import type { Db } from '../../core/store/database.js';
import type { VisitorLanguage } from '../../../../shared/i18n/languages.js';
import type { PendingCode } from '../../../../shared/domain/remote/join-limits.js';

/** What a code is for: whose number, which service and language, and the browser that asked. */
interface CodeFor {
  id: string;
  mobileHash: string;
  masked: string;
  serviceId: string;
  language: VisitorLanguage;
  codeHash: string;
  deviceId: string;
}

export interface NewCode extends CodeFor {
  ip: string;
  businessDay: string;
  createdAt: number;
  expiresAt: number;
}

export interface CodeRow extends CodeFor, PendingCode {
  visitId: string | null;
}

export function insertCode(db: Db, c: NewCode): void {
  db.prepare(
    `INSERT INTO remote_codes (id, mobile_hash, masked, service_id, language, code_hash, device_id, ip,
       business_day, created_at, expires_at, attempts, status)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 'pending')`,
  ).run(
    c.id,
    c.mobileHash,
    c.masked,
    c.serviceId,
    c.language,
    c.codeHash,
    c.deviceId,
    c.ip,
    c.businessDay,
    c.createdAt,
    c.expiresAt,
  );
}

export function deleteCode(db: Db, id: string): void {
  db.prepare('DELETE FROM remote_codes WHERE id = ?').run(id);
}

export function codeById(db: Db, id: string): CodeRow | undefined {
  return db
    .prepare(
      `SELECT id, mobile_hash AS mobileHash, masked, service_id AS serviceId, language, code_hash AS codeHash,
         device_id AS deviceId, visit_id AS visitId, status, expires_at AS expiresAt, attempts
       FROM remote_codes WHERE id = ?`,
    )
    .get(id) as CodeRow | undefined;
}

export function recordAttempt(db: Db, id: string, attempts: number, voided: boolean): void {
  db.prepare(
    `UPDATE remote_codes SET attempts = ?, status = CASE WHEN ? THEN 'voided' ELSE status END WHERE id = ?`,
  ).run(attempts, voided ? 1 : 0, id);
}

export function markUsed(db: Db, id: string, visitId: string): void {
  db.prepare("UPDATE remote_codes SET status = 'used', visit_id = ? WHERE id = ?").run(visitId, id);
}

export function codesSince(
  db: Db,
  column: 'mobile_hash' | 'device_id' | 'ip',
  value: string,
  since: number,
): number {
  return (
    db
      .prepare(`SELECT COUNT(*) AS n FROM remote_codes WHERE ${column} = ? AND created_at >= ?`)
      .get(value, since) as {
      n: number;
    }
  ).n;
}

/** Visits issued today to this number through the remote channel. */
export function remoteVisitsOf(db: Db, mobileHash: string, businessDay: string): string[] {
  return (
    db
      .prepare(
        "SELECT visit_id AS v FROM remote_codes WHERE mobile_hash = ? AND business_day = ? AND status = 'used' AND visit_id IS NOT NULL",
      )
      .all(mobileHash, businessDay) as { v: string }[]
  ).map((r) => r.v);
}

/** True only the first time: each notification of a visit goes once, even across restarts. */
export function claimNotification(db: Db, visitId: string, kind: 'ahead' | 'called', now: number): boolean {
  return (
    db
      .prepare(
        'INSERT INTO remote_notifications (visit_id, kind, sent_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING',
      )
      .run(visitId, kind, now).changes === 1
  );
}

export function postponesOf(db: Db, visitId: string): number {
  return (
    db
      .prepare("SELECT COUNT(*) AS n FROM visit_events WHERE visit_id = ? AND type = 'visit.postponed'")
      .get(visitId) as { n: number }
  ).n;
}

// Retention (the remote module's step of the purge, core/personal-data/retention.ts).

/** Join codes (hashed mobile, masked number) created before `before`, whatever their status. */
export function purgeRemoteCodes(db: Db, before: number): number {
  return db.prepare('DELETE FROM remote_codes WHERE created_at < ?').run(before).changes;
}

/** The record of which phone notifications were sent before `before`. */
export function purgeRemoteNotifications(db: Db, before: number): number {
  return db.prepare('DELETE FROM remote_notifications WHERE sent_at < ?').run(before).changes;
}
