/**
 * "Back up now" (`manager.backupNow`, socket and POST /api/v1/manager/backupNow): managers start a
 * manual backup that runs in the background and shows in `manager.backups`; a second press while it
 * runs joins it; other callers are refused with 401/403 and a hub without backups with 409
 * `backups_off`, each changing nothing.
 */
import { readdirSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { BackupConfig } from '../../main/hub/features/backup/config.js';
import { backupModule, backupNow, hubBackups } from '../../main/hub/features/backup/module.js';
import { managerModule } from '../../main/hub/features/manager/module.js';
import { api, KIOSK_KEY, login, startTestHub, type TestHub } from '../support/hub.js';
import { issueTickets, startBackupHub, type BackupHub } from './fixtures.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function backupHub(): Promise<BackupHub> {
  const h = await startBackupHub();
  cleanups.push(() => h.cleanup());
  // The first scheduled backup runs as the hub starts; let it finish so the counts below are the button's.
  await hubBackups(h.hub.services)!.idle();
  return h;
}

const attempts = async (url: string, manager: string) =>
  (await api(url, 'POST', '/manager/backups', `Bearer ${manager}`, {})).body as {
    lastAttempt: { id: number; kind: string; ok: boolean; startedAt: number } | null;
  };

const offConfig: BackupConfig = {
  dir: undefined,
  everyMinutes: 15,
  nightlyAt: '02:00',
  keepFrequent: 96,
  keepNightly: 30,
  encrypt: false,
};

describe('manager.backupNow', () => {
  it('starts a manual backup for a manager, shown in manager.backups when done', async () => {
    const h = await backupHub();
    await issueTickets(h.hub.url, 2, 'now');
    const manager = await login(h.hub.url, 'manager', '246810');
    const filesBefore = readdirSync(h.backupDir).length;
    const first = await api(h.hub.url, 'POST', '/manager/backupNow', `Bearer ${manager}`, {});
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ started: true, startedAt: h.clock.at });
    await hubBackups(h.hub.services)!.idle();
    const status = await attempts(h.hub.url, manager);
    expect(status.lastAttempt).toMatchObject({ kind: 'manual', ok: true, startedAt: h.clock.at });
    expect(readdirSync(h.backupDir).filter((f) => f.includes('-manual-'))).toHaveLength(1);
    expect(readdirSync(h.backupDir).length).toBe(filesBefore + 1);
  });

  it('joins the backup already running instead of starting a second', async () => {
    const h = await backupHub();
    // Both presses in one turn of the event loop: the first backup cannot have finished in between.
    const first = backupNow(h.hub.services);
    h.clock.advanceMinutes(1);
    const second = backupNow(h.hub.services);
    expect(first).toEqual({ started: true, startedAt: second.startedAt });
    expect(second.started).toBe(false);
    await hubBackups(h.hub.services)!.idle();
    expect(readdirSync(h.backupDir).filter((f) => f.includes('-manual-'))).toHaveLength(1);
  });

  it('refuses agents, devices, anonymous callers and a body with anything in it, starting nothing', async () => {
    const h = await backupHub();
    const manager = await login(h.hub.url, 'manager', '246810');
    const before = (await attempts(h.hub.url, manager)).lastAttempt;
    const agent = await login(h.hub.url, 'agent1', '111111');
    const asAgent = await api(h.hub.url, 'POST', '/manager/backupNow', `Bearer ${agent}`, {});
    expect(asAgent.status).toBe(403);
    expect(asAgent.body).toMatchObject({ code: 'forbidden' });
    const asKiosk = await api(h.hub.url, 'POST', '/manager/backupNow', `Device ${KIOSK_KEY}`, {});
    expect(asKiosk).toMatchObject({ status: 403, body: { code: 'forbidden' } });
    const withJunk = await api(h.hub.url, 'POST', '/manager/backupNow', `Bearer ${manager}`, {
      kind: 'nightly',
    });
    expect(withJunk.status).toBe(400);
    expect(withJunk.body).toMatchObject({ code: 'validation' });
    const anonymous = await api(h.hub.url, 'POST', '/manager/backupNow', undefined, {});
    expect(anonymous.status).toBe(401);
    expect(anonymous.body).toMatchObject({ code: 'unauthenticated' });
    expect(hubBackups(h.hub.services)!.runningSince()).toBeUndefined();
    expect((await attempts(h.hub.url, manager)).lastAttempt).toEqual(before);
  });

  it('answers 409 backups_off on a hub that takes no backups', async () => {
    const hub: TestHub = await startTestHub({
      modules: [managerModule, backupModule({ config: offConfig })],
    });
    cleanups.push(() => hub.cleanup());
    const manager = await login(hub.url, 'manager', '246810');
    const r = await api(hub.url, 'POST', '/manager/backupNow', `Bearer ${manager}`, {});
    expect(r.status).toBe(409);
    expect(r.body).toMatchObject({ code: 'backups_off' });
  });
});
