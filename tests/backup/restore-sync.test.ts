/**
 * The whole story with real processes on loopback (SQLite central): tickets, a backup taken while
 * tickets are being served, more tickets, the hub killed and its database deleted, the restore
 * command, and the hub up again with everything up to the backup. Central then holds every event
 * the hub ever sent exactly once (what it already had is recognised, not stored twice), and new
 * tickets after the restore reach it too.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { HUB_BACKUP_TABLES, HUB_IDENTITY_SQL } from '../../main/hub/features/backup/hub-backups.js';
import { takeBackup } from '../../main/sqlite/backup/take-backup.js';
import { api } from '../support/hub.js';
import {
  centralEvents,
  credential,
  emiratesId,
  health,
  hubEvents,
  serveVisits,
  startCentralProcess,
  startHubProcess,
  trafficCredentials,
  waitUntil,
  type Proc,
} from '../sync/processes.js';

const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
});

const identity = (i: number) => ({ kind: 'emiratesId' as const, value: emiratesId(5000 + i) });

function eventIdsIn(dbFile: string): string[] {
  const db = new Database(dbFile, { readonly: true });
  try {
    return db.prepare('SELECT id FROM visit_events ORDER BY seq').pluck().all() as string[];
  } finally {
    db.close();
  }
}

describe('backup, loss and restore with a central profile', () => {
  it('brings the hub back to the backup and leaves central with every event exactly once', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'dawr-restore-hub-'));
    const backupDir = mkdtempSync(join(tmpdir(), 'dawr-restore-backups-'));
    const centralDir = mkdtempSync(join(tmpdir(), 'dawr-restore-central-'));
    const db = { url: `sqlite:${join(centralDir, 'central.db')}` };
    const hubCred = credential('hub-centre-a', 'hub', 'urn:dawr:hub:centre-a');
    const central: Proc = await startCentralProcess(db, [hubCred]);
    const hubEnv = { centralUrl: central.url, token: hubCred.token, centreId: 'centre-a' };
    let hub: Proc = await startHubProcess(dataDir, hubEnv);
    cleanups.push(
      () => central.kill(),
      () => hub.kill(),
      () => rmSync(dataDir, { recursive: true, force: true }),
      () => rmSync(backupDir, { recursive: true, force: true }),
      () => rmSync(centralDir, { recursive: true, force: true }),
    );
    let creds = await trafficCredentials(hub, dataDir);
    const drained = () =>
      waitUntil('central to have every event', async () => {
        const h = await health(hub, creds.managerToken);
        return h.backlog === 0 ? h : undefined;
      });

    await serveVisits(hub, creds, 8, 'a', identity);
    // The backup is taken while more tickets are being served.
    const serving = serveVisits(hub, creds, 8, 'b', identity);
    const backup = await takeBackup({
      source: join(dataDir, 'hub.sqlite'),
      dir: backupDir,
      name: 'hub-centre-a-test',
      tables: HUB_BACKUP_TABLES,
      identitySql: HUB_IDENTITY_SQL,
    });
    await serving;
    await serveVisits(hub, creds, 6, 'c', identity);
    await drained();
    const inBackup = eventIdsIn(backup.file);
    const sentBeforeLoss = hubEvents(dataDir).map((e) => e.id);
    expect(inBackup.length).toBeGreaterThan(0);
    expect(sentBeforeLoss.length).toBeGreaterThan(inBackup.length);

    // The hub dies and its database is lost.
    await hub.kill();
    for (const suffix of ['', '-wal', '-shm']) rmSync(join(dataDir, `hub.sqlite${suffix}`), { force: true });

    const restore = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'main/restore-cli.ts', backup.file, '--data-dir', dataDir],
      { encoding: 'utf8' },
    );
    expect(restore.stderr).toMatch(/restored centre/);
    expect(restore.status).toBe(0);

    hub = await startHubProcess(dataDir, hubEnv);
    creds = await trafficCredentials(hub, dataDir);
    // Everything up to the backup is back, and nothing after it.
    const afterRestore = new Set(eventIdsIn(join(dataDir, 'hub.sqlite')));
    for (const id of inBackup) expect(afterRestore.has(id)).toBe(true);
    const lost = sentBeforeLoss.filter((id) => !inBackup.includes(id));
    expect(lost.length).toBeGreaterThan(0);
    for (const id of lost) expect(afterRestore.has(id)).toBe(false);

    // New tickets after the restore.
    for (let i = 0; i < 3; i++) {
      const r = await api(hub.url, 'POST', '/visits', `Device ${creds.kioskKey}`, {
        serviceId: 'licence-renew',
        idempotencyKey: `after-restore-${i}`,
        identity: identity(100 + i),
      });
      expect(r.status).toBe(200);
    }
    const final = await drained();
    const everSent = new Set([...sentBeforeLoss, ...hubEvents(dataDir).map((e) => e.id)]);
    const stored = (await centralEvents(db)).filter((e) => e.source === 'urn:dawr:hub:centre-a');
    const storedIds = stored.map((e) => e.id);
    expect(new Set(storedIds).size).toBe(storedIds.length);
    expect(new Set(storedIds)).toEqual(everSent);
    console.log(
      `restore + sync: ${inBackup.length} events in the backup, ${lost.length} only at central, ` +
        `${final.totals.duplicate} resent after the restore and recognised as duplicates`,
    );
    // Three process starts (central, the hub twice) and a restore: like exactly-once, not a 30 s unit test.
  }, 120_000);
});
