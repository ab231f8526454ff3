/**
 * A small filesystem to fill for real: a size-limited tmpfs mounted on a fresh folder. Mounting
 * needs root (CI runs as root on this machine); where it is not permitted the caller skips with
 * the reason printed. The hub runs in-process on it and is driven until SQLite says the disk is full.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, rmSync, statfsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHub, type StartedHub } from '../../main/hub/start.js';
import { seedIfEmpty } from '../../main/hub/core/seed.js';
import { DEMO_CATALOGUE, DEMO_STAFF } from '../../main/demo/catalogue.js';
import { openAllDay } from '../support/hub.js';
import type { Principal } from '../../main/hub/core/hub.js';
import { HUB_MODULES, type HubModule } from '../../main/hub/modules.js';
import { storageModule } from '../../main/hub/features/storage/module.js';

export interface SmallDisk {
  dir: string;
  /** Takes all but `leaveBytes` of the free space (added to a file that can be removed again). */
  fill(leaveBytes: number): void;
  free(): void;
  unmount(): void;
}

export function mountSmallDisk(megabytes: number): SmallDisk | { skip: string } {
  const dir = mkdtempSync(join(tmpdir(), 'dawr-small-disk-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${megabytes}m`, 'tmpfs', dir], { stdio: 'pipe' });
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    const reason = `cannot mount a ${megabytes} MB tmpfs (needs root): ${e instanceof Error ? e.message : String(e)}`;
    console.warn(`skipped: ${reason}`);
    return { skip: reason };
  }
  const filler = join(dir, 'filler');
  return {
    dir,
    fill(leaveBytes) {
      const s = statfsSync(dir);
      appendFileSync(filler, Buffer.alloc(Math.max(0, s.bavail * s.bsize - leaveBytes)));
    },
    free: () => rmSync(filler, { force: true }),
    unmount() {
      // Lazily: a hub that failed to start may still hold a file open here until it is collected.
      execFileSync('umount', ['-l', dir]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const KIOSK: Principal = { actor: { kind: 'device', deviceId: 'kiosk-disk' }, roles: ['kiosk'] };

/** The hub's modules, with writing retried after a failure once 1 MB is free (the disk is only 8 MB). */
export const SMALL_DISK_MODULES: HubModule[] = [
  ...HUB_MODULES.filter((m) => m.name !== 'storage'),
  storageModule({ reserveBytes: 1024 * 1024 }),
];

export function startHubOn(dir: string, modules = SMALL_DISK_MODULES): Promise<StartedHub> {
  return startHub({
    dataDir: dir,
    identityKey: 'test-identity-key-0123456789-abcdef',
    modules,
    prepare: (db) =>
      seedIfEmpty(
        db,
        // Walk-in tickets at any hour the suite runs (see openAllDay).
        { catalogue: openAllDay(DEMO_CATALOGUE), staff: DEMO_STAFF, devices: [] },
        Date.now(),
      ),
  });
}

/** Issues tickets, 50 at a time, until the hub refuses one for storage; returns that refusal. */
export async function issueUntilFull(
  hub: StartedHub,
  prefix: string,
): Promise<{ code: string; message: string }> {
  for (let round = 0; round < 400; round++) {
    const outcomes = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        hub.hub.execute(
          'issueTicket',
          { serviceId: 'eid-renew', idempotencyKey: `${prefix}-${round}-${i}` },
          KIOSK,
        ),
      ),
    );
    const refused = outcomes.find((o) => !o.ok);
    if (refused && !refused.ok) {
      if (refused.error.code !== 'storage_unavailable') throw new Error(JSON.stringify(refused.error));
      return refused.error;
    }
  }
  throw new Error('the disk never filled');
}
