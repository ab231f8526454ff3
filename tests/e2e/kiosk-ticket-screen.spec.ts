/**
 * The kiosk's ticket screen at 1080×1920 (issue #15): the number and the key facts (the place in
 * line, the queue whose counters will call it, the wait) large and together in one card, the
 * phone note attached under its QR code, all of it on the screen without scrolling, in Arabic and
 * English and in larger-text mode; printed and not printed. Before, the facts were small with
 * empty space around them and the QR note floated apart from the code. The place in line is one
 * number in its sentence ("2 people ahead of you"), not a big "3" beside it that read as a ticket.
 * Screenshots: test-results/screens/kiosk-ticket-*.png.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from '../kiosk/e2e-helpers.js';
import { DEMO_CATALOGUE } from '../../main/demo/catalogue.js';
import { KIOSK_SCREEN, portraitKiosk } from './support/kiosk-portrait.js';

/** The number reads from across the hall: at least a twelfth of the screen's height. */
const MIN_NUMBER_PX = 160;
/** Each fact's value at least this large (the kiosk's body text is 24 px, 31 px in larger text). */
const MIN_FACT_PX = 40;
/** The place in line's sentence above the kiosk's body text (24 px). */
const MIN_SENTENCE_PX = 28;
/** The note under the QR code sits against it, not somewhere below. */
const MAX_NOTE_GAP = 24;

const kiosk = portraitKiosk();

async function takeTicket(page: Page, lang: 'ar' | 'en', larger: boolean) {
  await page.goto(kiosk().kioskUrl);
  if (lang === 'en') await page.getByRole('button', { name: 'English', exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  if (larger) {
    await page
      .getByRole('button', { name: /Accessibility|تسهيلات الاستخدام/ })
      .first()
      .click();
    await page.getByRole('button', { name: lang === 'en' ? 'Larger text' : 'نص أكبر' }).click();
    await page.getByRole('button', { name: lang === 'en' ? 'Close' : 'إغلاق' }).click();
  }
  await page.getByTestId('top-services').locator('[data-service="licence-renew"]').click();
  await page.getByRole('button', { name: lang === 'ar' ? 'اطبع تذكرتي' : 'Print my ticket' }).click();
  await expect(page.getByTestId('ticket-number')).toHaveText(/^C\d{3}$/);
}

function layout(page: Page) {
  return page.evaluate(() => {
    const box = (id: string) => {
      const el = document.querySelector(`[data-testid="${id}"]`);
      return el ? el.getBoundingClientRect().toJSON() : null;
    };
    const px = (id: string) => {
      const el = document.querySelector(`[data-testid="${id}"]`);
      return el ? parseFloat(getComputedStyle(el).fontSize) : 0;
    };
    const facts = document.querySelector('[data-testid="ticket-facts"]');
    const inFacts = (id: string) => !!facts?.querySelector(`[data-testid="${id}"]`);
    return {
      overflow: document.documentElement.scrollHeight - window.innerHeight,
      numberPx: px('ticket-number'),
      factPx: ['ticket-queue', 'ticket-wait'].map(px),
      aheadPx: px('ticket-ahead'),
      grouped: ['ticket-number', 'ticket-ahead', 'ticket-queue', 'ticket-wait'].every(inFacts),
      qr: box('status-qr'),
      note: box('status-qr-note'),
      done: document.querySelector('.primary-action button')!.getBoundingClientRect().bottom,
    };
  });
}

const CASES = [
  { lang: 'ar', larger: false, printer: 'paper-out' },
  { lang: 'en', larger: false, printer: 'paper-out' },
  { lang: 'ar', larger: true, printer: 'paper-out' },
  { lang: 'en', larger: true, printer: 'paper-out' },
  { lang: 'ar', larger: false, printer: 'ok' },
  { lang: 'en', larger: true, printer: 'ok' },
] as const;

for (const c of CASES) {
  const name = `${c.lang}${c.larger ? '-larger' : ''}-${c.printer === 'ok' ? 'printed' : 'not-printed'}`;
  test(`ticket screen ${name}: number and facts large and together, QR note on its code, no scrolling`, async ({
    page,
  }) => {
    kiosk().printer.setState(c.printer);
    await takeTicket(page, c.lang, c.larger);
    await expect(page.getByTestId('print-state')).toContainText(
      c.printer === 'ok'
        ? c.lang === 'en'
          ? 'Printed'
          : 'تمت الطباعة'
        : c.lang === 'en'
          ? 'could not be printed'
          : 'تعذرت طباعة',
    );
    const queue = DEMO_CATALOGUE.queues.find((q) => q.id === 'q-traffic')!;
    await expect(page.getByTestId('ticket-queue')).toContainText(queue.name[c.lang]);
    await expect(page.getByTestId('ticket-queue')).toContainText(queue.prefix);
    await page.evaluate(() => document.fonts.ready);
    const l = await layout(page);
    expect(l.overflow, `${name}: the page scrolls (px)`).toBeLessThanOrEqual(0);
    expect(l.done, `${name}: "Done" below the screen`).toBeLessThanOrEqual(KIOSK_SCREEN.height);
    expect(l.numberPx, `${name}: ticket number size`).toBeGreaterThanOrEqual(MIN_NUMBER_PX);
    for (const f of l.factPx) expect(f, `${name}: a fact's size`).toBeGreaterThanOrEqual(MIN_FACT_PX);
    // The place in line is a sentence, not a figure: above body text, below the facts' figures.
    expect(l.aheadPx, `${name}: the people ahead`).toBeGreaterThanOrEqual(MIN_SENTENCE_PX);
    expect(l.grouped, `${name}: number and facts in one group`).toBe(true);
    if (c.printer === 'ok') {
      // The code left the screen with the paper; its note says where it went, in the card.
      expect(l.qr).toBeNull();
      await expect(page.getByTestId('screen-ticket').locator('.ticket-card .qr-on-paper')).toBeVisible();
    } else {
      expect(l.qr).not.toBeNull();
      expect(l.note).not.toBeNull();
      const gap = l.note!.top - l.qr!.bottom;
      expect(gap, `${name}: note below its QR code (px)`).toBeGreaterThanOrEqual(0);
      expect(gap, `${name}: note away from its QR code (px)`).toBeLessThanOrEqual(MAX_NOTE_GAP);
      const centre = (b: { left: number; width: number }) => b.left + b.width / 2;
      expect(Math.abs(centre(l.note!) - centre(l.qr!))).toBeLessThanOrEqual(8);
    }
    await page.screenshot({ path: `test-results/screens/kiosk-ticket-${name}.png` });
    await expectAccessible(page, `ticket (${name})`);
  });
}

test('the place in line is one number, in its sentence, and the ticket number the only figure on its own', async ({
  page,
}) => {
  // Two tickets for the same queue: the second has people ahead of it, in Arabic and English.
  for (const lang of ['ar', 'en'] as const) {
    await takeTicket(page, lang, false);
    const place = page.getByTestId('ticket-facts').locator('.fact').first();
    const ahead = await place.locator('dd').innerText();
    expect(ahead, `${lang}: the people ahead`).toMatch(
      lang === 'en' ? /^\d+ (person|people) ahead of you$|^Nobody ahead of you/ : /أمامك/,
    );
    // Every figure in the place-in-line fact: one, inside the sentence (before: "3" and "2 people…").
    expect(
      ahead.match(/[0-9\u0660-\u0669]+/g)?.length ?? 0,
      `${lang}: figures in "${ahead}"`,
    ).toBeLessThanOrEqual(1);
    // Nothing in the card stands alone as a number except the ticket's.
    const loneNumbers = await page
      .getByTestId('ticket-facts')
      .locator('p, span, dd')
      .evaluateAll((els) =>
        els
          .filter((el) => /^[0-9\u0660-\u0669]+$/.test(el.textContent?.trim() ?? ''))
          .map((el) => el.textContent),
      );
    expect(loneNumbers, `${lang}: numbers standing alone`).toEqual([]);
  }
  await page.screenshot({ path: 'test-results/screens/kiosk-ticket-ahead-en.png' });
});
