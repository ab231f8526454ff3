import type { Database } from 'better-sqlite3';

export const name = 'visit-representative-name';

/**
 * The name of whoever takes a ticket for the citizen was kept in clear inside `visits.doc`, while the
 * on-behalf name of a service request is sealed. It moves to its own column, listed in
 * SEALED_COLUMNS, and leaves the document. Sealing needs the key, which is not in the database, so
 * the names moved here are sealed by the hub's start pass (sealStoredPersonalData), in the same
 * start-up and before the hub serves anyone; the old pages are then dropped with the rest.
 */
export function up(db: Database): void {
  db.exec(`
    ALTER TABLE visits ADD COLUMN representative_name TEXT;
    UPDATE visits
       SET representative_name = json_extract(doc, '$.representative.name'),
           doc = json_remove(doc, '$.representative.name')
     WHERE json_extract(doc, '$.representative.name') IS NOT NULL;
  `);
}
