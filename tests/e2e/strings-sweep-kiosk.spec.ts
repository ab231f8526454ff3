/**
 * The untranslated-string sweep (issue #15) for the kiosk, at its real size (1080×1920 portrait,
 * touch), in Arabic and in English: the same checks as strings-sweep.spec.ts (./support/strings-sweep.ts)
 * and no console message. Screens: start (open and closed), all services, search with the on-screen
 * keyboard, a service with its optional section open, the ticket (printed; not printed, then by text
 * message: its keypad, a number refused, sent), check-in (unknown, too early, checked in),
 * the question box (an answer, a fee, a hand-over and the assistant called), the assisted service
 * form (its own errors and the hub's), feedback (too early, the faces, thanks), the idle warning
 * and the accessibility panel.
 * Screenshots: test-results/screens/kiosk-*.png.
 */
import { expect, test, type Page } from '@playwright/test';
import { createDemoAppointments } from '../../main/hub/features/kiosk/appointments.js';
import { kiosk as strings } from '../../shared/i18n/apps/kiosk.js';
import { ask as askStrings } from '../../shared/i18n/apps/ask.js';
import { connect, emitAck, api, KIOSK_KEY, login } from '../support/hub.js';
import type { HelpRequest } from '../../shared/contract/assisted.js';
import { startKioskE2e, type KioskE2e } from '../kiosk/e2e-fixture.js';
import { sweep } from './support/strings-sweep.js';

const SIZE = { width: 1080, height: 1920 };
/** Long enough that no idle warning comes over a screen being read. */
const IDLE_SECONDS = 600;

const consoleMessages: string[] = [];
/** A refusal a test provokes on purpose is the one thing the browser itself logs (its status line). */
let expectedConsole: RegExp | null = null;

function watchConsole(page: Page) {
  page.on('console', (m) => consoleMessages.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => consoleMessages.push(`pageerror: ${e.message}`));
}

test.beforeEach(async ({ page }) => {
  consoleMessages.length = 0;
  expectedConsole = null;
  watchConsole(page);
  await page.setViewportSize(SIZE);
});
test.afterEach(() => {
  expect(consoleMessages.filter((m) => !expectedConsole?.test(m))).toEqual([]);
});

/** Opens the kiosk in `lang`: Arabic is where it starts; English is one tap in the corner. */
async function open(page: Page, k: KioskE2e, lang: 'ar' | 'en') {
  await page.goto(k.kioskUrl);
  await expect(page.getByTestId('screen-welcome')).toBeVisible();
  if (lang === 'en') await page.getByRole('button', { name: 'English', exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
}

const button = (page: Page, name: string | RegExp) =>
  page.getByRole('button', { name, exact: typeof name === 'string' }).first();

test.describe('an open centre', () => {
  let k: KioskE2e;
  let bookings: ReturnType<typeof createDemoAppointments>;
  test.beforeAll(async () => {
    k = await startKioskE2e({ idleSeconds: IDLE_SECONDS });
    bookings = createDemoAppointments(k.hub.hub.db, Date.now());
  });
  test.afterAll(async () => k?.cleanup());
  test.beforeEach(() => k.printer.setState('ok'));

  for (const lang of ['ar', 'en'] as const) {
    const s = strings[lang];
    const askLabel = askStrings[lang].submit ?? 'ask.submit';

    test(`start, services, search, a service with its details, the ticket (${lang})`, async ({ page }) => {
      await page.clock.install();
      await open(page, k, lang);
      await expect(page.getByTestId('opening')).toHaveAttribute('data-status', /open|closing-soon/);
      await expect(page.getByTestId('top-services').getByRole('button')).toHaveCount(8);
      await sweep(page, 'kiosk-start', lang);

      await page.locator('.welcome-nav button').click();
      await expect(page.getByTestId('a11y-panel')).toBeVisible();
      await sweep(page, 'kiosk-accessibility', lang);
      await page.getByTestId('a11y-panel').getByRole('button').last().click();
      await expect(page.getByTestId('a11y-panel')).toHaveCount(0);

      await button(page, s.allServices).click();
      await expect(page.getByTestId('screen-services')).toBeVisible();
      await sweep(page, 'kiosk-services', lang);
      await button(page, s.back).click();

      await button(page, s.searchServices).click();
      const osk = page.getByTestId('search-osk');
      await expect(osk).toBeVisible();
      const keys = lang === 'ar' ? ['ه', 'و', 'ي', 'ة'] : ['f', 'i', 'n', 'e'];
      for (const key of keys) await osk.getByRole('button', { name: key, exact: true }).click();
      await expect(page.getByRole('searchbox')).toHaveValue(keys.join(''));
      await expect(page.getByTestId('screen-services').locator('.tile').first()).toBeVisible();
      await sweep(page, 'kiosk-search', lang);
      await button(page, s.back).click();

      await page.getByTestId('top-services').getByRole('button').first().click();
      await expect(page.getByTestId('screen-service')).toBeVisible();
      await expect(page.getByTestId('service-wait')).toHaveText(/\S/);
      await button(page, s.optionalTitle).click();
      await button(page, s.useEmiratesId).click();
      await sweep(page, 'kiosk-service-details', lang);

      await button(page, s.printTicket).click();
      await expect(page.getByTestId('print-state')).toContainText(s.printed);
      // The screen counts down to the start: stop the kiosk's time while it is read.
      await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1000));
      await expect(page.getByTestId('screen-ticket')).toBeVisible();
      await sweep(page, 'kiosk-ticket', lang);
    });

    test(`a ticket the printer could not print (${lang})`, async ({ page }) => {
      k.printer.setState('paper-out');
      await open(page, k, lang);
      await page.getByTestId('top-services').getByRole('button').first().click();
      await button(page, s.printTicket).click();
      await expect(page.getByTestId('status-qr')).toBeVisible();
      await sweep(page, 'kiosk-ticket-not-printed', lang);
      // The ticket by text message instead: its keypad, a number refused, then sent.
      await button(page, s.sendSms).click();
      await expect(page.getByRole('button', { name: s.smsSend })).toBeVisible();
      await sweep(page, 'kiosk-ticket-sms', lang);
      expectedConsole = /status of 4\d\d/;
      const keypad = page.locator('.keypad');
      const typeDigits = async (digits: string) => {
        for (const d of digits) await keypad.getByRole('button', { name: d, exact: true }).click();
      };
      await typeDigits('12');
      await button(page, s.smsSend).click();
      await expect(page.getByRole('alert')).toBeVisible();
      await sweep(page, 'kiosk-ticket-sms-invalid', lang);
      await page.locator('.entry input').fill('');
      await typeDigits('0501234567');
      await button(page, s.smsSend).click();
      await expect(page.locator('.ok-box[role="status"]')).toBeVisible();
      await sweep(page, 'kiosk-ticket-sms-sent', lang);
    });

    test(`check-in: refused, then checked in (${lang})`, async ({ page }) => {
      await page.clock.install();
      await open(page, k, lang);
      await button(page, s.haveAppointment).click();
      await expect(page.getByTestId('screen-checkin')).toBeVisible();
      await sweep(page, 'kiosk-checkin', lang);
      expectedConsole = /status of 4\d\d/;
      await page.getByTestId('booking-code').fill('NOSUCHCODE');
      await page.keyboard.press('Enter');
      await expect(page.getByRole('alert')).toBeVisible();
      await sweep(page, 'kiosk-checkin-unknown', lang);
      await page.getByTestId('booking-code').fill(bookings.tooEarly.code);
      await page.keyboard.press('Enter');
      await expect(page.getByRole('alert')).toContainText(lang === 'ar' ? /\S/ : 'You are early');
      await sweep(page, 'kiosk-checkin-early', lang);
      await page.getByTestId('booking-code').fill(bookings.onTime[lang === 'ar' ? 0 : 1]!.code);
      await page.keyboard.press('Enter');
      await expect(page.getByTestId('print-state')).toContainText(s.printed);
      await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1000));
      await sweep(page, 'kiosk-checkin-ticket', lang);
    });

    test(`question box: an answer, a fee, a hand-over, an assistant called (${lang})`, async ({ page }) => {
      await open(page, k, lang);
      await page.getByTestId('open-ask').click();
      await expect(page.getByTestId('screen-ask')).toBeVisible();
      await sweep(page, 'kiosk-ask', lang);
      // Each answer waited for differs from the one before it, so a stale answer cannot pass for it.
      const askIt = async (question: string) => {
        await page.locator('#ask-question').fill(question);
        await button(page, askLabel).click();
      };
      const answer = page.getByTestId('ask-answer');
      await askIt(lang === 'ar' ? 'كيف أجدد الهوية؟' : 'How do I renew my Emirates ID?');
      await expect(answer).toHaveAttribute('data-outcome', 'answered');
      await expect(page.getByTestId('ask-service').first()).toBeVisible();
      await sweep(page, 'kiosk-ask-answer', lang);
      await askIt(lang === 'ar' ? 'كيف اقدم على الاقامه الذهبيه' : 'how do I apply for the golden visa');
      await expect(answer).toHaveAttribute('data-outcome', 'not_offered');
      await sweep(page, 'kiosk-ask-not-offered', lang);
      await askIt(lang === 'ar' ? 'كم رسوم تجديد الهوية' : 'how much is the emirates id renewal fee');
      await expect(page.getByTestId('ask-facts')).toHaveAttribute('data-kind', 'fees');
      await sweep(page, 'kiosk-ask-fee', lang);
      await askIt(lang === 'ar' ? 'قطط زرقاء تطير فوق القمر' : 'purple giraffes dancing xylophone');
      const handover = page.getByTestId('ask-handover');
      await expect(handover).toBeVisible();
      await sweep(page, 'kiosk-ask-handover', lang);
      await handover.getByRole('button').first().click();
      await expect(page.getByTestId('ask-help-status')).toContainText(/\S/);
      await sweep(page, 'kiosk-ask-assistant-called', lang);
      // One open request per kiosk: close it, as the kiosk does once the citizen is helped.
      const staff = await connect(k.hub.url, '/counter', {
        token: await login(k.hub.url, 'manager', '246810'),
      });
      const raised = (await emitAck<HelpRequest[]>(staff, 'openHelpRequests', {})) as {
        ok: true;
        data: HelpRequest[];
      };
      staff.close();
      const device = await connect(k.hub.url, '/kiosk', { deviceKey: KIOSK_KEY });
      for (const r of raised.data) await emitAck(device, 'closeHelp', { requestId: r.id });
      device.close();
    });

    test(`the assisted service form and its errors (${lang})`, async ({ page }) => {
      await open(page, k, lang);
      await page.getByTestId('top-services').getByRole('button').first().click();
      await page.getByTestId('do-it-here').click();
      await expect(page.getByTestId('screen-assisted')).toBeVisible();
      await page.locator('input[name="mobile"]').click();
      await expect(page.getByTestId('osk')).toBeVisible();
      await page.getByTestId('on-behalf').click();
      await sweep(page, 'kiosk-assisted', lang);
      await page.getByTestId('screen-assisted').locator('button[type="submit"]').click();
      await expect(page.locator('.form-error').first()).toBeVisible();
      await sweep(page, 'kiosk-assisted-errors', lang);
      // For oneself, the hub checks the form: its messages per field, in the kiosk's language.
      await page.getByTestId('on-behalf').click();
      await page.locator('input[name="email"]').fill('not-an-address');
      await page.getByTestId('screen-assisted').locator('button[type="submit"]').click();
      await expect(page.locator('input[aria-invalid="true"]').first()).toBeVisible();
      await sweep(page, 'kiosk-assisted-form-errors', lang);
    });

    test(`feedback: too early, then thanks (${lang})`, async ({ page }) => {
      const issued = await api(k.hub.url, 'POST', '/visits', `Device ${KIOSK_KEY}`, {
        serviceId: 'licence-renew',
        idempotencyKey: `sweep-feedback-${lang}`,
      });
      const visitId = (issued.body.visit as { id: string }).id;
      const statusUrl = `${k.hub.url}${String(issued.body.statusPath)}`;
      await open(page, k, lang);
      await button(page, s.rateVisit).click();
      await expect(page.getByTestId('screen-feedback')).toBeVisible();
      await sweep(page, 'kiosk-feedback', lang);
      expectedConsole = /status of 4\d\d/;
      await page.keyboard.type(statusUrl);
      await page.keyboard.press('Enter');
      await expect(page.getByRole('alert')).toBeVisible();
      await sweep(page, 'kiosk-feedback-too-early', lang);

      const agent = `Bearer ${await login(k.hub.url, 'agent3', '333333')}`;
      for (const path of ['open', `call/${visitId}`, `start/${visitId}`])
        expect((await api(k.hub.url, 'POST', `/counters/c3/${path}`, agent)).status).toBe(200);
      const done = await api(k.hub.url, 'POST', `/counters/c3/complete/${visitId}`, agent, {
        services: [{ serviceId: 'licence-renew', outcome: 'done' }],
      });
      expect(done.status).toBe(200);
      await page.keyboard.type(statusUrl);
      await page.keyboard.press('Enter');
      await expect(page.locator('.faces button').first()).toBeVisible();
      await sweep(page, 'kiosk-feedback-faces', lang);
      await page.getByTestId('screen-feedback').locator('.faces button').first().click();
      await expect(page.getByRole('status')).toBeVisible();
      await sweep(page, 'kiosk-feedback-thanks', lang);
    });
  }
});

test.describe('the idle warning', () => {
  // The kiosk's shortest idle time; the test moves the kiosk's clock past it and holds it there, so
  // the warning cannot count down while it is read (and socket.io's ping timers do not fire).
  const IDLE_MIN_SECONDS = 15;
  let k: KioskE2e;
  test.beforeAll(async () => {
    k = await startKioskE2e({ idleSeconds: IDLE_MIN_SECONDS, warningSeconds: 30 });
  });
  test.afterAll(async () => k?.cleanup());

  for (const lang of ['ar', 'en'] as const)
    test(`over the kiosk (${lang})`, async ({ page }) => {
      await page.clock.install();
      // The start screen in Arabic waits without a warning; anywhere else (English too) it comes.
      await open(page, k, lang);
      if (lang === 'ar') await button(page, strings.ar.allServices).click();
      await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1000));
      await page.clock.runFor((IDLE_MIN_SECONDS + 1) * 1000);
      await expect(page.getByTestId('idle-warning')).toBeVisible();
      await sweep(page, 'kiosk-idle-warning', lang);
    });
});

test.describe('a closed centre', () => {
  // Friday 4 December 2026, 13:00 in Dubai: the demo centre closed at 12:00 and opens on Sunday.
  const FRIDAY_1300 = Date.UTC(2026, 11, 4, 9, 0);
  const started = Date.now();
  let k: KioskE2e;
  test.beforeAll(async () => {
    k = await startKioskE2e({
      idleSeconds: IDLE_SECONDS,
      clock: { now: () => FRIDAY_1300 + (Date.now() - started) },
    });
  });
  test.afterAll(async () => k?.cleanup());

  for (const lang of ['ar', 'en'] as const)
    test(`start and a service say closed (${lang})`, async ({ page }) => {
      await open(page, k, lang);
      await expect(page.getByTestId('opening')).toHaveAttribute('data-status', 'closed');
      await sweep(page, 'kiosk-start-closed', lang);
      await page.getByTestId('top-services').getByRole('button').first().click();
      await expect(page.getByTestId('no-ticket')).toBeVisible();
      await sweep(page, 'kiosk-service-closed', lang);
    });
});
