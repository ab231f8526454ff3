/**
 * What the phone status page leaves out of its first frame (issue #15, bench/first-paint.ts): the
 * place in line is drawn from the hub's first answer as it came, and the page's zod checks
 * (renderer/status/ticket-checks.ts) and the live connection are fetched once that frame is painted
 * (renderer/common/after-first-paint.ts). Order only, no durations. The checks still decide: a first
 * answer zod refuses does not stay on screen.
 */
import { expect, test, type Page } from '@playwright/test';
import { api, KIOSK_KEY } from '../support/hub.js';
import { usePhoneTestHub } from './phone-support.js';
import { RECORD_SOCKETS } from './support/record-sockets.js';

const phone = usePhoneTestHub();

interface FirstFrame {
  firstContentfulPaint: number;
  /** Start of each request for the answer checks' chunk and the live connection's. */
  laterChunks: number[];
  socketsOpenedAt: number[];
}

const firstFrame = (page: Page): Promise<FirstFrame> =>
  page.evaluate(() => ({
    firstContentfulPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    laterChunks: performance
      .getEntriesByType('resource')
      .filter((r) => /\/status\/chunks\/(ticket-checks|hub-client)-\w+\.js$/.test(r.name))
      .map((r) => r.startTime),
    socketsOpenedAt: (window as unknown as { __socketsOpenedAt: number[] }).__socketsOpenedAt,
  }));

async function issue(key: string): Promise<string> {
  const issued = await api(phone.hub.url, 'POST', '/visits', `Device ${KIOSK_KEY}`, {
    serviceId: 'eid-renew',
    idempotencyKey: key,
  });
  return `${phone.hub.url}${String(issued.body.statusPath)}`;
}

test('the answer checks and the socket wait for the place in line to be painted', async ({ page }) => {
  await page.addInitScript(RECORD_SOCKETS);
  await page.goto(await issue('status-first-paint-order'));
  await expect(page.getByTestId('position')).toBeVisible();
  // Both chunks come, and the socket opens: the page still goes live and offers its actions.
  await expect.poll(async () => (await firstFrame(page)).laterChunks.length).toBe(2);
  await expect.poll(async () => (await firstFrame(page)).socketsOpenedAt.length).toBe(1);
  await expect(page.getByRole('button', { name: 'إلغاء تذكرتي' })).toBeVisible();
  const frame = await firstFrame(page);
  expect(frame.firstContentfulPaint).toBeGreaterThan(0);
  for (const started of [...frame.laterChunks, ...frame.socketsOpenedAt])
    expect(started).toBeGreaterThan(frame.firstContentfulPaint);
});

test('a first answer that fails the checks does not stay on screen', async ({ page }) => {
  const url = await issue('status-first-paint-refused');
  // The hub's first answer with the outline of a status but a place zod refuses (min 0); no socket,
  // so nothing replaces it but the verdict.
  await page.routeWebSocket(/\/socket\.io\//, (ws) => ws.close());
  await page.route(/\/api\/v1\/public\/tickets\/[\w-]+$/, async (route) => {
    const real = await route.fetch();
    const body = (await real.json()) as Record<string, unknown>;
    await route.fulfill({ response: real, json: { ...body, ticket: 'Z999', position: -1 } });
  });
  // The page asks for the ticket's options once the checks are loaded: by its answer, the verdict is in.
  const options = page.waitForResponse(/\/options$/);
  await page.goto(url);
  await options;
  await expect(page.getByText('Z999')).toHaveCount(0);
  await expect(page.getByTestId('position')).toHaveCount(0);
});
