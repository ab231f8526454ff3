/**
 * The kiosk's "All services" screen on its 1080×1920 portrait screen (issue #15: the page was
 * ~2500 px tall, the Labour tiles, among them the work permit a Malayalam-speaking worker comes for,
 * and the Back/Start bar lay below the fold, and the accessibility button covered the "Human
 * Resources" heading). In Arabic, English and Malayalam every agency's tiles and the bottom bar are
 * on the screen at once, and nothing lies under the accessibility button or the bar. In larger text,
 * where they cannot all fit, the bar stays in view, "more services below" says the list goes on, and
 * scrolled to its end the list shows its last tile above the bar. Screenshots:
 * test-results/screens/kiosk-services-*.png.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from '../kiosk/e2e-helpers.js';
import { kiosk as kioskStrings } from '../../shared/i18n/apps/kiosk.js';
import { kiosk as mlStrings } from '../../shared/i18n/locales/ml/kiosk.js';
import { DEMO_CATALOGUE } from '../../main/demo/catalogue.js';
import { portraitKiosk } from './support/kiosk-portrait.js';

type Lang = 'ar' | 'en' | 'ml';

test.use({ actionTimeout: 15_000 });

interface Rect {
  top: number;
  bottom: number;
  left: number;
  right: number;
}
interface Named extends Rect {
  name: string;
}
interface Layout {
  viewport: { width: number; height: number };
  pageOverflow: number;
  nav: Rect;
  a11y: Rect;
  /** The part of the scrolling list the screen shows. */
  list: Rect;
  listAtEnd: boolean;
  tiles: Named[];
  headings: Named[];
  /** Every other control of the screen (search, bar buttons, "more below" when shown). */
  controls: Named[];
  moreBelowShown: boolean;
}

function layout(page: Page): Promise<Layout> {
  return page.evaluate(() => {
    const rect = (el: Element) => {
      const r = el.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
    };
    const named = (el: Element) => ({ name: (el.textContent ?? '').trim().slice(0, 50), ...rect(el) });
    const screen = document.querySelector('[data-testid=screen-services]')!;
    const list = screen.querySelector('main')!;
    const a11y = document.querySelector('.a11y-button')!;
    const moreBelow = screen.querySelector<HTMLElement>('[data-testid=more-below]');
    const moreBelowShown = !!moreBelow && getComputedStyle(moreBelow).visibility !== 'hidden';
    return {
      viewport: { width: window.innerWidth, height: window.innerHeight },
      pageOverflow: document.documentElement.scrollHeight - window.innerHeight,
      nav: rect(screen.querySelector('.step-nav')!),
      a11y: rect(a11y),
      list: rect(list),
      // As the screen decides it (catalogue.tsx useMoreBelow): a pixel of rounding is not "more".
      listAtEnd: list.scrollTop + list.clientHeight >= list.scrollHeight - 2,
      tiles: [...screen.querySelectorAll('button.tile')].map(named),
      headings: [...screen.querySelectorAll('h1, h2')].map(named),
      controls: [...screen.querySelectorAll('button, input')]
        .filter((el) => !el.classList.contains('tile'))
        .filter((el) => el !== moreBelow || moreBelowShown)
        .map(named),
      moreBelowShown,
    };
  });
}

const overlaps = (a: Rect, b: Rect) =>
  a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
const inside = (a: Rect, box: Rect) =>
  a.top >= box.top - 0.5 &&
  a.bottom <= box.bottom + 0.5 &&
  a.left >= box.left - 0.5 &&
  a.right <= box.right + 0.5;

/** The bar and the accessibility button in view, nothing under either, every shown tile whole. */
function expectNothingCovered(l: Layout, name: string): void {
  const screen = { top: 0, left: 0, bottom: l.viewport.height, right: l.viewport.width };
  expect(l.pageOverflow, `${name}: the page itself scrolls (px)`).toBeLessThanOrEqual(0);
  expect(inside(l.nav, screen), `${name}: the bottom bar is on the screen`).toBe(true);
  expect(inside(l.a11y, screen), `${name}: the accessibility button is on the screen`).toBe(true);
  // The accessibility button sits in the bar's corner, as on a service's screen.
  expect(inside(l.a11y, l.nav), `${name}: the accessibility button is in the bottom bar`).toBe(true);
  expect(l.list.bottom, `${name}: the list ends above the bar`).toBeLessThanOrEqual(l.nav.top + 0.5);
  // What the list shows of each tile and heading: the rest is scrolled out of sight.
  const shown = (r: Named) => ({
    ...r,
    top: Math.max(r.top, l.list.top),
    bottom: Math.min(r.bottom, l.list.bottom),
  });
  for (const r of [...l.tiles, ...l.headings].map(shown).filter((r) => r.bottom > r.top))
    expect(overlaps(r, l.a11y), `${name}: «${r.name}» under the button`).toBe(false);
  for (const c of l.controls.filter((c) => !inside(c, l.nav)))
    expect(overlaps(c, l.a11y), `${name}: «${c.name}» under the button`).toBe(false);
}

const WORDS = { ar: kioskStrings.ar, en: kioskStrings.en, ml: mlStrings };

async function openServices(page: Page, lang: Lang, largerText: boolean): Promise<void> {
  const words = WORDS[lang];
  await page.goto(kiosk().kioskUrl);
  await expect(page.getByTestId('screen-welcome')).toBeVisible();
  if (lang === 'en') await page.getByRole('button', { name: 'English', exact: true }).click();
  if (lang === 'ml') {
    await page.getByTestId('more-languages').click();
    await page.locator('[data-language=ml]').click();
  }
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  if (largerText) {
    await page.locator('.welcome-nav .nav-button').first().click();
    const panel = page.getByTestId('a11y-panel');
    await panel.getByRole('button', { name: words.largerText, exact: true }).click();
    await panel.locator('.big-button.primary').click();
    await expect(page.locator('.kiosk.larger-text')).toHaveCount(1);
  }
  await page.getByRole('button', { name: words.allServices, exact: true }).click();
  await expect(page.getByTestId('screen-services')).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `test-results/screens/kiosk-services-${name}.png` });
}

const kiosk = portraitKiosk();
test.beforeEach(async ({ page }) => {
  // Reduced motion: "more below" then scrolls at once, so each tap's result can be read as it lands.
  await page.emulateMedia({ reducedMotion: 'reduce' });
});

for (const lang of ['ar', 'en', 'ml'] as const)
  test(`every agency's services and the bottom bar fit the screen at once (${lang})`, async ({ page }) => {
    await openServices(page, lang, false);
    const l = await layout(page);
    const screen = { top: 0, left: 0, bottom: l.viewport.height, right: l.viewport.width };
    expect(l.tiles).toHaveLength(DEMO_CATALOGUE.services.length);
    for (const tile of l.tiles) {
      expect(inside(tile, l.list), `${lang}: «${tile.name}» whole in the list`).toBe(true);
      expect(inside(tile, screen), `${lang}: «${tile.name}» on the screen`).toBe(true);
    }
    // The list does not scroll at all: nothing is out of sight, so nothing says "more below".
    expect(l.listAtEnd, `${lang}: the list scrolls`).toBe(true);
    expect(l.moreBelowShown).toBe(false);
    await expect(page.locator('button.tile[data-service="work-permit"]')).toBeInViewport({ ratio: 1 });
    expectNothingCovered(l, lang);
    // Each tile's figure is said to be a wait, not how long the service takes (issue #15).
    const label = WORDS[lang].tileWait.replace('{{wait}}', '');
    await expect(page.locator('button.tile .tile-meta')).toHaveCount(l.tiles.length);
    for (const meta of await page.locator('button.tile .tile-meta').allInnerTexts())
      expect(meta.startsWith(label.trim()), `"${meta}" says it is a wait`).toBe(true);
    await shot(page, lang);
    await expectAccessible(page, `all services (${lang})`);
  });

for (const lang of ['ar', 'en', 'ml'] as const)
  test(`in larger text the bar stays in view and the list says it goes on (${lang})`, async ({ page }) => {
    await openServices(page, lang, true);
    await shot(page, `${lang}-larger`);
    const first = await layout(page);
    expect(first.tiles).toHaveLength(DEMO_CATALOGUE.services.length);
    expectNothingCovered(first, `${lang}, larger text`);
    if (first.listAtEnd) {
      // Everything fits after all: then nothing may be out of sight.
      for (const tile of first.tiles) expect(inside(tile, first.list), `«${tile.name}» whole`).toBe(true);
      expect(first.moreBelowShown).toBe(false);
    } else {
      expect(first.moreBelowShown, `${lang}: a longer list says so above the bar`).toBe(true);
      // Its tap scrolls on; at the end the last tile shows whole above the bar, which never moved.
      const moreBelow = page.getByTestId('more-below');
      for (
        let taps = 0;
        taps < 10 && (await moreBelow.evaluate((el) => getComputedStyle(el).visibility)) !== 'hidden';
        taps++
      ) {
        const before = await page.evaluate(
          () => document.querySelector('[data-testid=screen-services] main')!.scrollTop,
        );
        await moreBelow.click();
        await expect
          .poll(() =>
            page.evaluate(() => document.querySelector('[data-testid=screen-services] main')!.scrollTop),
          )
          .toBeGreaterThan(before);
        // The hint follows the scroll: shown exactly while the list has more below.
        await expect.poll(() => layout(page).then((l) => l.listAtEnd !== l.moreBelowShown)).toBe(true);
      }
      await expect.poll(() => layout(page).then((l) => l.listAtEnd)).toBe(true);
      const end = await layout(page);
      expect(end.moreBelowShown).toBe(false);
      expect(end.nav).toEqual(first.nav);
      const last = end.tiles.at(-1)!;
      expect(inside(last, end.list), `${lang}: the last tile whole at the end of the list`).toBe(true);
      await expect(page.locator('button.tile[data-service="work-permit"]')).toBeInViewport({ ratio: 1 });
      expectNothingCovered(end, `${lang}, larger text, scrolled to the end`);
      await shot(page, `${lang}-larger-end`);
    }
    await expectAccessible(page, `all services (${lang}, larger text)`);
  });
