/**
 * Restore refuses what it must (not SQLite, damaged, newer schema, another centre, an encrypted file
 * without its key) with a clear message, a nonzero exit and nothing changed; encrypted backups make
 * the round trip; a backup taken while tickets are being issued is a consistent snapshot.
 */
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_CATALOGUE } from '../../main/demo/catalogue.js';
import { isEncryptedBackup } from '../../main/sqlite/backup/encryption.js';
import { hubBackups } from '../../main/hub/features/backup/module.js';
import { restoreBackup, RestoreRefused } from '../../main/hub/features/backup/restore.js';
import { issueTickets, startBackupHub, type BackupHub } from './fixtures.js';
import { HUB_MIGRATIONS } from '../../main/hub/modules.js';

const hubs: BackupHub[] = [];
const dirs: string[] = [];
afterEach(async () => {
  for (const h of hubs.splice(0)) await h.cleanup();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'dawr-restore-'));
  dirs.push(d);
  return d;
}

async function hubWithBackup(
  tickets: number,
  opts: Parameters<typeof startBackupHub>[1] = {},
  encrypt = false,
) {
  const h = await startBackupHub({ encrypt }, opts);
  hubs.push(h);
  const backups = hubBackups(h.hub.services)!;
  await backups.idle();
  await issueTickets(h.hub.url, tickets, 'r');
  const record = await backups.take('manual');
  expect(record.ok).toBe(true);
  return { h, file: record.file! };
}

function runCli(args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'main/restore-cli.ts', ...args], {
    encoding: 'utf8',
    cwd: join(import.meta.dirname, '../..'),
  });
}

const visitsIn = (dbFile: string) => {
  const db = new Database(dbFile, { readonly: true });
  try {
    return db.prepare('SELECT count(*) FROM visits').pluck().get() as number;
  } finally {
    db.close();
  }
};

describe('restore', () => {
  it('restores a backup into an empty folder and refuses damaged, foreign and newer files, changing nothing', async () => {
    const { file } = await hubWithBackup(3);
    const target = tempDir();
    const restored = await restoreBackup({
      knownSchemaVersion: HUB_MIGRATIONS.length,
      backupFile: file,
      dataDir: target,
    });
    expect(restored).toMatchObject({ centreId: DEMO_CATALOGUE.centre.id, keptAside: [] });
    expect(restored.rowCounts.visits).toBe(3);
    const before = readFileSync(join(target, 'hub.sqlite'));
    const listing = () => readdirSync(target).sort();
    const filesBefore = listing();

    // Not SQLite at all.
    const junk = join(tempDir(), 'junk.sqlite');
    writeFileSync(junk, 'hello, this is not a database');
    const notSqlite = runCli([junk, '--data-dir', target]);
    expect(notSqlite.status).toBe(2);
    expect(notSqlite.stderr).toMatch(/refused, nothing was changed: .*not an SQLite database/);

    // Damaged: pages in the middle overwritten.
    const damaged = join(tempDir(), 'damaged.sqlite');
    copyFileSync(file, damaged);
    const bytes = readFileSync(damaged);
    bytes.fill(0xa5, 4096 * 2, Math.min(bytes.length, 4096 * 6));
    writeFileSync(damaged, bytes);
    await expect(
      restoreBackup({ knownSchemaVersion: HUB_MIGRATIONS.length, backupFile: damaged, dataDir: target }),
    ).rejects.toThrow(/damaged|not a readable SQLite database|not a Dawr hub database/);

    // Newer than this Dawr.
    const newer = join(tempDir(), 'newer.sqlite');
    copyFileSync(file, newer);
    const n = new Database(newer);
    n.pragma(`user_version = ${HUB_MIGRATIONS.length + 1}`);
    n.close();
    await expect(
      restoreBackup({ knownSchemaVersion: HUB_MIGRATIONS.length, backupFile: newer, dataDir: target }),
    ).rejects.toThrow(/newer Dawr/);

    // Another centre's backup over this centre's database.
    const { file: foreign } = await hubWithBackup(1, {
      catalogue: { ...DEMO_CATALOGUE, centre: { ...DEMO_CATALOGUE.centre, id: 'auh-centre' } },
    });
    const refused = runCli([foreign, '--data-dir', target]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/centre "auh-centre".*holds centre "dxb-one-stop".*--force/);

    // Nothing changed by any refusal.
    expect(listing()).toEqual(filesBefore);
    expect(readFileSync(join(target, 'hub.sqlite')).equals(before)).toBe(true);

    // Forced: restored, and the replaced database kept aside, not deleted.
    const forced = runCli([foreign, '--data-dir', target, '--force']);
    expect(forced.status).toBe(0);
    const aside = readdirSync(target).find((f) => f.startsWith('hub.sqlite.before-restore-'))!;
    expect(readFileSync(join(target, aside)).equals(before)).toBe(true);
    expect(visitsIn(join(target, 'hub.sqlite'))).toBe(1);
  });

  it('round-trips an encrypted backup with the data folder’s backup.key, and refuses it without', async () => {
    const { h, file } = await hubWithBackup(4, {}, true);
    expect(file.endsWith('.sqlite.enc')).toBe(true);
    expect(isEncryptedBackup(file)).toBe(true);
    expect(readFileSync(file).includes(Buffer.from('SQLite format 3'))).toBe(false);
    const key = join(h.hub.dir, 'backup.key');
    expect(statSync(key).mode & 0o777).toBe(0o600);
    // No clear copy is left anywhere.
    expect(readdirSync(h.backupDir).every((f) => f.endsWith('.enc'))).toBe(true);

    const withoutKey = tempDir();
    await expect(
      restoreBackup({ knownSchemaVersion: HUB_MIGRATIONS.length, backupFile: file, dataDir: withoutKey }),
    ).rejects.toThrow(/no backup key/);
    expect(readdirSync(withoutKey)).toEqual([]);

    const withKey = tempDir();
    copyFileSync(key, join(withKey, 'backup.key'));
    const tampered = join(tempDir(), 'tampered.enc');
    const bytes = readFileSync(file);
    const middle = bytes.length >> 1;
    bytes[middle] = bytes[middle]! ^ 0x01;
    writeFileSync(tampered, bytes);
    await expect(
      restoreBackup({ knownSchemaVersion: HUB_MIGRATIONS.length, backupFile: tampered, dataDir: withKey }),
    ).rejects.toBeInstanceOf(RestoreRefused);
    expect(readdirSync(withKey)).toEqual(['backup.key']);

    const restored = await restoreBackup({
      knownSchemaVersion: HUB_MIGRATIONS.length,
      backupFile: file,
      dataDir: withKey,
    });
    expect(restored.rowCounts.visits).toBe(4);
    expect(visitsIn(join(withKey, 'hub.sqlite'))).toBe(4);
  });

  it('refuses to restore under a running hub', async () => {
    const { h, file } = await hubWithBackup(2);
    const before = readdirSync(h.hub.dir).sort();
    await expect(
      restoreBackup({ knownSchemaVersion: HUB_MIGRATIONS.length, backupFile: file, dataDir: h.hub.dir }),
    ).rejects.toThrow(/open in another process: stop the service first/);
    expect(readdirSync(h.hub.dir).sort()).toEqual(before);
  });

  it('takes a consistent backup while tickets are being issued', async () => {
    const h = await startBackupHub();
    hubs.push(h);
    const backups = hubBackups(h.hub.services)!;
    await backups.idle();
    await issueTickets(h.hub.url, 20, 'before');
    const issuing = issueTickets(h.hub.url, 60, 'during');
    const record = await backups.take('manual');
    await issuing;
    expect(record.ok).toBe(true);
    const db = new Database(record.file!, { readonly: true });
    try {
      const visits = db.prepare('SELECT count(*) FROM visits').pluck().get() as number;
      expect(visits).toBeGreaterThanOrEqual(20);
      expect(visits).toBeLessThanOrEqual(80);
      // A snapshot: every visit in it has its issue event, and every event its visit.
      expect(
        db
          .prepare(
            `SELECT count(*) FROM visits v WHERE NOT EXISTS
               (SELECT 1 FROM visit_events e WHERE e.visit_id = v.id AND e.type = 'visit.issued')`,
          )
          .pluck()
          .get(),
      ).toBe(0);
      expect(
        db
          .prepare(
            'SELECT count(*) FROM visit_events e WHERE NOT EXISTS (SELECT 1 FROM visits v WHERE v.id = e.visit_id)',
          )
          .pluck()
          .get(),
      ).toBe(0);
      expect(record.checks!.rowCounts!.visits).toBe(visits);
    } finally {
      db.close();
    }
  });
});
