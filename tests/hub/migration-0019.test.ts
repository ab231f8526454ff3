import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../main/hub/core/store/migrate.js';
import { HUB_MIGRATIONS } from '../../main/hub/modules.js';
import { sealStoredPersonalData } from '../../main/hub/core/personal-data/sealed-columns.js';
import { testSealer } from '../support/sealer.js';

/** The database as 0018 left it: the state a hub upgraded to this Dawr starts from. */
function at0018(): Database.Database {
  const db = new Database(':memory:');
  migrate(
    db,
    HUB_MIGRATIONS.filter((m) => m.version <= 18),
  );
  return db;
}

const INSERT_VISIT = `INSERT INTO visits (id, business_day, queue_id, prefix, number, status, public_token,
  idempotency_key, issued_at, updated_at, doc) VALUES (?, '2026-12-07', 'q1', 'A', ?, 'waiting', ?, NULL, 1, 1, ?)`;

const docOf = (representative: unknown) => JSON.stringify({ status: 'waiting', representative });

describe('migration 0019: a representative’s name leaves the visit document for a sealed column', () => {
  it('moves each name out of the document, keeps the relation, and leaves visits without one alone', () => {
    const db = at0018();
    const insert = db.prepare(INSERT_VISIT);
    insert.run('v-named', 1, 't-1', docOf({ name: 'Rashid Representative', relation: 'son' }));
    insert.run('v-relation', 2, 't-2', docOf({ relation: 'pro' }));
    insert.run('v-alone', 3, 't-3', docOf(null));
    migrate(db, HUB_MIGRATIONS);
    const rows = db.prepare('SELECT id, doc, representative_name AS name FROM visits ORDER BY id').all() as {
      id: string;
      doc: string;
      name: string | null;
    }[];
    expect(rows.map((r) => [r.id, JSON.parse(r.doc), r.name])).toEqual([
      ['v-alone', { status: 'waiting', representative: null }, null],
      ['v-named', { status: 'waiting', representative: { relation: 'son' } }, 'Rashid Representative'],
      ['v-relation', { status: 'waiting', representative: { relation: 'pro' } }, null],
    ]);
    // The hub's start pass then seals the names moved in clear, like any other clear value.
    const sealer = testSealer();
    expect(sealStoredPersonalData(db, sealer)).toEqual({ sealed: 1, resealed: 0 });
    const sealed = db.prepare("SELECT representative_name AS v FROM visits WHERE id = 'v-named'").get() as {
      v: string;
    };
    expect(sealer.unseal(sealed.v, 'visits.representative_name:v-named')).toBe('Rashid Representative');
  });
});
