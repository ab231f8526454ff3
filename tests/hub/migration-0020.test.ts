import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../main/hub/core/store/migrate.js';
import { visitDocument, visitEvents } from '../../main/hub/core/store/repository.js';
import { HUB_MIGRATIONS } from '../../main/hub/modules.js';
import { sealStoredPersonalData } from '../../main/hub/core/personal-data/sealed-columns.js';
import { testSealer } from '../support/sealer.js';

/** The database as 0019 left it: the state a hub upgraded to this Dawr starts from. */
function at0019(): Database.Database {
  const db = new Database(':memory:');
  migrate(
    db,
    HUB_MIGRATIONS.filter((m) => m.version <= 19),
  );
  return db;
}

const INSERT_VISIT = `INSERT INTO visits (id, business_day, queue_id, prefix, number, status, public_token,
  idempotency_key, issued_at, updated_at, doc) VALUES (?, '2026-12-07', 'q1', 'A', ?, 'completed', ?, NULL, 1, 1, ?)`;
const INSERT_EVENT = `INSERT INTO visit_events (id, visit_id, type, at, actor, data)
  VALUES (?, ?, ?, 1, '{"kind":"system"}', ?)`;

const service = (serviceId: string, notes: string) => ({ serviceId, outcome: 'done', notes });

describe('migration 0020: staff notes leave the visit document and the event data for sealed columns', () => {
  it('moves every note out, keeps what is not a note, and leaves rows without one alone', () => {
    const db = at0019();
    const visit = db.prepare(INSERT_VISIT);
    visit.run(
      'v-noted',
      1,
      't-1',
      JSON.stringify({
        note: 'call wife on 0509998877',
        deliveredServices: [service('s1', 'receipt 4455'), service('s2', '')],
      }),
    );
    visit.run('v-plain', 2, 't-2', JSON.stringify({ note: null, deliveredServices: [service('s1', '')] }));
    const event = db.prepare(INSERT_EVENT);
    event.run(
      'e-transfer',
      'v-noted',
      'visit.transferred',
      JSON.stringify({ status: 'waiting', note: 'call wife on 0509998877', target: { kind: 'counter' } }),
    );
    event.run(
      'e-complete',
      'v-noted',
      'visit.completed',
      JSON.stringify({ status: 'completed', services: [service('s1', 'receipt 4455'), service('s2', '')] }),
    );
    event.run('e-plain', 'v-plain', 'visit.transferred', JSON.stringify({ status: 'waiting', note: '' }));
    migrate(db, HUB_MIGRATIONS);

    const visits = db.prepare('SELECT id, doc, notes FROM visits ORDER BY id').all() as {
      id: string;
      doc: string;
      notes: string | null;
    }[];
    expect(visits.map((r) => [r.id, JSON.parse(r.doc), r.notes && JSON.parse(r.notes)])).toEqual([
      [
        'v-noted',
        { note: null, deliveredServices: [service('s1', ''), service('s2', '')] },
        { note: 'call wife on 0509998877', services: ['receipt 4455', ''] },
      ],
      ['v-plain', { note: null, deliveredServices: [service('s1', '')] }, null],
    ]);
    const events = db.prepare('SELECT id, data, notes FROM visit_events ORDER BY seq').all() as {
      id: string;
      data: string;
      notes: string | null;
    }[];
    expect(events.map((r) => [r.id, JSON.parse(r.data), r.notes && JSON.parse(r.notes)])).toEqual([
      [
        'e-transfer',
        { status: 'waiting', target: { kind: 'counter' } },
        { note: 'call wife on 0509998877', services: [] },
      ],
      [
        'e-complete',
        { status: 'completed', services: [service('s1', ''), service('s2', '')] },
        { note: null, services: ['receipt 4455', ''] },
      ],
      ['e-plain', { status: 'waiting', note: '' }, null],
    ]);

    // The hub's start pass then seals the moved text, and the staff's readers open it back in place.
    const sealer = testSealer();
    expect(sealStoredPersonalData(db, sealer)).toEqual({ sealed: 3, resealed: 0 });
    expect(visitDocument(db, 'v-noted', sealer)).toMatchObject({
      note: 'call wife on 0509998877',
      deliveredServices: [service('s1', 'receipt 4455'), service('s2', '')],
    });
    expect(visitEvents(db, 'v-noted', sealer).map((e) => e.data)).toEqual([
      { status: 'waiting', target: { kind: 'counter' }, note: 'call wife on 0509998877' },
      { status: 'completed', services: [service('s1', 'receipt 4455'), service('s2', '')] },
    ]);
  });

  it('lets the start pass read only the rows that have notes (a partial index, not every event)', () => {
    const db = at0019();
    migrate(db, HUB_MIGRATIONS);
    // The shape of sealed-store.ts's valuesNotUnder, which the start pass and rotation run per column.
    for (const table of ['visits', 'visit_events']) {
      const plan = db
        .prepare(
          `EXPLAIN QUERY PLAN SELECT id AS k, notes AS v FROM ${table}
            WHERE notes IS NOT NULL AND substr(notes, 1, ?) != ?`,
        )
        .all(3, 'v1.') as { detail: string }[];
      expect(plan.map((p) => p.detail)).toEqual([`SCAN ${table} USING INDEX ${table}_notes`]);
    }
  });
});
