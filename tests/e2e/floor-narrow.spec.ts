/**
 * The floor app on a phone, 390×844 (issue #15): a queue's name is the only label of its row, so it
 * is never cut off with an ellipsis; long names wrap between words, within the row's own box, in
 * Arabic and English.
 */
import { expect, test, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import type { TestHub } from '../support/hub.js';
import { startE2eHub } from './support/hub.js';
import { DEMO_CATALOGUE } from '../../main/demo/catalogue.js';
import { expectNoAxeViolations } from './counter-support.js';

const LONG_NAMES: Record<string, { ar: string; en: string }> = {
  'q-identity': {
    ar: 'الهوية الإماراتية وبطاقات الإقامة وتحديث البيانات الشخصية',
    en: 'Emirates ID, residence cards and personal data updates',
  },
  'q-traffic': {
    ar: 'ترخيص المركبات ورخص القيادة والمخالفات المرورية',
    en: 'Vehicle registration, driving licences and traffic fines',
  },
  'q-municipality': {
    ar: 'تصاريح البلدية والاشتراطات الصحية للمنشآت التجارية',
    en: 'Municipality permits and establishment inspections',
  },
};
const catalogue = {
  ...DEMO_CATALOGUE,
  queues: DEMO_CATALOGUE.queues.map((q) => ({ ...q, name: LONG_NAMES[q.id] ?? q.name })),
};

let hub: TestHub;
test.beforeAll(async () => {
  hub = await startE2eHub({ catalogue });
});
test.afterAll(async () => hub?.cleanup());

/** Each queue name's box: does its text stay inside, and is any word split across two lines? */
function nameProblems(page: Page) {
  return page.evaluate(() => {
    const problems: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('[data-testid="queue-name"]')) {
      const box = el.getBoundingClientRect();
      if (el.scrollWidth > el.clientWidth + 1) problems.push(`overflows its box: ${el.textContent}`);
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (const m of text.matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(node, m.index);
          range.setEnd(node, m.index + m[0].length);
          const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
          if (lines.size > 1) problems.push(`"${m[0]}" broken across lines`);
          for (const r of range.getClientRects())
            if (r.left < box.left - 1 || r.right > box.right + 1) problems.push(`"${m[0]}" outside its box`);
        }
      }
      if (getComputedStyle(el).textOverflow === 'ellipsis') problems.push(`ellipsis: ${el.textContent}`);
    }
    if (document.documentElement.scrollWidth > window.innerWidth)
      for (const el of document.body.querySelectorAll('*')) {
        const r = el.getBoundingClientRect();
        if (r.right > window.innerWidth + 1 || r.left < -1)
          problems.push(
            `the page scrolls sideways: ${el.tagName.toLowerCase()}.${el.className} "${(el.textContent ?? '').slice(0, 30)}"`,
          );
      }
    return problems;
  });
}

for (const lang of ['ar', 'en'] as const)
  test(`queue names at 390×844 wrap between words inside their box (${lang})`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${hub.url}/floor/${lang === 'en' ? '?lang=en' : ''}`);
    await page.locator('input[name="username"]').fill('floor');
    await page.locator('input[name="pin"]').fill('112233');
    await page.locator('form.sign-in button[type="submit"]').click();
    const names = page.getByTestId('queue-name');
    await expect(names).toHaveCount(DEMO_CATALOGUE.queues.length);
    await expect(names.first()).toContainText(LONG_NAMES['q-identity']![lang]);
    await page.evaluate(() => document.fonts.ready);
    const table = page.locator('table.queues');
    await table.scrollIntoViewIfNeeded();
    mkdirSync('artifacts/screens', { recursive: true });
    await table.screenshot({ path: `artifacts/screens/floor-390-${lang}.png` });
    expect(await nameProblems(page)).toEqual([]);
    // Two clean lines at most for the longest name: its text sits on no more than two line boxes.
    for (const name of await names.all()) {
      const lines = await name.evaluate((el) => {
        const range = document.createRange();
        range.selectNodeContents(el);
        const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
        const bottoms: number[] = [];
        // A line box holds pieces of text whose vertical extents overlap (the prefix's box is taller).
        for (const r of rects.sort((a, b) => a.top - b.top))
          if (!bottoms.length || r.top >= bottoms[bottoms.length - 1]! - 1) bottoms.push(r.bottom);
          else bottoms[bottoms.length - 1] = Math.max(bottoms[bottoms.length - 1]!, r.bottom);
        return bottoms.length;
      });
      expect(lines).toBeLessThanOrEqual(2);
    }
    await expectNoAxeViolations(page);
  });
