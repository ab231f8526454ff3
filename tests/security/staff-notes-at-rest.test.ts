/**
 * What staff type about a citizen (a transfer's note, the notes of each delivered service) is
 * personal data: a real hub takes a visit through a transfer with a note and a completion with notes,
 * then its database, WAL and shm are searched byte for byte for the clear text (UTF-8 and UTF-16).
 * The staff who may read the notes still do: the counter and the dashboard from the hub's memory,
 * also after a restart (loaded from disk), and the staff's visit record. Notes an older hub kept in
 * clear are sealed when the hub starts (migration 0020 and the start pass), and identity retention
 * clears them with the rest of the citizen's identity.
 */
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keyringPath, loadKeyring } from '../../main/hub/core/personal-data/keyring.js';
import { isSealed, PersonalDataSealer } from '../../main/hub/core/personal-data/sealer.js';
import { visitEvents } from '../../main/hub/core/store/repository.js';
import { clearExpiredIdentity } from '../../main/hub/features/sync/retention.js';
import { mapOutboxEntry } from '../../main/hub/features/sync/map-event.js';
import { pendingEntries } from '../../main/hub/features/sync/sync-store.js';
import { startHub, type StartedHub } from '../../main/hub/start.js';
import type { Visit } from '../../shared/contract/visit.js';
import { api, KIOSK_KEY, login, startTestHub, type TestHub } from '../support/hub.js';
import { clearOnDisk, encodingsOf, type Needle } from './clear-on-disk.js';

const IDENTITY_KEY = 'test-identity-key-0123456789-abcdef';
const DAY = 86_400_000;

const TRANSFER_NOTE = 'Passport P7788123 lost, call wife Mariamxyz on 0509998877';
const SERVICE_NOTE = 'Collected by brother Khalidqwe, receipt 4455667788';
const SERVICE_NOTE_AR = 'سلّمت الوثيقة لأخيه خالد، إيصال رقم ٤٤٥٥';

/** Each distinctive part of the notes, in the encodings it could take on disk. */
function needles(): Needle[] {
  const parts = ['P7788123', 'Mariamxyz', '0509998877', 'Khalidqwe', '4455667788', SERVICE_NOTE_AR];
  return parts.flatMap((p) => encodingsOf(`"${p}"`, p));
}

/** Which parts of the notes appear in the hub's database, WAL or shared-memory file. */
const clearNotesOnDisk = (dir: string): string[] => clearOnDisk(dir, needles());

const sealerOf = (dir: string) => new PersonalDataSealer(loadKeyring(keyringPath(dir)));

/**
 * Agent 1 serves a kiosk ticket at counter c1, transfers it back to c1 with a note, calls it again and
 * completes it with two services' notes. Returns the visit's id.
 */
async function serveWithNotes(url: string): Promise<string> {
  const issued = await api(url, 'POST', '/visits', `Device ${KIOSK_KEY}`, {
    serviceId: 'eid-renew',
    idempotencyKey: 'staff-notes-ticket-0001',
  });
  expect(issued.status).toBe(200);
  const id = (issued.body as { visit: { id: string } }).visit.id;
  const agent = `Bearer ${await login(url, 'agent1', '111111')}`;
  expect((await api(url, 'POST', '/counters/c1/open', agent)).status).toBe(200);
  expect((await api(url, 'POST', '/counters/c1/call-next', agent)).body).toMatchObject({ id });
  expect((await api(url, 'POST', `/counters/c1/start/${id}`, agent)).status).toBe(200);
  const transferred = await api(url, 'POST', `/counters/c1/transfer/${id}`, agent, {
    target: { kind: 'counter', counterId: 'c1' },
    note: TRANSFER_NOTE,
  });
  expect(transferred.status).toBe(200);
  expect((await api(url, 'POST', '/counters/c1/call-next', agent)).body).toMatchObject({ id });
  expect((await api(url, 'POST', `/counters/c1/start/${id}`, agent)).status).toBe(200);
  const completed = await api(url, 'POST', `/counters/c1/complete/${id}`, agent, {
    services: [
      { serviceId: 'eid-renew', outcome: 'done', notes: SERVICE_NOTE },
      { serviceId: 'licence-renew', outcome: 'done', notes: SERVICE_NOTE_AR },
    ],
  });
  expect(completed.status).toBe(200);
  return id;
}

/** What staff may read of the visit: its note and its delivered services' notes. */
const notesOf = (v: Pick<Visit, 'note' | 'deliveredServices'> | undefined) => ({
  note: v?.note,
  services: v?.deliveredServices.map((s) => s.notes),
});
const EXPECTED = { note: TRANSFER_NOTE, services: [SERVICE_NOTE, SERVICE_NOTE_AR] };

/** The notes each event carries (by type), as the events are read. */
function eventNotes(events: { type: string; data: unknown }[]) {
  const of = (type: string) => events.find((e) => e.type === type)?.data as Record<string, unknown>;
  return {
    transfer: of('visit.transferred').note,
    services: (of('visit.completed').services as { notes: string }[]).map((s) => s.notes),
  };
}

/**
 * Turns a closed hub database back into what a hub before migration 0020 wrote: the notes in clear in
 * the visit's document and in the events' data, no column for them, the schema at version 19.
 */
function asWrittenBefore0020(file: string, visitId: string): void {
  const db = new Database(file);
  // As the hub's own connection does (store/database.ts): rows this rewrites leave no copy in free space.
  db.pragma('secure_delete = ON');
  try {
    db.transaction(() => {
      db.prepare(
        `UPDATE visits SET doc = json_set(doc, '$.note', ?, '$.deliveredServices[0].notes', ?,
           '$.deliveredServices[1].notes', ?) WHERE id = ?`,
      ).run(TRANSFER_NOTE, SERVICE_NOTE, SERVICE_NOTE_AR, visitId);
      db.prepare(
        `UPDATE visit_events SET data = json_set(data, '$.note', ?) WHERE visit_id = ? AND type = 'visit.transferred'`,
      ).run(TRANSFER_NOTE, visitId);
      db.prepare(
        `UPDATE visit_events SET data = json_set(data, '$.services[0].notes', ?, '$.services[1].notes', ?)
          WHERE visit_id = ? AND type = 'visit.completed'`,
      ).run(SERVICE_NOTE, SERVICE_NOTE_AR, visitId);
      db.exec('DROP INDEX visits_notes; DROP INDEX visit_events_notes');
      db.exec('ALTER TABLE visits DROP COLUMN notes');
      db.exec('ALTER TABLE visit_events DROP COLUMN notes');
      db.prepare('DELETE FROM schema_migrations WHERE version = 20').run();
      db.pragma('user_version = 19');
    })();
  } finally {
    db.close();
  }
}

describe('what staff write about a citizen, at rest', () => {
  let hub: TestHub;
  let visitId = '';

  beforeAll(async () => {
    hub = await startTestHub();
    visitId = await serveWithNotes(hub.url);
  });
  afterAll(async () => {
    await hub?.cleanup();
  });

  it('keeps no clear note in the database, its WAL or shm; the rows hold them sealed', () => {
    expect(clearNotesOnDisk(hub.dir)).toEqual([]);
    const row = hub.hub.db.prepare('SELECT doc, notes FROM visits WHERE id = ?').get(visitId) as {
      doc: string;
      notes: string;
    };
    expect(notesOf(JSON.parse(row.doc) as Visit)).toEqual({ note: null, services: ['', ''] });
    expect(isSealed(row.notes)).toBe(true);
    const events = hub.hub.db
      .prepare('SELECT type, notes FROM visit_events WHERE visit_id = ? AND notes IS NOT NULL ORDER BY seq')
      .all(visitId) as { type: string; notes: string }[];
    expect(events.map((e) => e.type)).toEqual(['visit.transferred', 'visit.completed']);
    expect(events.every((e) => isSealed(e.notes))).toBe(true);
  });

  it('still shows the notes to the counter, the dashboard and the staff record; central gets none', async () => {
    // The counter and the dashboard are sent the visit from the hub's memory.
    expect(notesOf(hub.hub.visit(visitId))).toEqual(EXPECTED);
    const manager = `Bearer ${await login(hub.url, 'manager', '246810')}`;
    const record = await api(hub.url, 'GET', `/visits/${visitId}`, manager);
    expect(record.status).toBe(200);
    expect(notesOf((record.body as { visit: Visit }).visit)).toEqual(EXPECTED);
    // The events open with the sealer, and without it carry no note at all.
    expect(eventNotes(visitEvents(hub.hub.db, visitId, sealerOf(hub.dir)))).toEqual({
      transfer: TRANSFER_NOTE,
      services: [SERVICE_NOTE, SERVICE_NOTE_AR],
    });
    expect(eventNotes(visitEvents(hub.hub.db, visitId))).toEqual({ transfer: undefined, services: ['', ''] });
    for (const entry of pendingEntries(hub.hub.db, 1000).filter((e) => e.visit.id === visitId))
      expect(JSON.stringify(mapOutboxEntry(entry, 'centre-1', hub.hub.catalogue))).not.toMatch(
        /P7788123|Khalidqwe/,
      );
  });
});

describe('what staff write about a citizen, on disk over time', () => {
  it('opens them again after a restart, when the visits are loaded from disk', async () => {
    const first = await startTestHub();
    let again: StartedHub | undefined;
    try {
      const id = await serveWithNotes(first.url);
      await first.stop();
      again = await startHub({ dataDir: first.dir, identityKey: IDENTITY_KEY });
      expect(notesOf(again.hub.visit(id))).toEqual(EXPECTED);
    } finally {
      await again?.stop();
      await first.cleanup();
    }
  });

  it('clears them with the citizen’s identity once retention has run out', async () => {
    const hub = await startTestHub();
    try {
      await serveWithNotes(hub.url);
      const stored = () =>
        (
          hub.hub.db
            .prepare(
              `SELECT (SELECT COUNT(*) FROM visits WHERE notes IS NOT NULL) +
                      (SELECT COUNT(*) FROM visit_events WHERE notes IS NOT NULL) AS n`,
            )
            .get() as { n: number }
        ).n;
      expect(stored()).toBe(3);
      const later = Date.now() + 91 * DAY;
      expect(clearExpiredIdentity(hub.hub.db, { now: later, retentionDays: 90, waitForSync: false })).toBe(1);
      expect(stored()).toBe(0);
    } finally {
      await hub.cleanup();
    }
  });
});

describe('a hub upgraded from notes kept in clear', () => {
  it('seals them before it serves, leaves no clear bytes behind, and the staff still read them', async () => {
    const first = await startTestHub();
    let again: StartedHub | undefined;
    try {
      const id = await serveWithNotes(first.url);
      await first.stop();
      asWrittenBefore0020(join(first.dir, 'hub.sqlite'), id);
      expect(clearNotesOnDisk(first.dir).length).toBeGreaterThan(0);

      again = await startHub({ dataDir: first.dir, identityKey: IDENTITY_KEY });
      expect(clearNotesOnDisk(first.dir)).toEqual([]);
      expect(notesOf(again.hub.visit(id))).toEqual(EXPECTED);
      expect(eventNotes(visitEvents(again.hub.db, id, sealerOf(first.dir)))).toEqual({
        transfer: TRANSFER_NOTE,
        services: [SERVICE_NOTE, SERVICE_NOTE_AR],
      });
    } finally {
      await again?.stop();
      await first.cleanup();
    }
  });
});
