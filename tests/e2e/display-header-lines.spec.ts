/**
 * The board's header, the centre's name in two languages (issue #15): on a portrait board
 * (1080×1920) and a landscape one (1920×1080), Arabic first, the dots under "دبي" touched the
 * English name below. Measured on the drawn pixels, one language at a time: the first name's lowest
 * ink stays clear of the second's highest, in both language orders, and the board still fits (the
 * busiest landscape board, with an Urdu line: display-busy-mixed.spec.ts).
 */
import { expect, test, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { PNG } from 'pngjs';
import { DISPLAY_KEY, type TestHub } from '../support/hub.js';
import { startE2eHub } from './support/hub.js';
import { layoutProblems, SCREENS } from './support/display-layout.js';

/** The hub's clock runs at real speed from Monday 7 December 2026, 10:00 in Dubai: the centre is open. */
const shift = Date.parse('2026-12-07T10:00:00+04:00') - Date.now();
/** Clear space between the two names' ink, in CSS pixels: about a bold letter's stroke at 48 px. */
const MIN_GAP_PX = 8;

let hub: TestHub;
test.beforeAll(async () => {
  hub = await startE2eHub({ clock: { now: () => Date.now() + shift } });
});
test.afterAll(async () => hub?.cleanup());

/**
 * The rows (page pixels) holding ink of one of the title's two lines, the other hidden: white
 * letters on the board's dark blue, so a pixel far lighter than the background is ink.
 */
async function inkRows(page: Page, shown: 'first' | 'second'): Promise<{ top: number; bottom: number }> {
  const hidden = shown === 'first' ? 'second' : 'first';
  const title = page.locator('header h1');
  await title.locator(`.${hidden}`).evaluate((el: HTMLElement) => (el.style.visibility = 'hidden'));
  const box = await title.boundingBox();
  if (!box) throw new Error('the title is not drawn');
  // A little above and below the title's box: descenders and dots may reach past it.
  const clip = { x: box.x, y: Math.max(0, box.y - 16), width: box.width, height: box.height + 32 };
  const png = PNG.sync.read(await page.screenshot({ clip }));
  await title.locator(`.${hidden}`).evaluate((el: HTMLElement) => (el.style.visibility = ''));
  const rows: number[] = [];
  for (let y = 0; y < png.height; y++)
    for (let x = 0; x < png.width; x++) {
      const i = (y * png.width + x) * 4;
      if ((png.data[i]! + png.data[i + 1]! + png.data[i + 2]!) / 3 > 110) {
        rows.push(y);
        break;
      }
    }
  if (!rows.length) throw new Error(`no ink in the title's ${shown} line`);
  return { top: clip.y + rows[0]!, bottom: clip.y + rows[rows.length - 1]! };
}

for (const screen of SCREENS)
  for (const order of ['ar,en', 'en,ar'] as const)
    test(`the centre's two names do not touch on a ${screen.name} board (${order})`, async ({ browser }) => {
      const ctx = await browser.newContext({ viewport: { width: screen.width, height: screen.height } });
      const board = await ctx.newPage();
      try {
        await board.goto(`${hub.url}/display/#key=${DISPLAY_KEY}&lang=${order}`);
        await expect(board.locator('header h1 .first')).toHaveText(/دبي|Dubai/);
        await board.evaluate(() => document.fonts.ready);
        mkdirSync('artifacts/screens', { recursive: true });
        await board
          .locator('header')
          .screenshot({ path: `artifacts/screens/header-${screen.name}-${order.replace(',', '-')}.png` });
        const first = await inkRows(board, 'first');
        const second = await inkRows(board, 'second');
        expect({ order, gap: second.top - first.bottom >= MIN_GAP_PX, first, second }).toEqual({
          order,
          gap: true,
          first,
          second,
        });
        expect(await layoutProblems(board)).toEqual([]);
      } finally {
        await ctx.close();
      }
    });
