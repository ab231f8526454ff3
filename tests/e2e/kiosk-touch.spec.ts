/**
 * The kiosk as its people use it: a 1080×1920 portrait touchscreen, elderly citizens, people who
 * read little. Every control on every kiosk screen is measured in normal and in larger-text mode
 * (at least 64 px each way; larger text must make it bigger, keypad and keyboard keys included);
 * the Arabic keyboard is complete; the idle warning counts down visibly; spoken guidance reads the
 * heading and the options and hides its button when the browser has no voice for the language.
 */
import { expect, test, type Page } from '@playwright/test';
import { startKioskE2e, type KioskE2e } from '../kiosk/e2e-fixture.js';
import { expectAccessible, keepScreenshot } from '../kiosk/e2e-helpers.js';
import { kiosk as kioskStrings } from '../../shared/i18n/apps/kiosk.js';
import { ar as common } from '../../shared/i18n/ar.js';

const MIN_PX = 64;
/**
 * Larger text must grow each control's smaller side (what a finger has to hit) by at least this
 * factor; area would not do, as a row of tiles may wrap into narrower, taller tiles.
 */
const MIN_GROWTH = 1.1;

// A tap that cannot happen fails within seconds, naming the button, instead of at the test's end.
test.use({ actionTimeout: 15_000 });

let k: KioskE2e;
test.beforeAll(async () => {
  k = await startKioskE2e();
});
test.afterAll(async () => k?.cleanup());
test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1080, height: 1920 });
});

interface Box {
  screen: string;
  label: string;
  width: number;
  height: number;
}

/** Every visible control (button, input, select, textarea, link, role=button/radio) and its box. */
async function measure(page: Page, screen: string): Promise<Box[]> {
  const boxes = await page.evaluate(() => {
    const seen = new Map<string, number>();
    const out: { label: string; width: number; height: number }[] = [];
    const all = document.querySelectorAll<HTMLElement>(
      'button, input:not([type="hidden"]), select, textarea, a[href], [role="button"], [role="radio"]',
    );
    for (const el of all) {
      const r = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      if ((r.width === 0 && r.height === 0) || style.visibility === 'hidden') continue;
      const name = (
        el.getAttribute('aria-label') ??
        (el.textContent?.trim() || el.getAttribute('name') || el.id || el.tagName)
      ).replace(/\s+/g, ' ');
      const base = `${el.tagName.toLowerCase()} «${name}»`;
      const n = (seen.get(base) ?? 0) + 1;
      seen.set(base, n);
      out.push({ label: n > 1 ? `${base} #${n}` : base, width: r.width, height: r.height });
    }
    return out;
  });
  expect(boxes.length, `${screen}: no controls found`).toBeGreaterThan(0);
  return boxes.map((b) => ({ screen, ...b }));
}

const tooSmall = (boxes: Box[]) =>
  boxes
    .filter((b) => b.width < MIN_PX - 0.5 || b.height < MIN_PX - 0.5)
    .map((b) => `${b.screen}: ${b.label} ${Math.round(b.width)}×${Math.round(b.height)}`);

/** The kiosk's own Arabic labels, so the walk follows the catalogue rather than copies of it. */
const AR = { ...kioskStrings.ar, close: common.common.close };

/**
 * Walks the kiosk's screens in Arabic, measuring each, in normal or larger-text mode: the start
 * screen, the accessibility panel, the question box, check-in, feedback, all services, search, a
 * service with its optional details and keypad, the assisted form with its keyboards and tiles,
 * and the ticket. Navigation is by the buttons a citizen taps.
 */
async function walk(page: Page, largerText: boolean): Promise<Box[]> {
  const mode = largerText ? 'larger' : 'normal';
  const boxes: Box[] = [];
  const visit = async (screen: string, testId: string) => {
    await expect(page.getByTestId(testId)).toBeVisible();
    boxes.push(...(await measure(page, screen)));
    await keepScreenshot(page, `touch-${screen}-${mode}`);
  };
  const tap = (name: string) => page.getByRole('button', { name, exact: true }).first().click();
  const back = () => tap(AR.back);

  await page.goto(k.kioskUrl);
  await page.getByRole('button', { name: AR.accessibility }).first().click();
  if (largerText) await tap(AR.largerText);
  await visit('accessibility', 'a11y-panel');
  await page.getByTestId('a11y-panel').getByRole('button', { name: AR.close }).click();
  await visit('start', 'screen-welcome');

  await page.getByTestId('open-ask').click();
  await visit('ask', 'screen-ask');
  await back();
  await tap(AR.haveAppointment);
  await visit('check-in', 'screen-checkin');
  await back();
  await tap(AR.rateVisit);
  await visit('feedback', 'screen-feedback');
  await back();
  await tap(AR.searchServices);
  await visit('search', 'screen-services');
  await back();
  await tap(AR.allServices);
  await visit('services', 'screen-services');

  // A service button's name also carries its agency and wait: match the service's name within it.
  await page.getByRole('button', { name: 'تجديد بطاقة الهوية' }).first().click();
  await visit('service', 'screen-service');
  await tap(AR.optionalTitle);
  await tap(AR.useEmiratesId);
  await visit('service-details', 'screen-service');

  await page.getByTestId('do-it-here').click();
  await expect(page.getByTestId('screen-assisted')).toBeVisible();
  await page.locator('input[name="mobile"]').click();
  await expect(page.getByTestId('osk')).toBeVisible();
  await page.getByTestId('on-behalf').click();
  await visit('assisted', 'screen-assisted');
  await page.getByTestId('osk').getByRole('button', { name: 'عربي' }).click();
  await visit('assisted-keyboard-ar', 'screen-assisted');
  await back();

  await tap(AR.printTicket);
  await visit('ticket', 'screen-ticket');
  return boxes;
}

test('every kiosk control is at least 64 px, and larger text makes every one of them bigger', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const walkIn = async (largerText: boolean) => {
    const context = await browser.newContext({ viewport: { width: 1080, height: 1920 }, hasTouch: true });
    try {
      return await walk(await context.newPage(), largerText);
    } finally {
      await context.close();
    }
  };
  const normal = await walkIn(false);
  const larger = await walkIn(true);

  const smallest = (boxes: Box[]) =>
    boxes.reduce((a, b) => (Math.min(b.width, b.height) < Math.min(a.width, a.height) ? b : a));
  const describe = (b: Box) => `${Math.round(b.width)}×${Math.round(b.height)} (${b.screen}: ${b.label})`;
  // The figures for the record: how many controls were measured, and the smallest in each mode.
  console.log(
    `kiosk touch: ${normal.length} controls on ${new Set(normal.map((b) => b.screen)).size} screens; ` +
      `smallest normal ${describe(smallest(normal))}, larger text ${describe(smallest(larger))}`,
  );
  expect(tooSmall(normal), 'controls under 64 px (normal text)').toEqual([]);
  expect(tooSmall(larger), 'controls under 64 px (larger text)').toEqual([]);

  const key = (b: Box) => `${b.screen}: ${b.label}`;
  const big = new Map(larger.map((b) => [key(b), b]));
  const compared = normal.filter((b) => big.has(key(b)));
  // The same screens show the same controls in both modes (a few may differ, e.g. a mode's own toggle).
  expect(compared.length).toBeGreaterThan(normal.length * 0.9);
  const notGrown = compared
    .filter((b) => {
      const l = big.get(key(b))!;
      return Math.min(l.width, l.height) < Math.min(b.width, b.height) * MIN_GROWTH;
    })
    .map((b) => {
      const l = big.get(key(b))!;
      return `${key(b)} ${Math.round(b.width)}×${Math.round(b.height)} → ${Math.round(l.width)}×${Math.round(l.height)}`;
    });
  expect(notGrown, 'controls that larger text does not grow').toEqual([]);
});

test('the Arabic keyboard has every letter and hamza form, space and delete', async ({ page }) => {
  await page.goto(k.kioskUrl);
  await page.getByTestId('open-ask').click();
  const osk = page.getByTestId('ask-osk');
  await expect(osk).toHaveAttribute('data-layout', 'ar');
  const letters = 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي' + 'أإآءؤئةى';
  for (const letter of letters)
    await expect(osk.getByRole('button', { name: letter, exact: true }), letter).toHaveCount(1);
  const input = page.locator('#ask-question');
  for (const key of ['إ', 'ق', 'ا', 'م', 'ة'])
    await osk.getByRole('button', { name: key, exact: true }).click();
  await osk.getByRole('button', { name: 'مسافة' }).click();
  for (const key of ['آ', 'ل', 'ى']) await osk.getByRole('button', { name: key, exact: true }).click();
  await osk.getByRole('button', { name: 'حذف' }).click();
  await expect(input).toHaveValue('إقامة آل');
  await expectAccessible(page, 'question box keyboard (ar)');
  await keepScreenshot(page, 'touch-keyboard-ar');
});

test('the idle warning counts down in big digits; continue is its biggest button', async ({ page }) => {
  await page.clock.install();
  await page.goto(k.kioskUrl);
  await page.getByRole('button', { name: AR.allServices, exact: true }).click();
  await expect(page.getByTestId('screen-services')).toBeVisible();
  // From here the kiosk's time moves only when the test moves it.
  await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1000));
  await page.clock.runFor(91_000);
  const warning = page.getByTestId('idle-warning');
  await expect(warning).toBeVisible();
  const seconds = warning.getByTestId('idle-seconds');
  const number = warning.locator('.idle-number');
  // About 30 s are left (the warning's 30, less the moment it took to appear) ...
  const first = Number(await seconds.getAttribute('data-seconds'));
  expect(first).toBeGreaterThanOrEqual(28);
  expect(first).toBeLessThanOrEqual(30);
  // ... shown in the centre's digits, whichever they are ...
  const shown = (n: number) => new RegExp(`^(${n}|${n.toLocaleString('ar-EG')})$`);
  await expect(number).toHaveText(shown(first));
  // ... and five seconds later, five fewer.
  await page.clock.runFor(5_000);
  await expect(seconds).toHaveAttribute('data-seconds', String(first - 5));
  await expect(number).toHaveText(shown(first - 5));
  await expect(seconds).toContainText('ثانية');
  // The number is large: at least three times the body text.
  const sizes = await warning.evaluate((d) => ({
    number: parseFloat(getComputedStyle(d.querySelector('.idle-number')!).fontSize),
    body: parseFloat(getComputedStyle(d.querySelector('#idle-body')!).fontSize),
  }));
  expect(sizes.number).toBeGreaterThanOrEqual(sizes.body * 3);
  const buttons = await warning.getByRole('button').evaluateAll((bs) =>
    bs.map((b) => ({
      name: b.textContent,
      area: b.getBoundingClientRect().width * b.getBoundingClientRect().height,
    })),
  );
  const biggest = buttons.reduce((a, b) => (b.area > a.area ? b : a));
  expect(biggest.name).toBe('نعم، أكمل');
  expect(tooSmall(await measure(page, 'idle warning')), 'idle warning controls under 64 px').toEqual([]);
  await keepScreenshot(page, 'touch-idle-warning-ar');
  // axe waits on timers of its own: let time flow again (the warning still has over 20 s).
  await page.clock.resume();
  await expectAccessible(page, 'idle warning (ar)');
  await page.getByRole('button', { name: 'نعم، أكمل' }).click();
  await expect(warning).toBeHidden();
  await expect(page.getByTestId('screen-services')).toBeVisible();
});

/**
 * A fake Web Speech API with only the given voices, installed before the kiosk loads; what the
 * kiosk asks it to say is kept in `window.__spoken`.
 */
async function fakeSpeech(page: Page, voices: string[]) {
  await page.addInitScript((langs: string[]) => {
    const spoken: { text: string; lang: string }[] = [];
    const listeners = new Set<() => void>();
    let list = langs.map((lang) => ({ lang, name: lang }));
    class Utterance {
      lang = '';
      rate = 1;
      constructor(public text: string) {}
    }
    const synth = {
      getVoices: () => list,
      speak: (u: Utterance) => spoken.push({ text: u.text, lang: u.lang }),
      cancel: () => undefined,
      addEventListener: (_: string, l: () => void) => listeners.add(l),
      removeEventListener: (_: string, l: () => void) => listeners.delete(l),
    };
    // The browser's own speechSynthesis is a getter on Window.prototype: shadow it on the window.
    const define = (name: string, value: unknown) =>
      Object.defineProperty(window, name, { value, configurable: true, writable: true });
    define('speechSynthesis', synth);
    define('SpeechSynthesisUtterance', Utterance);
    define('__spoken', spoken);
    // Lets the test add a voice later, as Chromium does once its voice list has loaded.
    define('__setVoices', (next: string[]) => {
      list = next.map((lang) => ({ lang, name: lang }));
      for (const l of listeners) l();
    });
  }, voices);
}

const spoken = (page: Page) =>
  page.evaluate(() => (window as unknown as { __spoken: { text: string; lang: string }[] }).__spoken);

test('spoken guidance reads the heading and the options; no voice for the language, no button', async ({
  page,
}) => {
  await fakeSpeech(page, ['ar-SA']);
  await page.goto(k.kioskUrl);
  await page.getByRole('button', { name: AR.allServices, exact: true }).click();
  await expect(page.getByTestId('screen-services')).toBeVisible();
  await page.getByTestId('listen').click();
  const [said] = await spoken(page);
  expect(said?.lang).toBe('ar-AE');
  expect(said?.text).toContain(`${AR.allServices}.`);
  expect(said?.text).toContain('الخيارات:');
  expect(said?.text).toContain('تجديد بطاقة الهوية');
  // A tile's lines (name, then wait) are read as separate words, not run together.
  expect(said?.text).not.toMatch(/الهوية[0-9٠-٩]/);
  // The navigation bar is the same on every screen and is not read as an option.
  expect(said?.text).not.toContain(AR.startOver);
  await page.getByRole('button', { name: AR.accessibility }).first().click();
  await expect(page.getByRole('button', { name: AR.speech })).toBeVisible();
  await page.getByRole('button', { name: AR.close }).click();

  // English: this browser has no English voice, so neither the button nor the mode is offered.
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByTestId('screen-services')).toBeVisible();
  await expect(page.getByTestId('listen')).toHaveCount(0);
  await page.getByRole('button', { name: kioskStrings.en.accessibility }).first().click();
  await expect(page.getByTestId('a11y-panel')).toBeVisible();
  await expect(page.getByRole('button', { name: kioskStrings.en.speech })).toHaveCount(0);
  await page.getByRole('button', { name: 'Close' }).click();
  // The voice list arrives late: the button appears with it.
  await page.evaluate(() =>
    (window as unknown as { __setVoices: (v: string[]) => void }).__setVoices(['en-GB']),
  );
  await expect(page.getByTestId('listen')).toBeVisible();
});
