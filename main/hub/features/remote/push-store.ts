/**
 * SQL of web push: one browser subscription per visit, and the hub's VAPID key pair. A subscription's
 * endpoint and keys single out one browser, so they are sealed at rest like other personal data.
 */
import type { Db } from '../../core/store/database.js';
import type { VisitorLanguage } from '../../../../shared/i18n/languages.js';
import type { PersonalDataSealer } from '../../core/personal-data/sealer.js';
import { sealedColumnContext } from '../../core/personal-data/sealed-columns.js';

/** The columns that are sealed (sealed-columns.ts lists them for rotation). */
type SealedColumn = 'endpoint' | 'p256dh' | 'auth';
const context = (column: SealedColumn, visitId: string) =>
  sealedColumnContext('remote_push_subscriptions', column, visitId);

export interface StoredPushSubscription {
  visitId: string;
  endpoint: string;
  p256dh: string;
  auth: string;
  language: VisitorLanguage;
}

/** Replaces any earlier subscription of the visit: one per ticket. */
export function savePushSubscription(
  db: Db,
  sealer: PersonalDataSealer,
  s: StoredPushSubscription,
  now: number,
): void {
  const seal = (column: SealedColumn) => sealer.seal(s[column], context(column, s.visitId));
  db.prepare(
    `INSERT INTO remote_push_subscriptions (visit_id, endpoint, p256dh, auth, language, created_at)
     VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (visit_id) DO UPDATE SET endpoint = excluded.endpoint, p256dh = excluded.p256dh,
       auth = excluded.auth, language = excluded.language, created_at = excluded.created_at`,
  ).run(s.visitId, seal('endpoint'), seal('p256dh'), seal('auth'), s.language, now);
}

export function pushSubscriptionOf(
  db: Db,
  sealer: PersonalDataSealer,
  visitId: string,
): StoredPushSubscription | undefined {
  const row = db
    .prepare(
      'SELECT visit_id AS visitId, endpoint, p256dh, auth, language FROM remote_push_subscriptions WHERE visit_id = ?',
    )
    .get(visitId) as StoredPushSubscription | undefined;
  if (!row) return undefined;
  const open = (column: SealedColumn) => sealer.unseal(row[column], context(column, visitId));
  return { ...row, endpoint: open('endpoint'), p256dh: open('p256dh'), auth: open('auth') };
}

export function pushSubscribedVisits(db: Db): string[] {
  return (db.prepare('SELECT visit_id AS v FROM remote_push_subscriptions').all() as { v: string }[]).map(
    (r) => r.v,
  );
}

export function deletePushSubscription(db: Db, visitId: string): void {
  db.prepare('DELETE FROM remote_push_subscriptions WHERE visit_id = ?').run(visitId);
}

/** Deletes only if the endpoint is still the one that failed (a fresh subscription survives). */
export function deleteFailedPushSubscription(
  db: Db,
  sealer: PersonalDataSealer,
  visitId: string,
  endpoint: string,
): void {
  db.transaction(() => {
    if (pushSubscriptionOf(db, sealer, visitId)?.endpoint === endpoint) deletePushSubscription(db, visitId);
  })();
}

export interface VapidKeys {
  publicKey: string;
  privateKey: string;
}

/** The stored pair, or a new one from `create()` kept for next time. */
export function loadOrCreateVapidKeys(db: Db, create: () => VapidKeys, now: number): VapidKeys {
  const read = () =>
    db
      .prepare('SELECT public_key AS publicKey, private_key AS privateKey FROM remote_push_keys WHERE id = 1')
      .get() as VapidKeys | undefined;
  const stored = read();
  if (stored) return stored;
  const made = create();
  db.prepare(
    'INSERT INTO remote_push_keys (id, public_key, private_key, created_at) VALUES (1, ?, ?, ?) ON CONFLICT DO NOTHING',
  ).run(made.publicKey, made.privateKey, now);
  return read() ?? made;
}

/** Push subscriptions made before `before` (retention: the remote module's step of the purge). */
export function purgePushSubscriptions(db: Db, before: number): number {
  return db.prepare('DELETE FROM remote_push_subscriptions WHERE created_at < ?').run(before).changes;
}
