/**
 * The kiosk's later screens are chunks fetched from the hub after the first paint
 * (renderer/kiosk/lazy-screens.tsx). A kiosk that lost the hub before they came once showed a
 * blank screen after a tap (CI on 1d732a2). Now the citizen sees that there is no connection and the
 * way back, and the screen comes by itself once the hub is back. The chunks are refused by the
 * browser (page.route) from the start, so they can never have arrived before the hub stops.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, keepScreenshot } from '../kiosk/e2e-helpers.js';
import { portraitKiosk } from './support/kiosk-portrait.js';

const kiosk = portraitKiosk();

/**
 * The chunks fetched after the first paint: the screens after the welcome screen (services and
 * service, ticket, and the others), and the checks of the socket's answers (fetched when the socket
 * first opens: one that failed was kept, and every answer after it failed, the ticket "issuing" for ever).
 */
const LATER_CHUNKS =
  /\/kiosk\/chunks\/(catalogue|ticket|check-in|feedback|assisted|ask|hub-client-checks)-\w+\.js$/;

/**
 * Refuses those chunks as a stopped hub would. The function returned resolves once the kiosk has
 * asked for the service screen's and for the checks (so both have failed before the hub stops).
 */
async function refuseLaterChunks(page: Page): Promise<() => Promise<unknown>> {
  const asked = (name: string) => {
    let seen!: () => void;
    const promise = new Promise<void>((resolve) => (seen = resolve));
    return { name, seen, promise };
  };
  const awaited = [asked('/catalogue-'), asked('/hub-client-checks-')];
  await page.route(LATER_CHUNKS, (route) => {
    for (const a of awaited) if (route.request().url().includes(a.name)) a.seen();
    return route.abort('connectionrefused');
  });
  return () => Promise.all(awaited.map((a) => a.promise));
}

/** The kiosk on its welcome screen, the later chunks refused, then the hub stopped. */
async function welcomeThenHubAway(page: Page): Promise<void> {
  const k = kiosk();
  const refused = await refuseLaterChunks(page);
  await page.goto(k.kioskUrl);
  await expect(page.getByTestId('screen-welcome')).toBeVisible();
  await refused();
  await k.stopHub();
  await expect(page.getByTestId('connection-banner')).toBeVisible();
}

/** The tapped service's screen is not there: a screen that says why and offers the way back, not a blank one. */
async function expectOfflineScreen(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^تجديد بطاقة الهوية/ }).click();
  const waiting = page.getByTestId('screen-waiting');
  await expect(waiting.getByRole('heading', { name: 'لا يوجد اتصال بالخادم.' })).toBeVisible();
  await expect(waiting).toContainText('نحاول مرة أخرى…');
  await expect(waiting.getByRole('button', { name: 'البداية' })).toBeVisible();
  await expect(waiting.getByRole('button', { name: 'رجوع' })).toBeVisible();
}

async function printTicket(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'اطبع تذكرتي' }).click();
  await expect(page.getByTestId('ticket-number')).toHaveText(/^A\d{3}$/, { timeout: 15_000 });
}

test('a screen whose chunk could not come says so, and appears by itself when the hub is back', async ({
  page,
}) => {
  await welcomeThenHubAway(page);
  await expectOfflineScreen(page);
  await expectAccessible(page, 'later screen offline (ar)');
  await keepScreenshot(page, 'later-screen-offline-ar');

  // The hub comes back, and with it the chunks: the citizen does nothing, and stays where they were.
  await page.unroute(LATER_CHUNKS);
  let reloaded = false;
  page.on('load', () => (reloaded = true));
  await kiosk().restartHub();
  await expect(page.getByTestId('connection-banner')).toBeHidden({ timeout: 15_000 });
  await expect(page.getByRole('button', { name: 'اطبع تذكرتي' })).toBeVisible();
  expect(reloaded).toBe(false);
  await printTicket(page);
});

test('a chunk still refused once the hub is back: the kiosk reloads to its start rather than wait for ever', async ({
  page,
}) => {
  await welcomeThenHubAway(page);
  await expectOfflineScreen(page);

  // A browser that keeps a failed module fetch for the page's life (the spec before whatwg/html#10327)
  // would refuse every later try: the hub answers the socket, yet the screen's chunk still fails.
  const reload = page.waitForEvent('load');
  await kiosk().restartHub();
  await reload;
  await expect(page.getByTestId('screen-welcome')).toBeVisible();

  await page.unroute(LATER_CHUNKS);
  await page.getByRole('button', { name: /^تجديد بطاقة الهوية/ }).click();
  await printTicket(page);
});
