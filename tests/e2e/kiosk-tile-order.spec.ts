/**
 * The start screen's tiles are the centre's most used services (issue #15). A visitor returning to
 * the start screen must find them where the previous visitor saw them: the screen is drawn at once
 * in the order last known, not in the catalogue's order and then rearranged when the hub's counts
 * come back (tiles moving under a finger).
 */
import { expect, test } from '@playwright/test';
import { startKioskE2e, type KioskE2e } from '../kiosk/e2e-fixture.js';
import { api, KIOSK_KEY } from '../support/hub.js';

let k: KioskE2e;
test.beforeAll(async () => {
  k = await startKioskE2e();
  // Tenancy attestation, late in the catalogue, becomes the most used service before the kiosk asks.
  for (let i = 0; i < 3; i++)
    await api(k.hub.url, 'POST', '/visits', `Device ${KIOSK_KEY}`, {
      serviceId: 'tenancy-attest',
      idempotencyKey: `tile-order-${i}`,
    });
});
test.afterAll(async () => k?.cleanup());

// A string: runs in the page. Notes the first tile at the moment the start screen is put into the
// page (a MutationObserver callback runs before the browser paints that change).
const NOTE_FIRST_TILE_ON_RETURN = `(() => {
  window.__firstTileOnReturn = null;
  const seen = new MutationObserver(() => {
    const first = document.querySelector('[data-testid="top-services"] button');
    if (!first) return;
    window.__firstTileOnReturn = first.textContent;
    seen.disconnect();
  });
  seen.observe(document.body, { childList: true, subtree: true });
})()`;

test('returning to the start screen draws the most used services first at once', async ({ page }) => {
  await page.setViewportSize({ width: 1080, height: 1920 });
  await page.goto(k.kioskUrl);
  const firstTile = page.getByTestId('top-services').getByRole('button').first();
  // The first start screen of the kiosk's life learns the counts from the hub.
  await expect(firstTile).toContainText('توثيق عقد الإيجار');
  await page.getByRole('button', { name: 'كل الخدمات' }).click();
  await expect(page.getByTestId('top-services')).toHaveCount(0);
  await page.evaluate(NOTE_FIRST_TILE_ON_RETURN);
  await page.getByRole('button', { name: 'البداية' }).click();
  await expect(firstTile).toContainText('توثيق عقد الإيجار');
  expect(
    await page.evaluate(
      () => (window as unknown as { __firstTileOnReturn: string | null }).__firstTileOnReturn,
    ),
  ).toContain('توثيق عقد الإيجار');
});
