/**
 * A backup taken at 10:00 restored into the hub at 11:00 (issue 13): the tickets issued between the
 * two are printed and in people's hands, so the restored hub must not issue their numbers again the
 * same day. With the old database gone it skips ahead by a margin (recorded in the restore result);
 * with the old database still readable it continues exactly after its last number.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_CATALOGUE } from '../../main/demo/catalogue.js';
import { hubBackups } from '../../main/hub/features/backup/module.js';
import { restoreBackup } from '../../main/hub/features/backup/restore.js';
import { FLOOR_PER_HOUR } from '../../main/hub/features/backup/ticket-skip.js';
import { managerModule } from '../../main/hub/features/manager/module.js';
import { startHub, type StartedHub } from '../../main/hub/start.js';
import { api, KIOSK_KEY, startTestHub } from '../support/hub.js';
import { startBackupHub, type BackupHub, type TestClock } from './fixtures.js';
import { HUB_MIGRATIONS } from '../../main/hub/modules.js';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

const service = DEMO_CATALOGUE.services[0]!;
const queue = DEMO_CATALOGUE.queues.find((q) => q.id === service.queueId)!;

async function issue(url: string, count: number, tag: string): Promise<number[]> {
  const numbers: number[] = [];
  for (let i = 0; i < count; i++) {
    const r = await api(url, 'POST', '/visits', `Device ${KIOSK_KEY}`, {
      serviceId: service.id,
      idempotencyKey: `skip-${tag}-${i}`,
    });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    numbers.push((r.body.visit as { number: number }).number);
  }
  return numbers;
}

/** Tickets 1–3, the backup at 10:00, then tickets 4–7 until 11:00; the hub stopped, its folder kept. */
async function morningWithBackup(): Promise<{ h: BackupHub; backupFile: string; printed: number[] }> {
  const h = await startBackupHub();
  cleanups.push(() => h.cleanup());
  const backups = hubBackups(h.hub.services)!;
  await backups.idle();
  const before = await issue(h.hub.url, 3, 'before');
  const record = await backups.take('manual');
  expect(record.ok).toBe(true);
  h.clock.advanceMinutes(60);
  const after = await issue(h.hub.url, 4, 'after');
  expect([...before, ...after]).toEqual([1, 2, 3, 4, 5, 6, 7]);
  await h.hub.stop();
  return { h, backupFile: record.file!, printed: [...before, ...after] };
}

async function hubOn(dataDir: string, clock: TestClock): Promise<StartedHub> {
  const started = await startHub({
    dataDir,
    identityKey: 'test-identity-key-0123456789-abcdef',
    modules: [managerModule],
    clock,
    logger: false,
  });
  cleanups.push(() => started.stop());
  return started;
}

describe('mid-day restore and ticket numbers', () => {
  it('skips past every number that may have been printed since the backup when the old database is gone', async () => {
    const { h, backupFile, printed } = await morningWithBackup();
    const dataDir = mkdtempSync(join(tmpdir(), 'dawr-skip-'));
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    const restored = await restoreBackup({
      knownSchemaVersion: HUB_MIGRATIONS.length,
      backupFile,
      dataDir,
      now: h.clock.at,
    });
    const skipped = restored.ticketSkip.queues.find((q) => q.queueId === queue.id)!;
    expect(restored.ticketSkip).toMatchObject({ day: '2026-03-02', basis: 'margin', minutesCounted: 60 });
    // An hour at the floor rate (the morning's three tickets are far below it), plus the minimum.
    expect(skipped).toEqual({
      queueId: queue.id,
      prefix: queue.prefix,
      from: 3,
      to: 3 + FLOOR_PER_HOUR + 10,
    });
    // Every queue moves, also those the backup had issued nothing for today.
    expect(restored.ticketSkip.queues.every((q) => q.to > q.from)).toBe(true);

    const hub = await hubOn(dataDir, h.clock);
    const next = await issue(hub.url, 2, 'restored');
    expect(next).toEqual([skipped.to + 1, skipped.to + 2]);
    for (const n of next) expect(printed).not.toContain(n);
  });

  it("counts only today's part of the gap when the backup is from an earlier day", async () => {
    const h = await startBackupHub();
    cleanups.push(() => h.cleanup());
    const backups = hubBackups(h.hub.services)!;
    await backups.idle();
    await issue(h.hub.url, 3, 'monday');
    const record = await backups.take('manual');
    await h.hub.stop();
    // Monday 10:00 → Tuesday 07:00 in Dubai: numbers restarted at midnight, seven hours ago.
    h.clock.advanceMinutes(21 * 60);
    const dataDir = mkdtempSync(join(tmpdir(), 'dawr-skip-'));
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    const restored = await restoreBackup({
      knownSchemaVersion: HUB_MIGRATIONS.length,
      backupFile: record.file!,
      dataDir,
      now: h.clock.at,
    });
    expect(restored.ticketSkip).toMatchObject({ day: '2026-03-03', basis: 'margin', minutesCounted: 7 * 60 });
    expect(restored.ticketSkip.queues.find((q) => q.queueId === queue.id)).toMatchObject({
      from: 0,
      to: 7 * FLOOR_PER_HOUR + 10,
    });
  });

  it('does not trust a fresh database started before the restore: it knows nothing of the lost hour', async () => {
    const { h, backupFile, printed } = await morningWithBackup();
    // The disk was replaced and a hub started on it empty, which issued two tickets before the restore.
    const fresh = await startTestHub({ clock: h.clock, modules: [managerModule] });
    cleanups.push(() => fresh.cleanup());
    expect(await issue(fresh.url, 2, 'fresh')).toEqual([1, 2]);
    await fresh.stop();
    const restored = await restoreBackup({
      knownSchemaVersion: HUB_MIGRATIONS.length,
      backupFile,
      dataDir: fresh.dir,
      now: h.clock.at,
    });
    expect(restored.ticketSkip.basis).toBe('margin');
    const skipped = restored.ticketSkip.queues.find((q) => q.queueId === queue.id)!;
    expect(skipped).toMatchObject({ from: 3, to: 3 + FLOOR_PER_HOUR + 10 });
    const hub = await hubOn(fresh.dir, h.clock);
    const [next] = await issue(hub.url, 1, 'restored');
    expect(next).toBe(skipped.to + 1);
    expect(printed).not.toContain(next);
  });

  it('continues exactly after the last number when the database being replaced still opens', async () => {
    const { h, backupFile } = await morningWithBackup();
    const restored = await restoreBackup({
      knownSchemaVersion: HUB_MIGRATIONS.length,
      backupFile,
      dataDir: h.hub.dir,
      now: h.clock.at,
    });
    expect(restored.ticketSkip.basis).toBe('replaced-database');
    expect(restored.ticketSkip.queues.find((q) => q.queueId === queue.id)).toMatchObject({ from: 3, to: 7 });
    expect(restored.keptAside.length).toBeGreaterThan(0);
    const hub = await hubOn(h.hub.dir, h.clock);
    expect(await issue(hub.url, 1, 'restored')).toEqual([8]);
  });
});
