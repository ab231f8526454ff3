/**
 * One digit setting per centre (issue #15), at each app's real size: the counter at 1366×768, the
 * dashboard's live view at 1440×900 and the kiosk's service screen with its optional details at
 * 1080×1920. With `digits: 'arab'` no Latin digit stands in the Arabic text (waiting counts, waits,
 * recalls, the senior's "(60+)", service levels, durations), and with 'latn' no Arabic-Indic digit
 * does. Ticket numbers (C001) and the Emirates ID's printed pattern are identifiers: as issued, in
 * Latin digits, in every app (tests/e2e/floor-digits.spec.ts is the floor app's half).
 */
import { expect, test, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { DEMO_CATALOGUE } from '../../main/demo/catalogue.js';
import type { DigitSystem } from '../../shared/i18n/numbers.js';
import { kiosk as kioskStrings } from '../../shared/i18n/apps/kiosk.js';
import { startKioskE2e, type KioskE2e } from '../kiosk/e2e-fixture.js';
import { Catalogue } from '../../shared/contract/catalogue.js';
import { api, login, openAllDay, serveNextAtCounter1, type TestHub } from '../support/hub.js';
import { issue, openCounter } from './counter-support.js';
import { signInToDashboard } from './dashboard-support.js';
import { drawnTexts } from './support/drawn-text.js';
import { startE2eHub } from './support/hub.js';

const COUNTER = { width: 1366, height: 768 };
const DASHBOARD = { width: 1440, height: 900 };
const KIOSK = { width: 1080, height: 1920 };

/** The screen as checked, kept for a reader's eye. */
async function keep(page: Page, name: string): Promise<void> {
  mkdirSync('artifacts/screens', { recursive: true });
  await page.screenshot({ path: `artifacts/screens/digits-${name}.png` });
}

/**
 * The digits of the wrong system in the page's drawn text (and the options of its selects, whose
 * lists open on a tap), outside English, once ticket numbers and the Emirates ID's pattern are
 * taken out. Text isolates are read too: the senior's "(60+)" sits in one. Elements set
 * left-to-right hold identifiers (a device's id and version; the kiosk's keypad, which types an
 * Emirates ID or a mobile number as the card and the phone write them); a counter's name carries
 * the number of the sign over its desk, which the board writes as it is (the counter's label).
 */
async function wrongDigits(page: Page, digits: DigitSystem): Promise<string[]> {
  const counterNames = DEMO_CATALOGUE.counters.map((c) => c.name.ar);
  const skip = '[lang="en"], [translate="no"], [dir="ltr"], script, style';
  const identifiers = [/\b[A-Z]{1,3}-?[0-9A-Z-]*[0-9]+\b/g, /784-YYYY-NNNNNNN-C/g];
  const wrong = digits === 'arab' ? /[0-9]/ : /[\u0660-\u0669\u06F0-\u06F9]/;
  // A numbered list's numbers are drawn by CSS, not written in the text.
  const markers = await page.evaluate(
    (digits) =>
      [...document.querySelectorAll('ol')]
        .filter((ol) => ol.getClientRects().length > 0 && ol.querySelector('li'))
        .map((ol) => `${ol.className}: ${getComputedStyle(ol).listStyleType}`)
        .filter((marker) => marker.endsWith(digits === 'arab' ? ': decimal' : ': arabic-indic')),
    digits,
  );
  return (await drawnTexts(page, skip))
    .filter((text) => !counterNames.includes(text.trim()))
    .map((text) => identifiers.reduce((left, id) => left.replace(id, ''), text))
    .filter((text) => wrong.test(text))
    .concat(markers);
}

/** No digit of the wrong system on the screen; kept for a reader's eye (fonts in) when named. */
async function expectOnly(page: Page, digits: DigitSystem, keptAs?: string): Promise<void> {
  if (keptAs) {
    await page.evaluate(() => document.fonts.ready);
    await keep(page, keptAs);
  }
  expect(await wrongDigits(page, digits)).toEqual([]);
}

for (const digits of ['arab', 'latn'] as const) {
  test.describe(`a centre set to ${digits} digits, in Arabic`, () => {
    let k: KioskE2e;
    test.beforeAll(async () => {
      k = await startKioskE2e({
        catalogue: { ...DEMO_CATALOGUE, centre: { ...DEMO_CATALOGUE.centre, digits } },
      });
      // Twelve waiting for the identity queue, the first a senior: the counter calls them first.
      await issue(k.hub.url, 'eid-renew', { priority: 'senior' });
      for (let i = 0; i < 11; i++) await issue(k.hub.url, 'eid-renew');
      // At counter 4 (traffic) one visit served and one in service: a service level and a duration.
      await issue(k.hub.url, 'licence-renew');
      await issue(k.hub.url, 'licence-renew');
      const agent = `Bearer ${await login(k.hub.url, 'agent4', '444444')}`;
      expect((await api(k.hub.url, 'POST', '/counters/c4/open', agent)).status).toBe(200);
      for (const done of [true, false]) {
        const called = await api(k.hub.url, 'POST', '/counters/c4/call-next', agent);
        const visitId = (called.body as { id: string }).id;
        expect((await api(k.hub.url, 'POST', `/counters/c4/start/${visitId}`, agent)).status).toBe(200);
        if (!done) continue;
        const completed = await api(k.hub.url, 'POST', `/counters/c4/complete/${visitId}`, agent, {
          services: [{ serviceId: 'licence-renew', outcome: 'done' }],
        });
        expect(completed.status).toBe(200);
      }
    });
    test.afterAll(async () => k?.cleanup());

    test('the counter at 1366×768: counts, waits, recalls and the senior’s badge', async ({ page }) => {
      await page.setViewportSize(COUNTER);
      await openCounter(page, k.hub.url, 'agent1', '111111', 'c1');
      await page.locator('button.call-next').click();
      await expect(page.getByTestId('current-priority')).toContainText(digits === 'arab' ? '٦٠' : '60');
      await expect(page.getByTestId('queue-q-identity').getByTestId('waiting')).toHaveText(
        digits === 'arab' ? '١١' : '11',
      );
      await expect(page.getByTestId('recall-count')).toBeVisible();
      await expectOnly(page, digits, `counter-${digits}`);
    });

    test('the dashboard’s live view at 1440×900: counts, waits, durations and service levels', async ({
      page,
    }) => {
      // Seven minutes on: counter 4's service reads as minutes ("٧ دقائق"), with a digit to judge.
      await page.clock.setFixedTime(Date.now() + 7 * 60_000);
      await signInToDashboard(page, k.hub.url);
      await page.setViewportSize(DASHBOARD);
      // Twelve issued in the identity queue: as many waiting, or one fewer once the counter called.
      const waiting = page.locator('[data-queue="q-identity"] [data-col="waiting"]');
      await expect(waiting).toHaveText(digits === 'arab' ? /^[١][١٢]$/ : /^1[12]$/);
      const traffic = page.locator('[data-queue="q-traffic"]');
      await expect(traffic.locator('[data-col="served"]')).toHaveText(digits === 'arab' ? '١' : '1');
      await expect(traffic.locator('.sl')).toHaveText(
        // Intl's left-to-right marks keep the Latin "%" after its number inside Arabic text.
        digits === 'arab' ? /^[٠-٩]+٪/ : /^[0-9]+\u200E?%/,
      );
      await expect(page.locator('[data-counter="c4"]').getByTestId('serving-for')).toHaveText(
        digits === 'arab' ? /^[٠-٩]+ دقائق$/ : /^[0-9]+ دقائق$/,
      );
      await expectOnly(page, digits, `dashboard-${digits}`);
    });

    test('the kiosk at 1080×1920: a service with its optional identification and priority', async ({
      page,
    }) => {
      const ar = kioskStrings.ar;
      await page.setViewportSize(KIOSK);
      await page.goto(k.kioskUrl);
      await page.getByRole('button', { name: ar.allServices, exact: true }).click();
      await page.getByRole('button', { name: 'تجديد بطاقة الهوية' }).first().click();
      await page.getByRole('button', { name: ar.optionalTitle, exact: true }).click();
      await page.getByRole('button', { name: ar.useEmiratesId, exact: true }).click();
      await expect(page.getByTestId('optional-details')).toContainText(digits === 'arab' ? '(٦٠+)' : '(60+)');
      await expectOnly(page, digits, `kiosk-${digits}`);
    });
  });
}

test.describe('a manager changes the digit setting while the dashboard shows a report', () => {
  // A working morning in Dubai (a Monday), whatever the wall clock says: the report is of that day.
  const DAY = '2026-12-07';
  let hub: TestHub;
  test.beforeAll(async () => {
    const offset = Date.parse(`${DAY}T06:00:00Z`) - Date.now();
    hub = await startE2eHub({
      catalogue: openAllDay(DEMO_CATALOGUE),
      clock: { now: () => Date.now() + offset },
    });
    // Twelve issued for renewing an Emirates ID, one served: two-digit counts in the report.
    for (let i = 0; i < 12; i++) await issue(hub.url, 'eid-renew');
    await serveNextAtCounter1(hub.url, 'eid-renew');
  });
  test.afterAll(async () => hub?.cleanup());

  const setDigits = async (digits: DigitSystem) => {
    const manager = `Bearer ${await login(hub.url, 'manager', '246810')}`;
    const current = Catalogue.parse((await api(hub.url, 'POST', '/manager/catalogue', manager, {})).body);
    const edit = await api(hub.url, 'POST', '/manager/updateCatalogue', manager, {
      catalogue: { ...current, centre: { ...current.centre, digits } },
      what: 'centre',
    });
    expect(edit.status).toBe(200);
  };

  test('the report at 1440×900 follows the setting without a reload, both ways', async ({ page }) => {
    await signInToDashboard(page, hub.url);
    await page.setViewportSize(DASHBOARD);
    await page.getByRole('button', { name: 'التقارير' }).click();
    await page.getByLabel('من').fill(DAY);
    await page.getByLabel('إلى').fill(DAY);
    await page.getByLabel('التجميع حسب').selectOption('service');
    await page.getByRole('button', { name: 'عرض التقرير' }).click();
    // The total row's first figure: every ticket issued that day.
    const issued = page.locator('[data-testid="report"] tr.total td').first();
    await expect(issued).toHaveText('12');
    await expectOnly(page, 'latn');

    await setDigits('arab');
    await expect(issued).toHaveText('١٢');
    await expectOnly(page, 'arab', 'dashboard-report-arab');

    await setDigits('latn');
    await expect(issued).toHaveText('12');
    await expectOnly(page, 'latn');
  });
});
