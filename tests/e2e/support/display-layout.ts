/**
 * What the display board's layout tests measure (tests/e2e/display*.spec.ts): everything that spills
 * out of the screen, scrolls, is clipped, wraps or is too small to read at 5 m.
 */
import type { Page } from '@playwright/test';

/** The minimum sizes for a 1080p TV read from 5 m (~40 px per inch on a 55" screen; 1 inch of letter per 3–4.5 m). */
export const MIN_BODY_PX = 48;
export const MIN_TITLE_PX = 64;
export const MIN_CALL_PX = 160;
export const SCREENS = [
  { name: 'landscape', width: 1920, height: 1080 },
  { name: 'portrait', width: 1080, height: 1920 },
] as const;

/** Everything that spills out of the screen, scrolls, is clipped, wraps or is too small to read at 5 m. */
export function layoutProblems(page: Page) {
  return page.evaluate(
    ({ minBody, minTitle, minCall }) => {
      const problems: string[] = [];
      const vw = window.innerWidth;
      const vh = window.innerHeight;
      const doc = document.documentElement;
      const name = (el: Element) =>
        `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).replace(/\s+/g, '.')}` : ''}` +
        `${el.getAttribute('data-testid') ? `[${el.getAttribute('data-testid')}]` : ''} "${(el.textContent ?? '').trim().slice(0, 30)}"`;
      if (doc.scrollWidth > vw || doc.scrollHeight > vh || document.body.scrollHeight > vh)
        problems.push(`the page scrolls: ${doc.scrollWidth}×${doc.scrollHeight} in ${vw}×${vh}`);
      const px = (el: Element) => parseFloat(getComputedStyle(el).fontSize);
      const board = document.querySelector('main.board');
      if (!board) return ['no board'];
      for (const el of board.querySelectorAll('*')) {
        // Text for screen readers only is clipped to nothing on purpose.
        if (el.closest('.visually-hidden')) continue;
        const r = el.getBoundingClientRect();
        if (r.width === 0 && r.height === 0) continue;
        if (r.left < -1 || r.top < -1 || r.right > vw + 1 || r.bottom > vh + 1)
          problems.push(
            `${name(el)} outside the screen: ${Math.round(r.left)},${Math.round(r.top)}–${Math.round(r.right)},${Math.round(r.bottom)}`,
          );
        // Text wider than its box, or a box that cuts its content off. (Glyphs taller than their line box
        // are not a problem: nothing clips them, and the overlap check below sees the boxes.)
        const style = getComputedStyle(el);
        if (style.display !== 'inline' && el.scrollWidth > el.clientWidth + 1)
          problems.push(`${name(el)} too wide for its box: ${el.scrollWidth} in ${el.clientWidth}`);
        if (style.overflow !== 'visible' && el.scrollHeight > el.clientHeight + 1)
          problems.push(`${name(el)} clipped: ${el.scrollHeight} in ${el.clientHeight}`);
        const ownText = [...el.childNodes].some(
          (n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim(),
        );
        if (ownText && px(el) < minBody - 0.5) problems.push(`${name(el)} is ${px(el)} px (< ${minBody})`);
      }
      // The board's parts do not run into each other: the boxes of one never cross those of another.
      const parts = [...board.querySelectorAll(':scope > header, :scope > section')].map((part) => {
        const boxes = [part, ...part.querySelectorAll('*')]
          // Inline boxes are as tall as the font's ascent and descent, more than the line they sit on.
          .filter(
            (e) =>
              !e.closest('.visually-hidden') &&
              !e.classList.contains('recall-badge') &&
              getComputedStyle(e).display !== 'inline',
          )
          .map((e) => e.getBoundingClientRect())
          .filter((r) => r.width > 0 && r.height > 0);
        return {
          part,
          top: Math.min(...boxes.map((r) => r.top)),
          bottom: Math.max(...boxes.map((r) => r.bottom)),
          left: Math.min(...boxes.map((r) => r.left)),
          right: Math.max(...boxes.map((r) => r.right)),
        };
      });
      for (const a of parts)
        for (const b of parts)
          if (a.part.compareDocumentPosition(b.part) & Node.DOCUMENT_POSITION_FOLLOWING)
            if (a.top < b.bottom - 1 && b.top < a.bottom - 1 && a.left < b.right - 1 && b.left < a.right - 1)
              problems.push(`${name(a.part)} runs into ${name(b.part)}`);
      for (const el of board.querySelectorAll('h1 > .first, h2 > .first'))
        if (px(el) < minTitle - 0.5) problems.push(`title ${name(el)} is ${px(el)} px (< ${minTitle})`);
      for (const el of board.querySelectorAll('.latest .ticket, .latest .counter-number'))
        if (px(el) < minCall - 0.5) problems.push(`call ${name(el)} is ${px(el)} px (< ${minCall})`);
      // One line: every piece of text in a row (or the recall badge) shares one line box.
      for (const el of board.querySelectorAll('tbody tr, [data-testid="call-history"] li, .recall-badge')) {
        const range = document.createRange();
        range.selectNodeContents(el);
        const rects = [...range.getClientRects()].filter((x) => x.width > 0 && x.height > 0);
        const lowestTop = Math.max(...rects.map((x) => x.top));
        const highestBottom = Math.min(...rects.map((x) => x.bottom));
        if (rects.length && lowestTop >= highestBottom)
          problems.push(`${name(el)} wraps onto more than one line`);
      }
      return problems;
    },
    { minBody: MIN_BODY_PX, minTitle: MIN_TITLE_PX, minCall: MIN_CALL_PX },
  );
}
