/**
 * The counter's "earlier visits and contacts" at 1366×768 (U11), with a real central: the citizen's
 * earlier visit is listed and the one at the counter is not (central holds it too, as the hub syncs
 * it), each line in words in the staff's language (status, channel, the day in the centre's format
 * and digits, never "A002 issued" or "serving_started"), and the list shows without scrolling the
 * customer column, in Arabic (taller lines) as in English.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startDemoCentral, type DemoCentral } from '../../main/demo/central.js';
import { api, login, type TestHub } from '../support/hub.js';
import { startE2eHub } from './support/hub.js';
import { expectNoAxeViolations, issue, openCounter } from './counter-support.js';
import { resources } from '../../shared/i18n/index.js';
import { formatDate } from '../../shared/i18n/numbers.js';
import { DEMO_CATALOGUE } from '../../main/demo/catalogue.js';

const COUNTER = { width: 1366, height: 768 };
const CENTRAL_ENV = ['DAWR_CENTRAL_URL', 'DAWR_CENTRAL_TOKEN', 'DAWR_CENTRE_ID', 'DAWR_SYNC_IDLE_MS'];

let hub: TestHub;
let central: DemoCentral;
let centralDir: string;
test.beforeAll(async () => {
  centralDir = mkdtempSync(join(tmpdir(), 'dawr-central-history-'));
  central = await startDemoCentral({ dataDir: centralDir, centreId: 'e2e-centre', logLevel: 'silent' });
  Object.assign(process.env, central.env, { DAWR_SYNC_IDLE_MS: '100' });
  hub = await startE2eHub();
});
test.afterAll(async () => {
  await hub?.cleanup();
  await central?.stop();
  for (const name of CENTRAL_ENV) delete process.env[name];
  rmSync(centralDir, { recursive: true, force: true });
});

/** Calls, starts and completes the next visit at `counterId` over the API ("documents missing"). */
async function serveOverApi(username: string, pin: string, counterId: string, serviceId: string) {
  const agent = `Bearer ${await login(hub.url, username, pin)}`;
  await api(hub.url, 'POST', `/counters/${counterId}/open`, agent);
  const called = await api(hub.url, 'POST', `/counters/${counterId}/call-next`, agent);
  const visitId = String((called.body as { id: string }).id);
  await api(hub.url, 'POST', `/counters/${counterId}/start/${visitId}`, agent);
  const done = await api(hub.url, 'POST', `/counters/${counterId}/complete/${visitId}`, agent, {
    services: [{ serviceId, outcome: 'incomplete_documents' }],
  });
  expect(done.status).toBe(200);
  await api(hub.url, 'POST', `/counters/${counterId}/close`, agent);
}

/** Central has every event the hub wrote, the waiting visit's included. */
async function syncedToCentral() {
  const manager = `Bearer ${await login(hub.url, 'manager', '246810')}`;
  await expect
    .poll(async () => (await api(hub.url, 'GET', '/sync/health', manager)).body.backlog, { timeout: 15_000 })
    .toBe(0);
}

/** Demo agent N (PIN N six times) at a counter. */
function agentAt(n: number, counterId: string): [string, string, string] {
  return [`agent${n}`, String(n).repeat(6), counterId];
}

const cases = [
  { lang: 'ar', service: 'eid-renew', api: agentAt(2, 'c2'), desk: agentAt(1, 'c1') },
  { lang: 'en', service: 'licence-renew', api: agentAt(5, 'c5'), desk: agentAt(4, 'c4') },
] as const;

for (const [i, c] of cases.entries())
  test(`${c.lang}: earlier visits only, in words, in view at 1366×768 while serving`, async ({ page }) => {
    const identity = { kind: 'mobile', value: `05012345${60 + i}` };
    const earlier = await issue(hub.url, c.service, { identity });
    await serveOverApi(...c.api, c.service);
    const current = await issue(hub.url, c.service, { identity });
    await syncedToCentral();

    await page.setViewportSize(COUNTER);
    await openDesk(page, c.lang, ...c.desk);
    await page.locator('button.call-next').click();
    await expect(page.getByTestId('current-ticket')).toHaveText(current.visit.ticket);
    await page.locator('button[data-action="startServing"]').click();
    await expect(page.getByTestId('walking-time')).toBeVisible();
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: `test-results/screenshots/counter-history-${c.lang}.png` });

    const strings = resources()[c.lang] as {
      status: Record<string, string>;
      counter: Record<string, string>;
    };
    const list = page.getByTestId('earlier-visits');
    const lines = list.locator('li');
    // The earlier visit, not the one at the counter (central's timeline holds both).
    await expect(lines).toHaveCount(1);
    await expect(list).not.toContainText(current.visit.ticket);
    const line = lines.first();
    await expect(line).toContainText(earlier.visit.ticket);
    await expect(line).toContainText(strings.status.completed!);
    await expect(line).toContainText(strings.counter.channel_centre!);
    await expect(line).toContainText(strings.counter.outcome_incomplete_documents!);
    const { timeZone, digits = 'latn' } = DEMO_CATALOGUE.centre;
    const day = formatDate(Date.now(), { lang: c.lang, digits, timeZone }, 'numeric');
    await expect(line.locator('time')).toHaveText(day);
    // No code of the hub's or central's ("issued", "serving_started", "incomplete_documents"); the
    // catalogues' words start with a capital in English.
    expect(await list.innerText()).not.toMatch(
      /\b(?:issued|called|serving|serving_started|transferred|completed|cancelled|removed)\b|\b[a-z]+_[a-z_]+\b/,
    );
    await expect(page.getByTestId('earlier-history')).toContainText(strings.counter.earlierVisits!);

    // In view as the desk opens: heading and line whole, nothing scrolled to reach them.
    await expect(page.locator('#earlier-title')).toBeInViewport({ ratio: 1 });
    await expect(line).toBeInViewport({ ratio: 1 });
    const scrolled = await page.evaluate(() => ({
      page: window.scrollY,
      column: document.querySelector('[data-testid="customer-panel"]')!.closest('.column')!.scrollTop,
    }));
    expect(scrolled).toEqual({ page: 0, column: 0 });
    // The list's own scrolling region is named and reachable by keyboard.
    await expectNoAxeViolations(page);
  });

async function openDesk(page: Page, lang: 'ar' | 'en', username: string, pin: string, counterId: string) {
  if (lang === 'ar') return openCounter(page, hub.url, username, pin, counterId);
  await page.goto(`${hub.url}/counter/?lang=en`);
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="pin"]').fill(pin);
  await page.locator('form.sign-in button[type="submit"]').click();
  await page.locator('select[name="counter"]').selectOption(counterId);
  await page.locator('button.primary', { hasText: 'Open counter' }).click();
  await expect(page.locator('button.call-next')).toBeVisible();
}
