/** Fills `data-text` elements and sets the page's language and direction. */
import type { ShellText } from '../../../shared/contract/ipc.js';

export function applyShellText(doc: Document, t: ShellText): void {
  doc.documentElement.lang = t.lang;
  doc.documentElement.dir = t.dir;
  for (const el of doc.querySelectorAll<HTMLElement>('[data-text]')) {
    const key = el.dataset.text;
    if (key && t.text[key] !== undefined) el.textContent = t.text[key];
  }
}
