/**
 * Larger text on the kiosk's other screens (issue #15, after the start, all-services and service
 * screens): check-in, the happiness meter, "do it here" (the service's form) and the question box
 * scrolled the whole page, so with larger text their main button could lie below the 1920 px
 * portrait screen and the floating accessibility button over what was under it. Each is now the
 * screen's height, its content scrolling between the header and the bottom bar: at 1080×1920, in
 * larger text and in larger text with high contrast, the screen's main action and the accessibility
 * button are on the screen, uncovered, without scrolling; every control is at least 84 px and can be
 * brought into view uncovered. Screenshots: kiosk-other-*.png in each test's output folder.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { kiosk as kioskStrings } from '../../shared/i18n/apps/kiosk.js';
import { ask as askStrings } from '../../shared/i18n/apps/ask.js';
import { assisted as assistedStrings } from '../../shared/i18n/apps/assisted.js';
import { expectAccessible } from '../kiosk/e2e-helpers.js';
import { portraitKiosk } from './support/kiosk-portrait.js';
import { expectReachable } from './support/reach.js';
import { openKioskWith } from './support/kiosk-modes.js';

const kiosk = portraitKiosk();
/** The larger-text touch size (kiosk.css `--touch`). */
const LARGER_TOUCH = 84;

type Lang = 'ar' | 'en';

/** The page itself never scrolls: only the screen's content does, between its header and bar. */
async function expectPageStill(page: Page, what: string) {
  const overflow = await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
  expect(overflow, `${what}: the whole page scrolls (px)`).toBeLessThanOrEqual(0);
}

/** Every visible control of the screen is a larger-text target, and can be brought into view uncovered. */
async function expectEveryControlReachable(page: Page, screen: string) {
  const controls = page.getByTestId(screen).locator('main').locator('button:visible, input:visible');
  for (const control of await controls.all()) {
    const name = ((await control.getAttribute('aria-label')) ?? (await control.textContent()) ?? '').trim();
    const box = (await control.boundingBox())!;
    expect(Math.round(box.height), `${screen}: «${name}» height`).toBeGreaterThanOrEqual(LARGER_TOUCH);
    expect(Math.round(box.width), `${screen}: «${name}» width`).toBeGreaterThanOrEqual(LARGER_TOUCH);
    await control.scrollIntoViewIfNeeded();
    await expectReachable(control, `${screen}: «${name}»`);
  }
}

async function shot(page: Page, name: string) {
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: test.info().outputPath(`kiosk-other-${name}.png`) });
}

/** Types on the question box's keyboard-less field (its keys are tested elsewhere) and asks. */
async function ask(page: Page, lang: Lang, question: string) {
  await page.getByTestId('open-ask').click();
  await expect(page.getByTestId('screen-ask')).toBeVisible();
  await page.locator('#ask-question').fill(question);
  await page.getByRole('button', { name: askStrings[lang].submit, exact: true }).click();
  await expect(page.getByTestId('ask-answer')).toBeAttached();
}

/**
 * Each screen, in the state where it is longest, from the start screen; `open` returns its main
 * action. `inBar`: the action stays in view however far the content is scrolled (the question box's
 * "Ask" scrolls away above the answers it brought, as the search field above its results).
 */
const SCREENS: Record<
  string,
  { testId: string; inBar: boolean; open: (page: Page, lang: Lang) => Promise<Locator> }
> = {
  'check-in': {
    testId: 'screen-checkin',
    inBar: true,
    open: async (page, lang) => {
      await page.getByRole('button', { name: kioskStrings[lang].haveAppointment }).click();
      // A code no booking has: the refusal stands above the keys and the button.
      await page.getByTestId('booking-code').fill('ZZZZ9999');
      await page.getByRole('button', { name: kioskStrings[lang].checkIn, exact: true }).click();
      await expect(page.getByTestId('screen-checkin').getByRole('alert')).toBeVisible();
      await page.getByTestId('booking-code').fill('ZZZZ9999');
      return page.getByRole('button', { name: kioskStrings[lang].checkIn, exact: true });
    },
  },
  feedback: {
    testId: 'screen-feedback',
    inBar: false,
    open: async (page, lang) => {
      await page.getByRole('button', { name: kioskStrings[lang].rateVisit }).click();
      // A keyboard-wedge scanner types the ticket's link, wherever the focus is, then Enter.
      await page.keyboard.type('no-such-ticket-token-0000');
      await page.keyboard.press('Enter');
      await expect(page.getByTestId('screen-feedback').getByRole('alert')).toBeVisible();
      // There is no field (a ticket's number cannot prove whose visit it is): the screen's one
      // "action" is its instruction to scan the ticket at the scanner.
      return page.getByTestId('feedback-scan-hint');
    },
  },
  'do-it-here': {
    testId: 'screen-assisted',
    inBar: true,
    open: async (page, lang) => {
      await page.getByTestId('top-services').locator('[data-service="eid-renew"]').click();
      await page.getByTestId('do-it-here').click();
      await expect(page.getByTestId('screen-assisted')).toBeVisible();
      // The on-screen keyboard open under a field, as when the citizen types.
      await page.getByTestId('screen-assisted').locator('input').first().click();
      await expect(page.getByTestId('screen-assisted').locator('.osk')).toBeVisible();
      return page.getByRole('button', { name: assistedStrings[lang].submit!, exact: true });
    },
  },
  'ask-answered': {
    testId: 'screen-ask',
    inBar: false,
    open: async (page, lang) => {
      await ask(page, lang, lang === 'ar' ? 'كيف أجدد الهوية؟' : 'How do I renew my Emirates ID?');
      await expect(page.getByTestId('ask-service').first()).toBeAttached();
      return page.getByRole('button', { name: askStrings[lang].submit, exact: true });
    },
  },
  'ask-handed-over': {
    testId: 'screen-ask',
    inBar: true,
    open: async (page, lang) => {
      await ask(page, lang, lang === 'ar' ? 'قطط زرقاء تطير فوق القمر' : 'purple giraffes dancing xylophone');
      await expect(page.getByTestId('ask-handover')).toBeAttached();
      return page.getByRole('button', { name: askStrings[lang].callAssistant, exact: true });
    },
  },
};

const MODES = [
  { name: 'larger', modes: ['largerText'] },
  { name: 'larger-hc', modes: ['largerText', 'highContrast'] },
] as const;

for (const [screenName, screen] of Object.entries(SCREENS))
  for (const m of MODES)
    for (const lang of ['ar', 'en'] as const) {
      // High contrast changes colours, not sizes: one language is enough for it.
      if (m.name === 'larger-hc' && lang === 'en') continue;
      test(`${screenName} (${m.name}, ${lang}): its main action and the accessibility button are on the screen, uncovered`, async ({
        page,
      }) => {
        await openKioskWith(page, kiosk().kioskUrl, lang, m.modes);
        const main = await screen.open(page, lang);
        await expect(page.getByTestId(screen.testId)).toBeVisible();
        await page.evaluate(() => document.fonts.ready);
        const a11y = page.getByRole('button', { name: kioskStrings[lang].accessibility, exact: true });
        await expectPageStill(page, screenName);
        await expectReachable(main, `${screenName}: its main action`);
        await expectReachable(a11y, `${screenName}: the accessibility button`);
        await shot(page, `${screenName}-${m.name}-${lang}`);
        await expectEveryControlReachable(page, screen.testId);
        if (screen.inBar) await expectReachable(main, `${screenName}: its main action, scrolled to the end`);
        await expectReachable(a11y, `${screenName}: the accessibility button, scrolled to the end`);
        await expectAccessible(page, `${screenName} (${m.name}, ${lang})`);
      });
    }
