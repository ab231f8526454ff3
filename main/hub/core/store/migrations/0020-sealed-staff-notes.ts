import type { Database } from 'better-sqlite3';

export const name = 'sealed-staff-notes';

/**
 * What staff type about a citizen (a transfer's note, the notes of each delivered service) was kept
 * in clear inside `visits.doc` and `visit_events.data`. It moves to a column of its own on each,
 * listed in SEALED_COLUMNS, in the shape the repository writes (personal-data/staff-notes.ts:
 * `{"note": …, "services": […]}`), and leaves the document: the note becomes null and each
 * service's notes ''. Sealing needs the key, which is not in the database, so the text moved here
 * is sealed by the hub's start pass (sealStoredPersonalData) in the same start-up, before the hub
 * serves anyone; the old pages are then dropped with the rest (secure_delete, WAL truncated).
 */
export function up(db: Database): void {
  db.exec(`
    ALTER TABLE visits ADD COLUMN notes TEXT;
    ALTER TABLE visit_events ADD COLUMN notes TEXT;
    -- The start pass and rotation look for notes not under the current key at every start: through
    -- these, they read the few rows with a note instead of every event (600,000 events: ~1 s -> ~0.2 s).
    CREATE INDEX visits_notes ON visits (id) WHERE notes IS NOT NULL;
    CREATE INDEX visit_events_notes ON visit_events (id) WHERE notes IS NOT NULL;

    UPDATE visits
       SET notes = json_object(
             'note', json_extract(doc, '$.note'),
             'services', (SELECT json_group_array(COALESCE(json_extract(value, '$.notes'), ''))
                            FROM json_each(doc, '$.deliveredServices'))),
           doc = json_set(doc,
             '$.note', json('null'),
             '$.deliveredServices', (SELECT json_group_array(json_set(value, '$.notes', ''))
                                       FROM json_each(doc, '$.deliveredServices')))
     WHERE COALESCE(json_extract(doc, '$.note'), '') != ''
        OR EXISTS (SELECT 1 FROM json_each(doc, '$.deliveredServices')
                    WHERE COALESCE(json_extract(value, '$.notes'), '') != '');

    UPDATE visit_events
       SET notes = json_object(
             'note', json_extract(data, '$.note'),
             'services', CASE WHEN json_type(data, '$.services') = 'array'
               THEN (SELECT json_group_array(COALESCE(json_extract(value, '$.notes'), ''))
                       FROM json_each(data, '$.services'))
               ELSE json('[]') END),
           data = json_remove(
             CASE WHEN json_type(data, '$.services') = 'array'
               THEN json_set(data, '$.services', (SELECT json_group_array(json_set(value, '$.notes', ''))
                                                    FROM json_each(data, '$.services')))
               ELSE data END,
             '$.note')
     WHERE COALESCE(json_extract(data, '$.note'), '') != ''
        OR (json_type(data, '$.services') = 'array'
            AND EXISTS (SELECT 1 FROM json_each(data, '$.services')
                         WHERE COALESCE(json_extract(value, '$.notes'), '') != ''));
  `);
}
