/** The text a page draws, for the digit checks of the apps' browser tests (issue #15). */
import type { Page } from '@playwright/test';

/**
 * Every text node drawn on the page and every option of its selects (their lists open on a tap),
 * outside the elements `skip` matches (a selector: English, left-to-right identifiers…).
 */
export function drawnTexts(page: Page, skip: string): Promise<string[]> {
  return page.evaluate((skip) => {
    const texts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const parent = n.parentElement;
      if (!parent || parent.closest(skip)) continue;
      if (parent.closest('option') || parent.getClientRects().length > 0) texts.push(n.textContent ?? '');
    }
    return texts;
  }, skip);
}
