/** Small display helpers shared by the dashboard's views. */
import { intlLocale as numbersLocale } from '../../shared/i18n/numbers.js';
import { pageDigits } from '../common/numbers.js';

export type Lang = 'ar' | 'en';

export function todayIso(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The locale for Intl: the UAE's Arabic or British English, in the centre's digits (shared/i18n/numbers.ts). */
export function intlLocale(lang: Lang): string {
  return numbersLocale({ lang, digits: pageDigits() });
}

/** A day and time, e.g. "1 يونيو 2025، 2:05 م" / "1 June 2025, 14:05". */
export function formatDateTime(at: number, lang: Lang): string {
  return new Intl.DateTimeFormat(intlLocale(lang), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(at);
}

/** A day, e.g. "1 يونيو 2025" / "1 June 2025". */
export function formatDate(at: number, lang: Lang): string {
  return new Intl.DateTimeFormat(intlLocale(lang), { day: 'numeric', month: 'long', year: 'numeric' }).format(
    at,
  );
}

const RELATIVE_STEPS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 30],
  ['month', 12],
  ['year', Infinity],
];

/** How long ago (or until) `at`, in the largest whole unit: "قبل 5 دقائق" / "5 minutes ago", "الآن" / "now". */
export function formatRelative(at: number, now: number, lang: Lang): string {
  const rtf = new Intl.RelativeTimeFormat(intlLocale(lang), { numeric: 'auto' });
  // Under ten seconds reads as "now": clocks of hub and browser differ by a little.
  let value = Math.abs(at - now) < 10_000 ? 0 : (at - now) / 1000;
  for (const [unit, size] of RELATIVE_STEPS) {
    if (Math.abs(value) < size) return rtf.format(Math.trunc(value), unit);
    value /= size;
  }
  return rtf.format(Math.trunc(value), 'year');
}
