/** Small display helpers shared by the dashboard's views. */
import { intlLocale, type NumberStyle } from '../../shared/i18n/numbers.js';

export type Lang = 'ar' | 'en';

/**
 * The screen's language and the centre's digits, as `useFormat().style` gives them: the live
 * catalogue's setting, so every view follows a change at once (issue #15), not the page's at load.
 */
export type DigitStyle = Pick<NumberStyle, 'lang' | 'digits'>;

export function todayIso(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** A day and time, e.g. "1 يونيو 2025، 2:05 م" / "1 June 2025, 14:05". */
export function formatDateTime(at: number, style: DigitStyle): string {
  return new Intl.DateTimeFormat(intlLocale(style), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(at);
}

/** A day, e.g. "1 يونيو 2025" / "1 June 2025". */
export function formatDate(at: number, style: DigitStyle): string {
  return new Intl.DateTimeFormat(intlLocale(style), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(at);
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
export function formatRelative(at: number, now: number, style: DigitStyle): string {
  const rtf = new Intl.RelativeTimeFormat(intlLocale(style), { numeric: 'auto' });
  // Under ten seconds reads as "now": clocks of hub and browser differ by a little.
  let value = Math.abs(at - now) < 10_000 ? 0 : (at - now) / 1000;
  for (const [unit, size] of RELATIVE_STEPS) {
    if (Math.abs(value) < size) return rtf.format(Math.trunc(value), unit);
    value /= size;
  }
  return rtf.format(Math.trunc(value), 'year');
}
