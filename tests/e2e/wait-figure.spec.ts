/**
 * One wait figure for a queue on every screen (issue #15: for the same queue at the same moment the
 * kiosk showed p10–p90 "13–89", the board p50 "51", the counter p50 and the dashboard p50–p90). With
 * people waiting in the residency line and its counter busy, the kiosk (tile and service screen), the
 * board, the counter's queue overview and the dashboard all show shared/domain/wait-shown.ts's figure
 * of the hub's estimate for a ticket taken now. The hub's clock stands still, so every app's snapshot
 * is of the same instant and the estimate cannot move between two screens.
 */
import { expect, test, type Page } from '@playwright/test';
import { DISPLAY_KEY, KIOSK_KEY } from '../support/hub.js';
import { startKioskE2e, type KioskE2e } from '../kiosk/e2e-fixture.js';
import { issue, openCounter } from './counter-support.js';
import { signInToDashboard } from './dashboard-support.js';
import { catalogueTranslate } from '../support/translate.js';
import { estimateQueue } from '../../shared/domain/estimate.js';
import { waitShown, type WaitShown } from '../../shared/domain/wait-shown.js';
import { waitText } from '../../shared/i18n/wait-text.js';
import { kiosk as kioskStrings } from '../../shared/i18n/apps/kiosk.js';

/** Monday 7 December 2026, 10:00 in Dubai, held still: the demo centre is open. */
const NOW = Date.parse('2026-12-07T10:00:00+04:00');

let k: KioskE2e;
let counterPage: Page;
test.beforeAll(async ({ browser }) => {
  k = await startKioskE2e({ clock: { now: () => NOW } });
  // Counter 3 (residency) opened from its own screen, as the agent does, and calls the first of four.
  counterPage = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
  await openCounter(counterPage, k.hub.url, 'agent3', '333333', 'c3');
  for (let i = 0; i < 4; i++) await issue(k.hub.url, 'residency-renew');
  await counterPage.locator('button.call-next').click();
  await expect(counterPage.getByTestId('queue-q-residency').getByTestId('waiting')).toHaveText('3');
});
test.afterAll(async () => {
  await counterPage?.close();
  await k?.cleanup();
});

/** The figure every screen must show for the residency queue now. */
function expected(): WaitShown & { kind: 'range' } {
  const shown = waitShown(estimateQueue(k.hub.hub.state, 'q-residency', NOW));
  // The test is only worth its name with minutes to compare: three waiting behind a busy counter.
  if (shown.kind !== 'range') throw new Error(`expected a range of minutes, got ${shown.kind}`);
  return shown;
}

test('the kiosk, the board, the counter and the dashboard show the same wait for the residency queue', async ({
  browser,
}) => {
  const shown = expected();
  expect(shown.high).toBeGreaterThan(shown.low);
  const ar = await catalogueTranslate('ar');
  const inWords = waitText(ar, shown);
  expect(inWords).toMatch(/دقيق|دقائق/);

  const kiosk = await browser.newPage({ viewport: { width: 1080, height: 1920 } });
  const board = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  const dashboard = await browser.newPage();
  try {
    await kiosk.goto(`${k.hub.url}/kiosk/#key=${KIOSK_KEY}`);
    await kiosk.getByRole('button', { name: 'كل الخدمات' }).click();
    // On the tile the figure is said to be a wait ("الانتظار: …"), not how long the service takes.
    await expect(kiosk.locator('button.tile[data-service="residency-renew"] .tile-meta')).toHaveText(
      kioskStrings.ar.tileWait.replace('{{wait}}', inWords),
    );
    await kiosk.locator('button.tile[data-service="residency-renew"]').click();
    await expect(kiosk.getByTestId('service-wait')).toHaveText(inWords);
    // The label is the one every screen gives a queue's figure.
    await expect(
      kiosk.locator('.service-facts dt', { hasText: 'الانتظار لمن يأخذ تذكرة الآن' }),
    ).toBeVisible();

    await board.goto(`${k.hub.url}/display/#key=${DISPLAY_KEY}&lang=ar,en`);
    await expect(board.getByTestId('waiting-q-residency').getByTestId('wait-now')).toHaveText(
      `${shown.low}–${shown.high}`,
    );

    await expect(counterPage.getByTestId('queue-q-residency').getByTestId('wait-now')).toHaveText(inWords);

    await signInToDashboard(dashboard, k.hub.url);
    await expect(dashboard.locator('tr[data-queue="q-residency"]').getByTestId('wait-now')).toHaveText(
      inWords,
    );
  } finally {
    await Promise.all([kiosk.close(), board.close(), dashboard.close()]);
  }
});
