/** Shared set-up for the backup tests: a hub with only the backup and manager modules, on a clock the test moves. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_CATALOGUE } from '../../main/demo/catalogue.js';
import { backupModule } from '../../main/hub/features/backup/module.js';
import type { BackupConfig } from '../../main/hub/features/backup/config.js';
import { managerModule } from '../../main/hub/features/manager/module.js';
import type { Catalogue } from '../../shared/contract/catalogue.js';
import { api, KIOSK_KEY, startTestHub, type TestHub } from '../support/hub.js';

/** Monday 2026-03-02 10:00 in Dubai (06:00 UTC): the demo centre is open. */
export const MONDAY_10_DUBAI = Date.UTC(2026, 2, 2, 6, 0);

export class TestClock {
  constructor(public at: number) {}
  now = () => this.at;
  advanceMinutes(m: number): void {
    this.at += m * 60_000;
  }
}

export interface BackupHub {
  hub: TestHub;
  clock: TestClock;
  backupDir: string;
  cleanup(): Promise<void>;
}

export async function startBackupHub(
  config: Partial<BackupConfig> = {},
  opts: { catalogue?: Catalogue; at?: number } = {},
): Promise<BackupHub> {
  const backupDir = mkdtempSync(join(tmpdir(), 'dawr-backups-'));
  const clock = new TestClock(opts.at ?? MONDAY_10_DUBAI);
  const hub = await startTestHub({
    clock,
    catalogue: opts.catalogue,
    modules: [
      managerModule,
      backupModule({
        // The test drives the schedule itself (hubBackups(hub).tick()): the timer never fires.
        checkEveryMs: 24 * 3_600_000,
        config: {
          dir: backupDir,
          everyMinutes: 15,
          nightlyAt: '02:00',
          keepFrequent: 96,
          keepNightly: 30,
          encrypt: false,
          ...config,
        },
      }),
    ],
  });
  return {
    hub,
    clock,
    backupDir,
    async cleanup() {
      await hub.cleanup();
      rmSync(backupDir, { recursive: true, force: true });
    },
  };
}

export async function issueTickets(url: string, count: number, tag: string): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const r = await api(url, 'POST', '/visits', `Device ${KIOSK_KEY}`, {
      serviceId: DEMO_CATALOGUE.services[0]!.id,
      idempotencyKey: `backup-${tag}-${i}`,
    });
    if (r.status !== 200) throw new Error(`issue failed: ${JSON.stringify(r.body)}`);
    ids.push((r.body.visit as { id: string }).id);
  }
  return ids;
}
