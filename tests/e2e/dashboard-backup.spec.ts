/**
 * "Back up now" on the live view's backup line (issue 13): a manager presses it, the hub takes a
 * manual backup in the background, and the line says so when the attempt is recorded, in Arabic and
 * English. The file is in the backup folder.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { backupModule, hubBackups } from '../../main/hub/features/backup/module.js';
import { HUB_MODULES } from '../../main/hub/modules.js';
import type { TestHub } from '../support/hub.js';
import { expectNoAxeViolations } from './counter-support.js';
import { signInToDashboard } from './dashboard-support.js';
import { startE2eHub } from './support/hub.js';

let hub: TestHub;
let backupDir: string;
test.beforeEach(async () => {
  backupDir = mkdtempSync(join(tmpdir(), 'dawr-e2e-backups-'));
  const backups = backupModule({
    // The schedule's own timer never fires during the test; only the button and start-up back up.
    checkEveryMs: 24 * 3_600_000,
    config: {
      dir: backupDir,
      everyMinutes: 15,
      nightlyAt: '02:00',
      keepFrequent: 96,
      keepNightly: 30,
      encrypt: false,
    },
  });
  hub = await startE2eHub({
    modules: HUB_MODULES.map((m) => (m.name === 'backup' ? backups : m)),
  });
});
test.afterEach(async () => {
  await hub?.cleanup();
  rmSync(backupDir, { recursive: true, force: true });
});

const manualBackups = () => readdirSync(backupDir).filter((f) => f.includes('-manual-'));

for (const lang of ['en', 'ar'] as const) {
  test(`a manager backs up now from the live view (${lang})`, async ({ page }) => {
    // The first test of the file also builds the apps, and axe on the whole live view is slow on a shared machine.
    test.slow();
    await signInToDashboard(page, hub.url, lang);
    const button = page.getByTestId('backup-now');
    await expect(button).toHaveText(lang === 'en' ? 'Back up now' : 'انسخ احتياطيًا الآن');
    expect(manualBackups()).toHaveLength(0);
    // The start-up backup must be over, or the press would join it (by design) and write no manual file.
    await hubBackups(hub.services)!.idle();
    await button.click();
    await expect(page.getByTestId('backup-notice')).toHaveText(
      lang === 'en' ? 'A good backup was taken' : 'تم أخذ نسخة احتياطية سليمة',
    );
    await expect(button).toBeEnabled();
    expect(manualBackups()).toHaveLength(1);
    await expect(page.getByTestId('backup-status')).toContainText(
      lang === 'en' ? 'Last good backup' : 'آخر نسخة',
    );
    await page.getByTestId('backup-status').scrollIntoViewIfNeeded();
    await expectNoAxeViolations(page);
  });
}
