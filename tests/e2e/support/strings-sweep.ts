/**
 * The untranslated-string checker of the sweep (issue #15, "Every string translated"), shared by
 * the staff/phone/display sweep and the kiosk's: a screen fails on a raw catalogue key
 * ("counter.callNext"), an i18next placeholder ("{{count}}"), an enum value ("floor_assistant",
 * "no_show") or, in Arabic, a Latin-letter word.
 *
 * Allowed in Arabic text, and why:
 *  - ticket numbers (A001: the printed and announced identifier) and single Latin letters (prefixes,
 *    the counter's keyboard-shortcut keys in <kbd>, which name physical keys);
 *  - anything inside <bdi> or `translate="no"`, or between Unicode isolates in a label: data isolated
 *    on purpose (staff names and usernames as entered, ids, masked identities), never interface words;
 *  - anything inside an element marked with another language (the "English" switch, a language's own name);
 *  - ACRONYMS below: names with no Arabic form on the centre's own signs.
 * Screenshots go to test-results/screens/ (kept as artifacts).
 */
import { expect, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { resources } from '../../../shared/i18n/index.js';
import { VisitStatus, Channel } from '../../../shared/contract/visit.js';
import { ERROR_CODES } from '../../../shared/domain/errors.js';

/** Technical names shown to staff that have no Arabic form: the JSON editor, SMS, QR codes, Emirates ID prefix. */
const ACRONYMS = new Set(['JSON', 'SMS', 'QR', 'PIN', 'ID', 'URL', 'CSV', 'PDF']);
/**
 * Names written in Latin letters in UAE Arabic too, in the demo centre's FAQ answers (content the
 * centre writes, shown in the manager's FAQ editor): a payment brand and the guest Wi-Fi's network name.
 */
const PROPER_NAMES = new Set(['Apple', 'Pay', 'Dawr', 'Guest']);
/** Values of the hub's enums that a screen must translate, never print. */
const ENUM_VALUES = new Set<string>([
  ...VisitStatus.options,
  ...Channel.options,
  ...ERROR_CODES,
  'floor_assistant',
  'agent',
  'manager',
  'admin',
  'family',
  'employer',
  'senior',
  'determination',
  'pregnant',
  'appointment',
  'incomplete_documents',
  'signed_out',
  'call_centre',
]);

function catalogueKeys(): Set<string> {
  const out = new Set<string>();
  const walk = (o: Record<string, unknown>, prefix: string) => {
    for (const [k, v] of Object.entries(o)) {
      if (v && typeof v === 'object') walk(v as Record<string, unknown>, `${prefix}${k}.`);
      else out.add(`${prefix}${k}`.replace(/_(zero|one|two|few|many|other)$/, ''));
    }
  };
  walk(resources().en, '');
  return out;
}
const KEYS = catalogueKeys();
const NAMESPACES = new Set([...KEYS].map((k) => k.split('.')[0]!));

export interface Segment {
  text: string;
  where: string;
  /** Data isolated on purpose (<bdi>, translate="no"): names, usernames, ids as entered. */
  data: boolean;
  /** Left to its own language in Arabic text: data, text marked with another lang (a language's own name), <kbd>, <code>. */
  exempt: boolean;
}

/** Visible text nodes and the labels screen readers read (aria-label, title, placeholder, alt). */
export async function segments(page: Page): Promise<Segment[]> {
  return page.evaluate(() => {
    const out: { text: string; where: string; data: boolean; exempt: boolean }[] = [];
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.getAttribute('data-testid') ? `[${el.getAttribute('data-testid')}]` : ''}`;
    const data = (el: Element) => el.closest('bdi, [translate="no"]') !== null;
    const exempt = (el: Element) =>
      (el.closest('bdi, kbd, code, [translate="no"]') !== null ||
        el.closest('[lang]')?.getAttribute('lang') !== 'ar') &&
      document.documentElement.lang === 'ar';
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      const text = n.textContent?.trim() ?? '';
      if (!el || !text || el.closest('script, style, noscript, template')) continue;
      // <option>s are read when their <select> is visible.
      const shown = el.closest('select') ?? el;
      if (!shown.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) continue;
      out.push({ text, where: describe(el), data: data(el), exempt: exempt(el) });
    }
    for (const el of Array.from(
      document.body.querySelectorAll('[aria-label], [title], [placeholder], [alt]'),
    )) {
      if (!el.checkVisibility()) continue;
      for (const attr of ['aria-label', 'title', 'placeholder', 'alt']) {
        const text = el.getAttribute(attr)?.trim();
        if (text) out.push({ text, where: `${describe(el)}@${attr}`, data: data(el), exempt: exempt(el) });
      }
    }
    return out;
  });
}

/** Arabic counted nouns: singular, then the plural that 3–10 take ("٥ دقائق", "٦ ثوانٍ", "٣ تذاكر"). */
const COUNTED_NOUNS = [
  ['دقيقة', 'دقائق'],
  ['ثانية', 'ثوانٍ'],
  ['تذكرة', 'تذاكر'],
] as const;

/**
 * Arabic number agreement (issue #15: "٦ ثانية", "٥–٩ دقيقة"): 3–10 take the plural, 11 and above
 * the singular. In a range the noun agrees with the upper bound, the number written just before it.
 */
export function agreementProblems(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/([0-9٠-٩]+)\s+(\S+)/g)) {
    const n = Number(m[1]!.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x660)));
    const noun = m[2]!.replace(/[.،:؛)]+$/, '');
    for (const [singular, plural] of COUNTED_NOUNS) {
      if (n >= 3 && n <= 10 && noun === singular) out.push(`number agreement "${m[0]}" (${plural})`);
      if (n >= 11 && noun === plural) out.push(`number agreement "${m[0]}" (${singular})`);
    }
  }
  return out;
}

/** What is wrong with one screen's text; an empty list when nothing is. */
export function problemsIn(all: Segment[], lang: 'ar' | 'en'): string[] {
  const problems: string[] = [];
  for (const s of all) {
    const at = `${JSON.stringify(s.text.slice(0, 80))} (${s.where})`;
    if (s.text.includes('{{') || s.text.includes('}}')) problems.push(`placeholder: ${at}`);
    for (const m of s.text.matchAll(/\b([a-zA-Z]+(?:\.[a-zA-Z0-9_]+)+)\b/g))
      if (KEYS.has(m[1]!) || NAMESPACES.has(m[1]!.split('.')[0]!)) problems.push(`raw key ${m[1]}: ${at}`);
    if (!s.data)
      for (const m of s.text.matchAll(/\b[a-z]+(?:_[a-z]+)+\b/g)) problems.push(`enum value ${m[0]}: ${at}`);
    if (ENUM_VALUES.has(s.text) && !s.data) problems.push(`enum value ${s.text}: ${at}`);
    // Unicode isolates (LRI/RLI/FSI … PDI) mark data inside strings, where no <bdi> can be used (labels).
    const words = s.text.replace(/[\u2066-\u2068][^\u2069]*\u2069/g, '');
    if (lang === 'ar') problems.push(...agreementProblems(s.text).map((p) => `${p}: ${at}`));
    // One convention for a wait range in Arabic (shared/i18n/apps/units.ts): "من ٥ إلى ٩ دقائق"; a
    // bare "5–9 دقائق" is drawn in a different order on each screen by the bidi algorithm.
    if (lang === 'ar' && /[0-9٠-٩]+\s*[–-]\s*[0-9٠-٩]+\s+(دقيقة|دقائق|دقيقتان)/.test(s.text))
      problems.push(`digit range between Arabic words: ${at}`);
    if (lang === 'ar' && !s.exempt)
      for (const m of words.matchAll(/[A-Za-z][A-Za-z0-9_]*/g)) {
        const word = m[0];
        if (word.length === 1 || /^[A-Z]{1,2}\d{1,4}$/.test(word) || ACRONYMS.has(word)) continue;
        if (PROPER_NAMES.has(word)) continue;
        problems.push(`Latin word "${word}" in Arabic: ${at}`);
      }
  }
  return problems;
}

/** Screenshot (test-results/screens/<name>-<lang>.png) plus the checks; all problems of the screen at once. */
export async function sweep(page: Page, name: string, lang: 'ar' | 'en'): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  mkdirSync('test-results/screens', { recursive: true });
  await page.screenshot({ path: `test-results/screens/${name}-${lang}.png`, fullPage: true });
  expect(problemsIn(await segments(page), lang), `${name} (${lang})`).toEqual([]);
}
