// Backing up a hub with a year of visits (issue 13): rows generated straight into SQLite (visits,
// their events, report facts), then one online backup as the hub takes it (copy in a worker thread,
// integrity_check, row counts, rename), plain and encrypted, printing the time, the file size and
// the longest event-loop stall of the hub's thread while it ran.
// Run: npx tsx bench/backup.ts [visits per year]   (default 300,000: a centre of ~1,000 visits a day)
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { DEMO_CATALOGUE } from '../main/demo/catalogue.js';
import { openDatabase } from '../main/hub/core/store/database.js';
import { HUB_BACKUP_TABLES, HUB_IDENTITY_SQL } from '../main/hub/features/backup/hub-backups.js';
import { takeBackup } from '../main/sqlite/backup/take-backup.js';
import { writeCatalogue } from '../main/hub/core/store/repository.js';
import { randomBytes } from 'node:crypto';
import { HUB_MIGRATIONS } from '../main/hub/modules.js';

const VISITS = Number(process.argv[2] ?? 300_000);
const DAYS = 365;
const START = Date.UTC(2025, 0, 1);
const STEPS = ['visit.issued', 'visit.called', 'visit.serving_started', 'visit.completed'];

const dir = mkdtempSync(join(tmpdir(), 'dawr-bench-backup-'));
try {
  const file = join(dir, 'hub.sqlite');
  const db = openDatabase(file, { migrations: HUB_MIGRATIONS, backgroundCheckpoints: false });
  writeCatalogue(db, DEMO_CATALOGUE, Date.now());
  db.pragma('synchronous = OFF'); // loading only
  const t0 = performance.now();
  const visit = db.prepare(
    `INSERT INTO visits (id, business_day, queue_id, prefix, number, status, public_token, idempotency_key, issued_at, updated_at, doc)
     VALUES (?, ?, ?, ?, ?, 'completed', ?, NULL, ?, ?, ?)`,
  );
  const event = db.prepare(
    'INSERT INTO visit_events (id, visit_id, type, at, actor, data) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const services = DEMO_CATALOGUE.services;
  const load = db.transaction((from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const dayIndex = Math.floor((i / VISITS) * DAYS);
      const issuedAt = START + dayIndex * 86_400_000 + 4 * 3_600_000 + (i % 1000) * 30_000;
      const day = new Date(issuedAt).toISOString().slice(0, 10);
      const s = services[i % services.length]!;
      const id = `v-${i.toString(36).padStart(8, '0')}`;
      const number = (i % 1000) + 1;
      // A document of the size the hub keeps per finished visit.
      const doc = JSON.stringify({
        id,
        ticket: `A${number}`,
        serviceId: s.id,
        queueId: s.queueId,
        businessDay: day,
        status: 'completed',
        channel: 'kiosk',
        issuedAt,
        calledAt: issuedAt + 600_000,
        counterId: 'c1',
        staffId: 's-agent1',
        customer: { idHash: randomBytes(32).toString('base64url') },
        services: [{ serviceId: s.id, outcome: 'done' }],
      });
      visit.run(
        id,
        day,
        s.queueId,
        'A',
        number + dayIndex * 1000,
        randomBytes(16).toString('hex'),
        issuedAt,
        issuedAt,
        doc,
      );
      STEPS.forEach((type, k) =>
        event.run(
          randomBytes(16).toString('hex'),
          id,
          type,
          issuedAt + k * 300_000,
          JSON.stringify({ kind: 'staff', staffId: 's-agent1' }),
          JSON.stringify({ counterId: 'c1', serviceId: s.id }),
        ),
      );
    }
  });
  for (let i = 0; i < VISITS; i += 20_000) load(i, Math.min(VISITS, i + 20_000));
  db.pragma('wal_checkpoint(TRUNCATE)');
  console.log(
    `loaded a year: ${VISITS.toLocaleString('en')} visits, ${(VISITS * STEPS.length).toLocaleString('en')} events, ` +
      `${(statSync(file).size / 1_048_576).toFixed(0)} MiB, in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );

  db.close();
  // Let the loading's garbage be collected first: its pauses are not the backup's.
  await new Promise((resolve) => setTimeout(resolve, 500));
  for (const encrypt of [false, true]) {
    const stall = monitorEventLoopDelay({ resolution: 10 });
    stall.enable();
    const started = performance.now();
    const out = await takeBackup({
      source: file,
      dir: join(dir, 'backups'),
      name: `bench-${encrypt ? 'encrypted' : 'plain'}`,
      tables: HUB_BACKUP_TABLES,
      identitySql: HUB_IDENTITY_SQL,
      encrypt: encrypt ? { key: randomBytes(32), stagingDir: join(dir, 'staging') } : undefined,
    });
    const seconds = (performance.now() - started) / 1000;
    stall.disable();
    console.log(
      `backup (${encrypt ? 'AES-256-GCM' : 'plain'}): ${seconds.toFixed(2)} s in all ` +
        `(copy ${(out.copyMs / 1000).toFixed(2)} s, integrity_check + counts ${(out.check.checkMs / 1000).toFixed(2)} s), ` +
        `file ${(out.sizeBytes / 1_048_576).toFixed(0)} MiB, ${out.check.rowCounts?.visits?.toLocaleString('en')} visits checked; ` +
        `longest event-loop stall on the hub's thread ${(stall.max / 1e6).toFixed(1)} ms`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
