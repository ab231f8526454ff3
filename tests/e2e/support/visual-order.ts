/** Reads the order text is drawn in, character by character, from the layout (Range.getClientRects). */
import type { Locator } from '@playwright/test';

/**
 * Whether `token`, inside the element's text, is drawn left to right as written: each character's box
 * starts right of the one before (on one line). The element's text must contain `token` once.
 */
export async function readsLeftToRight(el: Locator, token: string): Promise<boolean> {
  const xs = await charXs(el, token);
  return xs.every((x, i) => i === 0 || x > xs[i - 1]!);
}

/** The x position of the first character of `token`, in CSS pixels (to compare two tokens' sides). */
export async function xOf(el: Locator, token: string): Promise<number> {
  return (await charXs(el, token))[0]!;
}

/** The left edge of each character of `token` (isolate marks, which draw nothing, are skipped). */
function charXs(el: Locator, token: string): Promise<number[]> {
  return el.evaluate((root, t) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const chars: { node: Text; offset: number; ch: string }[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n as Text;
      for (let i = 0; i < text.data.length; i++)
        if (!/[\u2066-\u2069]/.test(text.data[i]!)) chars.push({ node: text, offset: i, ch: text.data[i]! });
    }
    const all = chars.map((c) => c.ch).join('');
    const start = all.indexOf(t);
    if (start < 0 || all.indexOf(t, start + 1) >= 0) throw new Error(`"${t}" is not once in "${all}"`);
    return chars.slice(start, start + t.length).map((c) => {
      const r = document.createRange();
      r.setStart(c.node, c.offset);
      r.setEnd(c.node, c.offset + 1);
      return r.getBoundingClientRect().left;
    });
  }, token);
}
