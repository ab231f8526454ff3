/**
 * The hub's scheduled backups on an injected clock: frequent ones while the centre is open, the
 * nightly one once a day, retention, the record and the dashboard's view, and the alert when
 * backups stop (raised during opening hours after twice the interval, cleared by a good one).
 */
import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { hubBackups } from '../../main/hub/features/backup/module.js';
import { backupsStopped, dueBackup } from '../../main/hub/features/backup/schedule.js';
import { alertCentre } from '../../main/hub/features/manager/alerts.js';
import { DEMO_CATALOGUE } from '../../main/demo/catalogue.js';
import { api, login } from '../support/hub.js';
import { issueTickets, MONDAY_10_DUBAI, startBackupHub, type BackupHub } from './fixtures.js';
import { HUB_MIGRATIONS } from '../../main/hub/modules.js';

const centre = DEMO_CATALOGUE.centre;
const times = { everyMinutes: 15, nightlyAt: '02:00' };
const HOUR = 3_600_000;

let running: BackupHub | undefined;
afterEach(async () => {
  await running?.cleanup();
  running = undefined;
});

describe('backup schedule (pure)', () => {
  it('takes frequent backups only while the centre is open, and one nightly a day', () => {
    const today = '2026-03-02';
    expect(dueBackup(MONDAY_10_DUBAI, centre, times, { frequentAt: null, nightlyDay: today })).toBe(
      'frequent',
    );
    expect(
      dueBackup(MONDAY_10_DUBAI, centre, times, {
        frequentAt: MONDAY_10_DUBAI - 14 * 60_000,
        nightlyDay: today,
      }),
    ).toBeNull();
    expect(
      dueBackup(MONDAY_10_DUBAI, centre, times, {
        frequentAt: MONDAY_10_DUBAI - 15 * 60_000,
        nightlyDay: today,
      }),
    ).toBe('frequent');
    // 22:00 Dubai: closed, nightly already taken today.
    expect(
      dueBackup(MONDAY_10_DUBAI + 12 * HOUR, centre, times, { frequentAt: null, nightlyDay: today }),
    ).toBeNull();
    // 02:30 Dubai the next day: the nightly one is due, once.
    const night = MONDAY_10_DUBAI + 16.5 * HOUR;
    expect(dueBackup(night, centre, times, { frequentAt: null, nightlyDay: today })).toBe('nightly');
    expect(dueBackup(night, centre, times, { frequentAt: null, nightlyDay: '2026-03-03' })).toBeNull();
    // Saturday (closed all day): no frequent backups.
    const saturday = MONDAY_10_DUBAI + 5 * 24 * HOUR;
    expect(dueBackup(saturday, centre, times, { frequentAt: null, nightlyDay: '2026-03-07' })).toBeNull();
  });

  it('counts backups as stopped only in opening hours, after twice the interval', () => {
    expect(backupsStopped(MONDAY_10_DUBAI, centre, 15, MONDAY_10_DUBAI - 30 * 60_000, 0)).toBe(false);
    expect(backupsStopped(MONDAY_10_DUBAI, centre, 15, MONDAY_10_DUBAI - 31 * 60_000, 0)).toBe(true);
    expect(backupsStopped(MONDAY_10_DUBAI + 12 * HOUR, centre, 15, MONDAY_10_DUBAI, 0)).toBe(false);
    expect(backupsStopped(MONDAY_10_DUBAI, centre, 15, null, MONDAY_10_DUBAI - 10 * 60_000)).toBe(false);
  });
});

describe('scheduled hub backups', () => {
  it('takes, checks and records backups, keeps the configured number, and shows the last good one', async () => {
    running = await startBackupHub({ keepFrequent: 2 });
    const { hub, clock, backupDir } = running;
    const backups = hubBackups(hub.services)!;
    await backups.idle(); // the nightly one, due at start (10:00 is past 02:00 and none was taken today)
    await issueTickets(hub.url, 5, 'a');
    const first = await backups.tick();
    expect(first).toMatchObject({ kind: 'frequent', ok: true, error: null });
    expect(first!.checks).toMatchObject({ integrity: 'ok', schemaVersion: HUB_MIGRATIONS.length });
    expect(first!.checks!.rowCounts!.visits).toBe(5);
    // The file is a sound SQLite database holding the tickets.
    const copy = new Database(first!.file!, { readonly: true });
    expect(copy.prepare('SELECT count(*) FROM visits').pluck().get()).toBe(5);
    copy.close();

    clock.advanceMinutes(10);
    expect(await backups.tick()).toBeUndefined();
    for (let i = 0; i < 3; i++) {
      clock.advanceMinutes(15);
      expect((await backups.tick())?.ok).toBe(true);
    }
    // Four frequent backups taken, two kept; the nightly one is kept apart.
    const files = readdirSync(backupDir).sort();
    expect(files.filter((f) => f.includes('-frequent-'))).toHaveLength(2);
    expect(files.filter((f) => f.includes('-nightly-'))).toHaveLength(1);
    expect(files.some((f) => f.endsWith('.partial'))).toBe(false);
    expect(existsSync(first!.file!)).toBe(false);

    const manager = await login(hub.url, 'manager', '246810');
    const status = await api(hub.url, 'POST', '/manager/backups', `Bearer ${manager}`, {});
    expect(status.status).toBe(200);
    expect(status.body).toMatchObject({
      enabled: true,
      stopped: false,
      lastGood: { kind: 'frequent', ok: true },
    });
    const metrics = await (await fetch(`${hub.url}/metrics`)).text();
    expect(metrics).toMatch(/dawr_backup_last_success_timestamp_seconds [1-9]/);
  });

  it('raises an alert when backups stop during opening hours and clears it with the next good one', async () => {
    running = await startBackupHub();
    const { hub, clock, backupDir } = running;
    const backups = hubBackups(hub.services)!;
    await backups.idle();
    expect((await backups.tick())?.ok).toBe(true);
    // The backup disk goes away: its folder is now a file, so every attempt fails.
    rmSync(backupDir, { recursive: true });
    writeFileSync(backupDir, 'not a folder');
    const open = () =>
      alertCentre(hub.services)
        .list()
        .filter((a) => a.kind === 'backup_stopped' && a.clearedAt === null);
    clock.advanceMinutes(15);
    const failed = await backups.tick();
    expect(failed).toMatchObject({ ok: false, file: null });
    expect(failed!.error).toBeTruthy();
    expect(open()).toHaveLength(0); // one failure is not yet "stopped"
    clock.advanceMinutes(16);
    await backups.tick();
    expect(open()).toHaveLength(1);
    expect(open()[0]!.detail.lastError).toBeTruthy();
    // Outside opening hours the condition is not evaluated as "stopped"; back in hours, a good backup clears it.
    rmSync(backupDir);
    clock.advanceMinutes(15);
    expect((await backups.tick())?.ok).toBe(true);
    expect(open()).toHaveLength(0);
    expect(
      alertCentre(hub.services)
        .list()
        .find((a) => a.kind === 'backup_stopped')!.clearedAt,
    ).not.toBeNull();
  });
});
