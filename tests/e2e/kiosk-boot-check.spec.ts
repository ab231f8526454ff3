/**
 * The kiosk's boot data is checked off the main thread (issue #15, renderer/kiosk/boot-check.ts): the
 * first screen may be drawn from the hub's answers while the validation worker checks them, but it
 * stays only if they pass. A catalogue that fails its check, or one that breaks the screen, ends in
 * the error screen (and the kiosk retries until the hub's data is valid), never in a half-valid kiosk;
 * without the worker the same checks run on the page. The checks load after the first paint: a hub
 * gone before they came leaves the screen drawn, and they run once the hub is back.
 */
import { expect, test, type Page, type Route } from '@playwright/test';
import { startKioskE2e, type KioskE2e } from '../kiosk/e2e-fixture.js';

let k: KioskE2e;
test.beforeAll(async () => {
  k = await startKioskE2e();
});
test.afterAll(async () => k?.cleanup());

const CATALOGUE = '**/api/v1/catalogue';
const WORKER = '**/kiosk/boot-check.worker.js';

/** Serves the hub's real catalogue, changed by `spoil`. */
const spoilCatalogue =
  (spoil: (c: { services: unknown[] }) => void) =>
  async (route: Route): Promise<void> => {
    const response = await route.fetch();
    const body = (await response.json()) as { services: unknown[] };
    spoil(body);
    await route.fulfill({ response, json: body });
  };

/** Renders fine (a number on a tile's hidden side) but breaks the contract: minutes must be positive. */
const negativeMinutes = spoilCatalogue((c) => {
  (c.services[0] as { expectedMinutes: number }).expectedMinutes = -5;
});

/**
 * Holds the app (its boot chunk) until the hub's answers are in, so the first render is drawn from
 * the unchecked answers, as on a kiosk whose hub answers quickly (the case the check must not spoil).
 */
async function answersBeforeTheApp(page: Page, catalogue: (route: Route) => Promise<void>): Promise<void> {
  let catalogueServed!: () => void;
  let settingsServed!: () => void;
  const served = Promise.all([
    new Promise<void>((resolve) => (catalogueServed = resolve)),
    new Promise<void>((resolve) => (settingsServed = resolve)),
  ]);
  await page.route('**/kiosk/chunks/boot-*.js', async (route) => {
    await served;
    await route.continue();
  });
  await page.route(CATALOGUE, async (route) => {
    await catalogue(route);
    catalogueServed();
  });
  await page.route('**/api/v1/kiosk/settings', async (route) => {
    await route.continue();
    settingsServed();
  });
}

/** Notes whether the welcome screen was ever in the page. */
const NOTE_WELCOME = `new MutationObserver(() => {
  if (document.querySelector('[data-testid="screen-welcome"]')) window.__welcomeSeen = true;
}).observe(document, { childList: true, subtree: true });`;
const welcomeSeen = (page: Page) =>
  page.evaluate(() => (window as { __welcomeSeen?: boolean }).__welcomeSeen === true);

const welcome = (page: Page) => page.getByTestId('screen-welcome');
const errorScreen = (page: Page) => page.locator('main.boot [role="status"].connection-banner');

async function expectErrorScreenOnly(page: Page): Promise<void> {
  await expect(errorScreen(page)).toContainText('The ticket machine is reconnecting');
  await expect(welcome(page)).toHaveCount(0);
}

test('a catalogue that fails its check ends in the error screen; a valid one then starts the kiosk', async ({
  page,
}) => {
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(new URL(w.url()).pathname));
  await page.addInitScript(NOTE_WELCOME);
  await answersBeforeTheApp(page, negativeMinutes);
  await page.goto(k.kioskUrl);
  await expectErrorScreenOnly(page);
  // Drawn from the answers as they came, then dropped when the worker's check failed.
  expect(await welcomeSeen(page)).toBe(true);
  expect(workers).toContain('/kiosk/boot-check.worker.js');

  await page.unroute(CATALOGUE);
  // The next try (every 2 s) gets the hub's own catalogue, which passes.
  await expect(welcome(page)).toBeVisible();
  await expect(errorScreen(page)).toHaveCount(0);
});

test('a catalogue that breaks the screen ends in the error screen, not a blank page', async ({ page }) => {
  await answersBeforeTheApp(
    page,
    spoilCatalogue((c) => {
      c.services[0] = null;
    }),
  );
  await page.goto(k.kioskUrl);
  await expectErrorScreenOnly(page);
});

test('without its worker the checks run on the page: invalid still ends in the error screen', async ({
  page,
}) => {
  await page.route(WORKER, (route) => route.abort());
  const workerFailed = page.waitForEvent('requestfailed', (r) => r.url().endsWith('/boot-check.worker.js'));
  await page.route(CATALOGUE, negativeMinutes);
  await page.goto(k.kioskUrl);
  await workerFailed;
  await expectErrorScreenOnly(page);

  await page.unroute(CATALOGUE);
  await expect(welcome(page)).toBeVisible();
  await expect(errorScreen(page)).toHaveCount(0);
});

test('checks that cannot load (the hub gone just after the paint): the screen stays, and is checked once they come', async ({
  page,
}) => {
  await answersBeforeTheApp(page, negativeMinutes);
  // Registered last, so it is asked first: the worker's script and the page's own copy of the
  // checks are refused, as by a hub that stopped right after its answers.
  let pageCopyAsked = 0;
  const CHECKS = /\/kiosk\/(boot-check\.worker\.js|chunks\/boot-validate-\w+\.js)$/;
  await page.route(CHECKS, (route) => {
    if (route.request().url().includes('/boot-validate-')) pageCopyAsked++;
    return route.abort('connectionrefused');
  });
  await page.goto(k.kioskUrl);
  await expect(welcome(page)).toBeVisible();
  // Refused, then asked again after the retry's wait: the screen stayed meanwhile.
  await expect.poll(() => pageCopyAsked, { timeout: 15_000 }).toBeGreaterThanOrEqual(2);
  await expect(welcome(page)).toBeVisible();
  await expect(errorScreen(page)).toHaveCount(0);

  // The checks come, and the same answers are checked: this catalogue fails them.
  await page.unroute(CHECKS);
  await expectErrorScreenOnly(page);
});
