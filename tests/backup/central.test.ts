/**
 * Central's backups: on SQLite the hub's backup code (online copy, check, retention); on
 * PostgreSQL a pg_dump of central's schema restores with pg_restore into a working store that
 * still recognises what it already had. The PostgreSQL part needs DAWR_TEST_PG_URL
 * (eval "$(bash scripts/postgres-for-tests.sh)") and is skipped, saying why, without it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { backupCentralSqlite, restoreCentralSqlite } from '../../main/central/backup.js';
import { openCentralStore } from '../../main/central/store/open.js';
import { sendBatch, startTestCentral, visitEvent } from '../central/helpers.js';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
const tempDir = (prefix: string) => {
  const d = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(d);
  return d;
};

const threeEvents = () => [
  visitEvent('hubA', 'issued', { visitId: 'v-backup', at: 0 }),
  visitEvent('hubA', 'called', { visitId: 'v-backup', at: 5 }),
  visitEvent('hubA', 'completed', { visitId: 'v-backup', at: 15 }),
];

describe('central on SQLite', () => {
  it('is backed up online with the hub’s backup code, checked, rotated, and restored', async () => {
    const dir = tempDir('dawr-central-db-');
    const backupDir = tempDir('dawr-central-backups-');
    const file = join(dir, 'central.db');
    const store = await openCentralStore(`sqlite:${file}`);
    const central = await startTestCentral(store);
    try {
      const events = threeEvents();
      expect((await sendBatch(central, events)).body).toMatchObject({ accepted: 3 });
      const config = { dir: backupDir, everyMinutes: 60, keep: 2, encrypt: false };
      const outcomes = [];
      for (let i = 0; i < 3; i++)
        outcomes.push(await backupCentralSqlite(file, config, Date.UTC(2026, 0, 1, i)));
      const last = outcomes[2]!;
      expect(last.check).toMatchObject({ ok: true, integrity: 'ok' });
      expect(last.check.rowCounts!.events).toBe(3);
      // Three taken, two kept: the oldest went.
      expect(readdirSync(backupDir).sort()).toHaveLength(2);
      expect(existsSync(outcomes[0]!.file)).toBe(false);
      const copy = new Database(last.file, { readonly: true });
      expect(copy.prepare('SELECT count(*) FROM events').pluck().get()).toBe(3);
      copy.close();
      // Restored over a database file (central stopped), the old one kept aside.
      const restoredFile = join(tempDir('dawr-central-restored-'), 'central.db');
      writeFileSync(restoredFile, 'the old file');
      const aside = await restoreCentralSqlite(last.file, restoredFile);
      expect(readFileSync(aside[0]!, 'utf8')).toBe('the old file');
      const restored = await openCentralStore(`sqlite:${restoredFile}`);
      const again = await startTestCentral(restored);
      try {
        expect((await sendBatch(again, events)).body).toMatchObject({ accepted: 0, duplicate: 3 });
      } finally {
        await again.close();
        await restored.close();
      }
    } finally {
      await central.close();
      await store.close();
    }
  });
});

const pgUrl = process.env.DAWR_TEST_PG_URL;
if (!pgUrl)
  console.warn(
    'backup: the pg_dump/pg_restore test is skipped because DAWR_TEST_PG_URL is not set; run eval "$(bash scripts/postgres-for-tests.sh)" first',
  );

/** pg_dump and pg_restore from PATH, else Debian's versioned folder. */
function pgTool(name: string): string {
  try {
    execFileSync(name, ['--version'], { stdio: 'ignore' });
    return name;
  } catch {
    const root = '/usr/lib/postgresql';
    const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
    for (const v of versions) if (existsSync(join(root, v, 'bin', name))) return join(root, v, 'bin', name);
    throw new Error(`${name} not found`);
  }
}

describe.skipIf(!pgUrl)('central on PostgreSQL', () => {
  it('restores from a pg_dump of its schema with pg_restore', async () => {
    const url = pgUrl!;
    const schema = `t_backup_${Date.now().toString(36)}`;
    const dump = join(tempDir('dawr-central-dump-'), 'central.dump');
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      let store = await openCentralStore(url, { schema });
      let central = await startTestCentral(store);
      const events = threeEvents();
      expect((await sendBatch(central, events)).body).toMatchObject({ accepted: 3 });
      await central.close();
      await store.close();

      execFileSync(pgTool('pg_dump'), [
        '--dbname',
        url,
        '--schema',
        schema,
        '--format=custom',
        '--file',
        dump,
      ]);
      // The loss: the whole schema is gone.
      await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      await expect(admin.query(`SELECT count(*) FROM ${schema}.events`)).rejects.toThrow();
      execFileSync(pgTool('pg_restore'), ['--dbname', url, '--no-owner', '--exit-on-error', dump]);

      const counted = await admin.query<{ n: string }>(`SELECT count(*) AS n FROM ${schema}.events`);
      expect(Number(counted.rows[0]!.n)).toBe(3);
      // The restored store works, and still knows what it already had.
      store = await openCentralStore(url, { schema });
      central = await startTestCentral(store);
      try {
        expect((await sendBatch(central, events)).body).toMatchObject({ accepted: 0, duplicate: 3 });
      } finally {
        await central.close();
        await store.close();
      }
    } finally {
      await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`).catch(() => undefined);
      await admin.end();
    }
  });
});
