/**
 * What a reviewer found on the kiosk at 1080×1920 (session 11, U11):
 * - high contrast: the ticket screen's fact labels were #333 on black (about 1.7:1); every text on
 *   the ticket, check-in, feedback, service-form and question screens must now reach WCAG AAA (7:1);
 * - a disabled main button ("تسجيل الحضور" with no code, "اسأل" with no question) looked exactly like
 *   an enabled one (`.big-button.primary` won over `button:disabled`), in both colour schemes;
 * - a wrong check-in code emptied the field, so one mistyped character meant typing it all again;
 * - the happiness meter offered a "ticket code" field with no keys, and the number printed on the
 *   ticket ("A011") was refused: a ticket number is called aloud and shown on the hall's screens, so
 *   it cannot prove whose visit is rated. The field is gone; the screen says to scan the ticket's QR
 *   code at the scanner, and a scan still opens the faces.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { kiosk as kioskStrings } from '../../shared/i18n/apps/kiosk.js';
import { ask as askStrings } from '../../shared/i18n/apps/ask.js';
import { assisted as assistedStrings } from '../../shared/i18n/apps/assisted.js';
import { api, KIOSK_KEY } from '../support/hub.js';
import { portraitKiosk } from './support/kiosk-portrait.js';

const kiosk = portraitKiosk();
const AR = kioskStrings.ar;

async function start(page: Page, highContrast: boolean) {
  await page.goto(kiosk().kioskUrl);
  await expect(page.getByTestId('screen-welcome')).toBeVisible();
  if (!highContrast) return;
  await page.getByRole('button', { name: AR.accessibility }).first().click();
  await page.getByRole('button', { name: AR.highContrast, exact: true }).first().click();
  await page.getByTestId('a11y-panel').getByRole('button', { name: 'إغلاق' }).click();
  await expect(page.locator('.kiosk.high-contrast')).toBeAttached();
}

/**
 * Every text on the screen at least 7:1 against the colour behind it (WCAG AAA), read from computed
 * styles: axe's color-contrast-enhanced rule counts the kiosk's 24 px text as large (4.5:1 suffices)
 * and leaves text on bordered cards "incomplete", so it let the 1.7:1 labels through. Disabled
 * controls are exempt, as in WCAG.
 */
async function expectAaaContrast(page: Page, screen: string) {
  await page.evaluate(() => document.fonts.ready);
  const { low, measured } = await page.evaluate(() => {
    const rgba = (c: string) => {
      const m = /rgba?\(([^)]+)\)/.exec(c);
      const [r = 0, g = 0, b = 0, a = 1] = m ? m[1]!.split(',').map(Number) : [];
      return { r, g, b, a };
    };
    const lum = ({ r, g, b }: { r: number; g: number; b: number }) => {
      const ch = (v: number) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * ch(r) + 0.7152 * ch(g) + 0.0722 * ch(b);
    };
    const behind = (el: Element) => {
      for (let e: Element | null = el; e; e = e.parentElement) {
        const bg = rgba(getComputedStyle(e).backgroundColor);
        if (bg.a === 1) return bg;
      }
      return { r: 255, g: 255, b: 255, a: 1 };
    };
    const found: string[] = [];
    let count = 0;
    for (const el of document.querySelectorAll('.kiosk *')) {
      const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
      if (!own || !el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
      if (el.closest(':disabled')) continue;
      const fg = lum(rgba(getComputedStyle(el).color));
      const bg = lum(behind(el));
      const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
      count++;
      if (ratio < 7)
        found.push(
          `${el.tagName.toLowerCase()}.${el.className} «${el.textContent!.trim().slice(0, 30)}» ${ratio.toFixed(2)}:1`,
        );
    }
    return { low: found, measured: count };
  });
  expect(low, `texts below 7:1 on ${screen} in high contrast`).toEqual([]);
  expect(measured, `${screen}: texts measured`).toBeGreaterThan(5);
}

async function shot(page: Page, name: string) {
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: test.info().outputPath(`kiosk-review-${name}.png`) });
}

async function looks(button: Locator) {
  return button.evaluate((el) => {
    const s = getComputedStyle(el);
    return { background: s.backgroundColor, color: s.color, border: s.borderColor };
  });
}

/** A disabled main button differs from the same button enabled in fill, text and border. */
async function expectLooksDisabled(disabled: Locator, enable: () => Promise<void>, what: string) {
  await expect(disabled).toBeDisabled();
  const off = await looks(disabled);
  await enable();
  await expect(disabled).toBeEnabled();
  const on = await looks(disabled);
  expect(off.background, `${what}: fill when disabled`).not.toBe(on.background);
  expect(off.color, `${what}: text when disabled`).not.toBe(on.color);
  expect(off.border, `${what}: border when disabled`).not.toBe(on.border);
}

/** A ticket issued at the kiosk's API, with its status link (what its QR code holds). */
async function issuedTicket(): Promise<string> {
  const issued = await api(kiosk().hub.url, 'POST', '/visits', `Device ${KIOSK_KEY}`, {
    serviceId: 'licence-renew',
    idempotencyKey: crypto.randomUUID(),
  });
  expect(issued.status).toBe(200);
  return `${kiosk().hub.url}${String(issued.body.statusPath)}`;
}

test('high contrast: every text on the ticket screen reaches 7:1, the fact labels included', async ({
  page,
}) => {
  await start(page, true);
  await page.getByTestId('top-services').locator('[data-service="licence-renew"]').click();
  await page.getByRole('button', { name: 'اطبع تذكرتي' }).click();
  await expect(page.getByTestId('ticket-number')).toHaveText(/^C\d{3}$/);
  await expectAaaContrast(page, 'the ticket screen');
  await shot(page, 'ticket-hc');
});

test('high contrast: check-in, feedback, the service form and the question box reach 7:1, with their errors', async ({
  page,
}) => {
  await start(page, true);
  await page.getByRole('button', { name: AR.haveAppointment }).click();
  await page.getByTestId('booking-code').fill('ZZZZ9999');
  await page.getByRole('button', { name: AR.checkIn, exact: true }).click();
  await expect(page.getByTestId('screen-checkin').getByRole('alert')).toBeVisible();
  await expectAaaContrast(page, 'check-in');

  await page.getByRole('button', { name: AR.startOver }).click();
  await page.getByRole('button', { name: AR.rateVisit }).click();
  await page.keyboard.type(await issuedTicket());
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('screen-feedback').getByRole('alert')).toBeVisible();
  await expectAaaContrast(page, 'feedback');

  await page.getByRole('button', { name: AR.startOver }).click();
  await page.getByTestId('top-services').locator('[data-service="eid-renew"]').click();
  await page.getByTestId('do-it-here').click();
  await page.getByRole('button', { name: assistedStrings.ar.submit!, exact: true }).click();
  await expect(page.getByTestId('screen-assisted').getByRole('alert').first()).not.toBeEmpty();
  await expectAaaContrast(page, 'the service form');

  await page.getByRole('button', { name: AR.startOver }).click();
  await page.getByTestId('open-ask').click();
  await page.locator('#ask-question').fill('كيف أجدد الهوية؟');
  await page.getByRole('button', { name: askStrings.ar.submit, exact: true }).click();
  await expect(page.getByTestId('ask-service').first()).toBeAttached();
  await expectAaaContrast(page, 'the question box');
});

for (const highContrast of [false, true])
  test(`disabled main buttons look disabled (${highContrast ? 'high contrast' : 'normal'})`, async ({
    page,
  }) => {
    await start(page, highContrast);
    await page.getByRole('button', { name: AR.haveAppointment }).click();
    await shot(page, `checkin-empty${highContrast ? '-hc' : ''}`);
    const checkIn = page.getByRole('button', { name: AR.checkIn, exact: true });
    await expectLooksDisabled(
      checkIn,
      () => page.getByTestId('booking-code').fill('ABCD1234'),
      'تسجيل الحضور with no code',
    );

    await page.getByRole('button', { name: AR.startOver }).click();
    await page.getByTestId('open-ask').click();
    const askButton = page.getByRole('button', { name: askStrings.ar.submit, exact: true });
    await expectLooksDisabled(
      askButton,
      () => page.locator('#ask-question').fill('كيف أجدد الهوية؟'),
      'اسأل with no question',
    );
  });

test('a wrong check-in code stays in the field, to be corrected one character at a time', async ({
  page,
}) => {
  await start(page, false);
  await page.getByRole('button', { name: AR.haveAppointment }).click();
  await page.keyboard.type('ABC12345');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('screen-checkin').getByRole('alert')).toHaveText(AR.err_not_found_booking);
  await expect(page.getByTestId('booking-code')).toHaveValue('ABC12345');
  // A scanner's next code replaces the refused one rather than running on after it.
  await page.keyboard.type('XYZ98765');
  await expect(page.getByTestId('booking-code')).toHaveValue('XYZ98765');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('screen-checkin').getByRole('alert')).toHaveText(AR.err_not_found_booking);
  await expect(page.getByTestId('booking-code')).toHaveValue('XYZ98765');
  // The delete key takes off the last character only.
  await page.getByRole('button', { name: AR.deleteDigit }).click();
  await expect(page.getByTestId('booking-code')).toHaveValue('XYZ9876');
});

test('feedback: no field to type into; the screen says to scan the ticket at the scanner, and a scan works', async ({
  page,
}) => {
  await start(page, false);
  await page.getByRole('button', { name: AR.rateVisit }).click();
  const screen = page.getByTestId('screen-feedback');
  await expect(screen).toBeVisible();
  await expect(screen.locator('input')).toHaveCount(0);
  await expect(screen.getByTestId('feedback-scan-hint')).toContainText(AR.feedbackScan);
  await expect(screen.getByTestId('feedback-scan-hint')).toContainText(AR.feedbackScanner);
  await shot(page, 'feedback');
  // A keyboard-wedge scanner types the ticket's status link, wherever the focus is, then Enter.
  await page.keyboard.type(await issuedTicket());
  await page.keyboard.press('Enter');
  await expect(screen.getByRole('alert')).toHaveText(AR.err_visit_not_finished);
});
