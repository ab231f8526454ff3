/**
 * The kiosk's first render (issue #15): with the hub's answers in, the welcome screen is the first
 * thing drawn (no bare shell painted and replaced on the way), and the socket opens only once it is
 * on the glass; with the hub slow to answer, the shell comes first and the welcome follows.
 * Speed itself is measured in bench/first-paint.ts.
 */
import { expect, test, type Page } from '@playwright/test';
import { NAMESPACES } from '../../shared/contract/namespaces.js';
import { startKioskE2e, type KioskE2e } from '../kiosk/e2e-fixture.js';

let k: KioskE2e;
test.beforeAll(async () => {
  k = await startKioskE2e();
});
test.afterAll(async () => k?.cleanup());

interface FirstPaintFacts {
  /** Whether the first content put into #root already held the welcome screen. */
  firstRenderWasWelcome: boolean | null;
  /** For each socket the page opened: whether the welcome screen was in the page at that moment. */
  socketsOpenedWithWelcome: boolean[];
}

// A string: the page runs it before any of its own scripts (no bundler helpers in it).
const RECORD_FIRST_PAINT = `(() => {
  const facts = { firstRenderWasWelcome: null, socketsOpenedWithWelcome: [] };
  window.__firstPaint = facts;
  const welcome = () => document.querySelector('[data-testid="screen-welcome"]') !== null;
  new MutationObserver(() => {
    const root = document.getElementById('root');
    if (facts.firstRenderWasWelcome === null && root && root.childElementCount > 0)
      facts.firstRenderWasWelcome = welcome();
  }).observe(document, { childList: true, subtree: true });
  const Native = window.WebSocket;
  window.WebSocket = class extends Native {
    constructor(...args) {
      facts.socketsOpenedWithWelcome.push(welcome());
      super(...args);
    }
  };
})()`;

const facts = (page: Page) =>
  page.evaluate(() => (window as unknown as { __firstPaint: FirstPaintFacts }).__firstPaint);

test('the welcome screen is the first render, and the socket opens after it', async ({ page }) => {
  await page.addInitScript(RECORD_FIRST_PAINT);
  await page.goto(k.kioskUrl);
  await expect(page.getByTestId('screen-welcome')).toBeVisible();
  expect((await facts(page)).firstRenderWasWelcome).toBe(true);
  // The socket does open (live waits and settings need it), and only with the welcome drawn.
  await expect.poll(async () => (await facts(page)).socketsOpenedWithWelcome).toEqual([true]);
  await expect.poll(() => k.hub.server.io.of(NAMESPACES.kiosk).sockets.size).toBeGreaterThan(0);
});

test('with the hub slow to answer, the shell comes first, then the welcome screen', async ({ page }) => {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  // The catalogue is held until the test has seen the shell: no timing is raced.
  await page.route('**/api/v1/catalogue', async (route) => {
    await held;
    await route.continue();
  });
  await page.addInitScript(RECORD_FIRST_PAINT);
  await page.goto(k.kioskUrl);
  await expect(page.locator('main.boot h1')).toHaveText('دور');
  expect((await facts(page)).firstRenderWasWelcome).toBe(false);
  release();
  await expect(page.getByTestId('screen-welcome')).toBeVisible();
  await expect.poll(async () => (await facts(page)).socketsOpenedWithWelcome).toEqual([true]);
});
