/**
 * The one place digits are formatted, for every app, the printer and the FAQ answers: numbers,
 * times, dates, durations and minute ranges through `Intl` with the Unicode `nu` extension, so a
 * centre shows one digit system everywhere (issue #15, "One digit setting").
 *
 * The centre's setting (`catalogue.centre.digits`) governs Arabic text; English text always uses
 * Latin digits, which is what English readers read. Identifiers (ticket numbers, Emirates ID,
 * phone numbers, booking codes) are not quantities: they stay as issued and printed, in Latin
 * digits, and are shown isolated (see renderer/common/bdi.tsx).
 */
import { languageInfo, type VisitorLanguage } from './languages.js';

export const DIGIT_SYSTEMS = ['latn', 'arab'] as const;
/** CLDR numbering system ids: `latn` 0123456789, `arab` ٠١٢٣٤٥٦٧٨٩ (Arabic-Indic). */
export type DigitSystem = (typeof DIGIT_SYSTEMS)[number];

/**
 * Latin by default: UAE government signs, Emirates ID cards, ticket numbers and CLDR's own `ar-AE`
 * use Western digits, and a bilingual board or ticket then reads with one system in both languages.
 */
export const DEFAULT_DIGITS: DigitSystem = 'latn';

/** How one screen writes numbers: its language, the centre's digits and (for clock times) its zone. */
export interface NumberStyle {
  /** Any visitor language: the staff apps pass Arabic or English, the phone pages and the board a visitor's. */
  lang: VisitorLanguage;
  digits: DigitSystem;
  /** IANA zone for times and dates; the browser's own zone when absent. */
  timeZone?: string;
}

export function isDigitSystem(value: unknown): value is DigitSystem {
  return value === 'latn' || value === 'arab';
}

/**
 * The digits a language actually uses under the centre's setting: the language registry's
 * `numerals` (shared/i18n/languages.ts), so Arabic follows the centre and every other language,
 * Urdu and Persian included, writes the Latin digits of the tickets and the board.
 */
export function digitsIn(style: Pick<NumberStyle, 'lang' | 'digits'>): DigitSystem {
  return languageInfo(style.lang).numerals === 'centre' ? style.digits : 'latn';
}

const baseLocales = new Map<VisitorLanguage, string>();

/**
 * The language's own CLDR locale (UAE Arabic, British English, else the code: Urdu's month names
 * and Hindi's grouping are their own), or British English where the runtime lacks its data (a
 * build without full ICU), as the catalogues fall back to English.
 */
function baseLocale(lang: VisitorLanguage): string {
  let locale = baseLocales.get(lang);
  if (locale === undefined) {
    locale =
      lang === 'ar'
        ? 'ar-AE'
        : lang === 'en' || Intl.NumberFormat.supportedLocalesOf(lang).length === 0
          ? 'en-GB'
          : lang;
    baseLocales.set(lang, locale);
  }
  return locale;
}

/** The BCP 47 locale for `Intl`: the language's own locale, with the numbering system pinned. */
export function intlLocale(style: Pick<NumberStyle, 'lang' | 'digits'>): string {
  return `${baseLocale(style.lang)}-u-nu-${digitsIn(style)}`;
}

// Intl formatters are costly to build and every list row formats numbers: keep one per options.
const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let f = cache.get(key) as T | undefined;
  if (!f) cache.set(key, (f = make()));
  return f;
}

function numberFormat(style: NumberStyle, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const locale = intlLocale(style);
  return cached(`n|${locale}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options));
}

function dateFormat(style: NumberStyle, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const locale = intlLocale(style);
  const withZone = style.timeZone ? { ...options, timeZone: style.timeZone } : options;
  return cached(`d|${locale}|${JSON.stringify(withZone)}`, () => new Intl.DateTimeFormat(locale, withZone));
}

/**
 * A whole number from 0 to 999 written digit by digit, as Intl writes it in both systems (no sign,
 * grouping or marks): building a page's first Arabic `Intl.NumberFormat` costs 25–80 ms, a tenth of
 * the phone status page's budget with its CPU slowed 4× (issue #15, bench/first-paint.ts).
 */
function smallWholeNumber(n: number, style: NumberStyle): string | null {
  if (!Number.isInteger(n) || n < 0 || n > 999) return null;
  return digitsIn(style) === 'arab' ? localiseDigits(String(n), style) : String(n);
}

/** A count or measure, e.g. 1,234 / ١٬٢٣٤; `maximumFractionDigits` defaults to 0 (whole numbers). */
export function formatNumber(n: number, style: NumberStyle, maximumFractionDigits = 0): string {
  return (
    smallWholeNumber(n, style) ?? numberFormat(style, { maximumFractionDigits, useGrouping: true }).format(n)
  );
}

/** A number as a plain figure, no grouping (a count put into a sentence, a year, a code): ٢٠٢٦ / 2026. */
export function formatPlain(n: number, style: NumberStyle): string {
  return (
    smallWholeNumber(n, style) ??
    numberFormat(style, { maximumFractionDigits: 20, useGrouping: false }).format(n)
  );
}

/**
 * A clock time in the style's zone: "7:30 ص" / "07:30". The one way every app and the printed slip
 * write a time of day (issue #15: the kiosk wrote "20:00", the board "7:30", the phone "8:00 م").
 */
export function formatTime(epochMs: number, style: NumberStyle): string {
  return dateFormat(style, { hour: 'numeric', minute: '2-digit' }).format(epochMs);
}

/**
 * A catalogue time of day ("07:30", "20:00", on the centre's own clock) as formatTime writes an
 * instant at that time: "7:30 ص" / "07:30". "24:00", the end of a day, is written as 00:00; a
 * screen that says "midnight" for it decides so before calling this.
 */
export function formatTimeOfDay(hhmm: string, style: Pick<NumberStyle, 'lang' | 'digits'>): string {
  const [h = 0, m = 0] = hhmm.split(':').map(Number);
  // Any day will do: the time is formatted in UTC, where it was built, so no zone moves it.
  return formatTime(Date.UTC(2000, 0, 1, h % 24, m), {
    lang: style.lang,
    digits: style.digits,
    timeZone: 'UTC',
  });
}

/** A day as DD/MM/YYYY (`numeric`) or with the month's name (`long`): "6 ديسمبر 2026" / "6 December 2026". */
export function formatDate(epochMs: number, style: NumberStyle, month: 'numeric' | 'long' = 'long'): string {
  return dateFormat(
    style,
    month === 'long'
      ? { day: 'numeric', month: 'long', year: 'numeric' }
      : { day: '2-digit', month: '2-digit', year: 'numeric' },
  ).format(epochMs);
}

/** A day and a time: "6 ديسمبر 2026، 7:30 م" / "6 December 2026, 19:30". */
export function formatDateTime(epochMs: number, style: NumberStyle): string {
  return dateFormat(style, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  }).format(epochMs);
}

/** A stopwatch duration, minutes and seconds ("4:05"), hours when there are any ("1:04:05"). */
export function formatDuration(ms: number, style: NumberStyle): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const two = (n: number) => numberFormat(style, { minimumIntegerDigits: 2, useGrouping: false }).format(n);
  const one = (n: number) => numberFormat(style, { useGrouping: false }).format(n);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return h > 0 ? `${one(h)}:${two(m)}:${two(s)}` : `${one(m)}:${two(s)}`;
}

const ANY_DIGIT = /[0-9\u0660-\u0669\u06F0-\u06F9]/g;

/**
 * Digits already inside a text (an FAQ answer, a composed line for paper) in the style's system.
 * Latin, Arabic-Indic and Extended Arabic-Indic (Persian) digits are all rewritten.
 */
export function localiseDigits(text: string, style: Pick<NumberStyle, 'lang' | 'digits'>): string {
  const zero = digitsIn(style) === 'arab' ? 0x0660 : 0x30;
  return text.replace(ANY_DIGIT, (d) => String.fromCharCode(zero + digitValue(d)));
}

function digitValue(d: string): number {
  const c = d.charCodeAt(0);
  return c >= 0x06f0 ? c - 0x06f0 : c >= 0x0660 ? c - 0x0660 : c - 0x30;
}

/** Which digit systems a text uses: the mixed-digit checks of the apps' tests are built on it. */
export function digitSystemsIn(text: string): Set<DigitSystem | 'arabext'> {
  const found = new Set<DigitSystem | 'arabext'>();
  for (const d of text.match(ANY_DIGIT) ?? [])
    found.add(d >= '\u06f0' ? 'arabext' : d >= '\u0660' ? 'arab' : 'latn');
  return found;
}
