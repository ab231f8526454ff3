/**
 * Every database column that holds sealed personal data, in one list, and the one pass that brings
 * them all to the current key: it seals values still in clear (rows written before sealing existed)
 * and re-seals values sealed with an older key (rotation). It runs in one transaction, so a crash
 * leaves either the old values or the new ones.
 *
 * A column added to personal data must be listed here, and its store must seal with
 * sealedColumnContext(table, column, rowKey) so rotation can re-seal it.
 */
import type { Db } from '../store/database.js';
import { columnWriter, valuesNotUnder, type SealedColumn } from './sealed-store.js';
import { isSealed, type PersonalDataSealer } from './sealer.js';

export type { SealedColumn } from './sealed-store.js';

export const SEALED_COLUMNS: readonly SealedColumn[] = [
  // What the citizen typed into a service form, and the name of whoever they act for.
  { table: 'service_requests', key: 'number', column: 'data' },
  { table: 'service_requests', key: 'number', column: 'on_behalf' },
  // The name of whoever took a ticket on the citizen's behalf (the visit's document keeps only the relation).
  { table: 'visits', key: 'id', column: 'representative_name' },
  // What staff type about the citizen (a transfer's note, the delivered services' notes): see staff-notes.ts.
  { table: 'visits', key: 'id', column: 'notes' },
  { table: 'visit_events', key: 'id', column: 'notes' },
  // A browser's push address and keys identify that browser: sealed like the rest.
  { table: 'remote_push_subscriptions', key: 'visit_id', column: 'endpoint' },
  { table: 'remote_push_subscriptions', key: 'visit_id', column: 'p256dh' },
  { table: 'remote_push_subscriptions', key: 'visit_id', column: 'auth' },
];

/** Where a value is stored, bound into its seal: a value copied to another row or column does not open. */
export function sealedColumnContext(table: string, column: string, key: string): string {
  return `${table}.${column}:${key}`;
}

export interface SealPassResult {
  /** Values that were in clear and are now sealed. */
  sealed: number;
  /** Values sealed with an older key, now sealed with the current one. */
  resealed: number;
}

/** Seals every clear value and re-seals every value not under the current key, in one transaction. */
export function sealStoredPersonalData(db: Db, sealer: PersonalDataSealer): SealPassResult {
  const prefix = `v1.${sealer.currentKeyId}.`;
  return db.transaction(() => {
    const result: SealPassResult = { sealed: 0, resealed: 0 };
    for (const c of SEALED_COLUMNS) {
      const write = columnWriter(db, c);
      for (const row of valuesNotUnder(db, c, prefix)) {
        const context = sealedColumnContext(c.table, c.column, row.k);
        if (isSealed(row.v)) {
          write(row.k, sealer.seal(sealer.unseal(row.v, context), context));
          result.resealed++;
        } else {
          write(row.k, sealer.seal(row.v, context));
          result.sealed++;
        }
      }
    }
    return result;
  })();
}
