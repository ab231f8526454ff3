/**
 * The phone status page at 390×844 (issue #15): it names the centre the ticket is for; "notify me
 * on this phone" is the main button and the in-page sound the secondary one; and when the hub
 * refuses the live socket (`rate_limited`: too many pages from one address) the page says so in
 * the ticket's language, not a bare "disconnected", and comes back by itself once a place frees.
 * Once called, the call is the page: "go to counter N" with no "notify me" or sound button left
 * (they were for the wait), "cancel my ticket" only secondary, under it.
 * This hub allows one public socket per address, so each test's pages hold at most one at a time.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { api, KIOSK_KEY, login, type TestHub } from '../support/hub.js';
import { startE2eHub } from './support/hub.js';
import { DEMO_CATALOGUE } from '../../main/demo/catalogue.js';
import { statusPage as urdu } from '../../shared/i18n/locales/ur/status-page.js';
import { statusPage } from '../../shared/i18n/apps/status.js';

const PHONE = { width: 390, height: 844 };
let hub: TestHub;
let tap = 0;

test.beforeAll(async () => {
  const before = process.env.DAWR_PUBLIC_SOCKETS_PER_ADDRESS;
  process.env.DAWR_PUBLIC_SOCKETS_PER_ADDRESS = '1';
  try {
    hub = await startE2eHub();
  } finally {
    if (before === undefined) delete process.env.DAWR_PUBLIC_SOCKETS_PER_ADDRESS;
    else process.env.DAWR_PUBLIC_SOCKETS_PER_ADDRESS = before;
  }
});
test.afterAll(async () => hub?.cleanup());

async function issue(language: 'ar' | 'en' | 'ur'): Promise<string> {
  const r = await api(hub.url, 'POST', '/visits', `Device ${KIOSK_KEY}`, {
    serviceId: 'eid-renew',
    idempotencyKey: `status-clarity-${process.pid}-${++tap}`,
    language,
  });
  expect(r.status).toBe(200);
  return String(r.body.statusPath);
}

async function openPhone(browser: Browser, path: string): Promise<Page> {
  const context = await browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  await page.goto(`${hub.url}${path}`);
  await expect(page.getByTestId('position')).toBeVisible();
  return page;
}

for (const lang of ['ar', 'en'] as const)
  test(`${lang}: names the centre; "notify me" is the main button, the sound the secondary one`, async ({
    browser,
  }) => {
    const page = await openPhone(browser, await issue(lang));
    await expect(page.getByTestId('centre')).toHaveText(DEMO_CATALOGUE.centre.name[lang]);
    const push = page.getByTestId('push-button');
    const sound = page.getByTestId('sound-button');
    await expect(push).toHaveText(statusPage[lang].pushOn);
    await expect(sound).toHaveText(statusPage[lang].soundOn);
    await expect(push).toHaveClass('primary');
    await expect(sound).toHaveClass('secondary');
    // Filled against outlined: they no longer look alike.
    await expect(push).toHaveCSS('background-color', 'rgb(27, 58, 107)');
    await expect(sound).toHaveCSS('background-color', 'rgb(255, 255, 255)');
    // The one that works with the page closed comes first.
    const pushBox = (await push.boundingBox())!;
    const soundBox = (await sound.boundingBox())!;
    expect(pushBox.y).toBeLessThan(soundBox.y);
    await expect(page.locator('main')).toHaveAttribute('data-connection', 'connected');
    await page.screenshot({
      path: `test-results/screenshots/status-page-alerts-${lang}.png`,
      fullPage: true,
    });
    await page.context().close();
  });

test('a refused socket is said in the ticket’s language, and the page comes back by itself', async ({
  browser,
}) => {
  const first = await openPhone(browser, await issue('ar'));
  await expect(first.locator('main')).toHaveAttribute('data-connection', 'connected');

  // The address's one place is taken: the hub refuses this page's socket with rate_limited.
  const second = await openPhone(browser, await issue('ur'));
  const banner = second.getByTestId('live-link');
  await expect(banner).toHaveText(urdu.link_busy);
  await expect(second.locator('html')).toHaveAttribute('lang', 'ur');
  await expect(second.locator('main')).toHaveAttribute('data-connection', 'disconnected');
  await second.screenshot({ path: 'test-results/screenshots/status-page-refused-ur.png', fullPage: true });

  // The place frees: the refused page connects on its own, nobody reloading it.
  await first.context().close();
  await expect(second.locator('main')).toHaveAttribute('data-connection', 'connected', { timeout: 30_000 });
  await expect(banner).toHaveCount(0);
  await second.context().close();
});

test('a hub not reached is said as such, not as a refusal', async ({ browser }) => {
  const context = await browser.newContext({ viewport: PHONE });
  const page = await context.newPage();
  // Every socket goes to a port nobody listens on, as when the centre's link is down; the first
  // status still comes over HTTP.
  await page.addInitScript(() => {
    const RealWebSocket = window.WebSocket;
    window.WebSocket = class extends RealWebSocket {
      constructor(url: string | URL, protocols?: string | string[]) {
        super(String(url).replace(/^(wss?:\/\/)[^/]+/, '$1127.0.0.1:9'), protocols);
      }
    };
  });
  await page.goto(`${hub.url}${await issue('en')}`);
  await expect(page.getByTestId('position')).toBeVisible();
  await expect(page.getByTestId('live-link')).toHaveText(statusPage.en.link_unreachable);
  await context.close();
});

for (const lang of ['ar', 'en'] as const)
  test(`${lang}: once called, "go to counter N" is the page; notify and sound are gone, cancel secondary`, async ({
    browser,
  }) => {
    const r = await api(hub.url, 'POST', '/visits', `Device ${KIOSK_KEY}`, {
      serviceId: 'eid-renew',
      idempotencyKey: `status-clarity-called-${process.pid}-${++tap}`,
      language: lang,
    });
    expect(r.status).toBe(200);
    const page = await openPhone(browser, String(r.body.statusPath));
    await expect(page.getByTestId('push-button')).toBeVisible();

    // A counter of its own per language: each keeps the visit it called in hand.
    const n = lang === 'ar' ? 1 : 2;
    const agent = `Bearer ${await login(hub.url, `agent${n}`, String(n).repeat(6))}`;
    await api(hub.url, 'POST', `/counters/c${n}/open`, agent);
    const { visit } = r.body as { visit: { id: string } };
    const called = await api(hub.url, 'POST', `/counters/c${n}/call/${visit.id}`, agent);
    expect(called.status).toBe(200);

    const go = page.locator('.called');
    await expect(go.getByTestId('counter')).toHaveText(String(n));
    await expect(go).toContainText(statusPage[lang].goTo!);
    await expect(page.getByTestId('push-button')).toHaveCount(0);
    await expect(page.getByTestId('sound-button')).toHaveCount(0);
    // Nothing primary competes with the call; cancelling stays possible, outlined and below it.
    await expect(page.locator('main button.primary')).toHaveCount(0);
    const cancel = page.getByRole('button', { name: statusPage[lang].cancel });
    await expect(cancel).toHaveClass('secondary');
    // Set apart from the call, and not a full-width button under the thumb.
    const cancelBox = (await cancel.boundingBox())!;
    const goBox = (await go.boundingBox())!;
    expect(cancelBox.y - (goBox.y + goBox.height)).toBeGreaterThanOrEqual(40);
    expect(cancelBox.width).toBeLessThan(goBox.width * 0.75);
    await page.screenshot({
      path: `test-results/screenshots/status-page-called-${lang}.png`,
      fullPage: true,
    });
    await page.context().close();
  });
