/** Numbers and waits as the citizen reads them: Arabic-Indic or Latin digits per the kiosk's settings. */
import { localiseDigits } from '../../shared/i18n/index.js';
import { isMidnight } from '../../shared/domain/opening-state.js';

export type DigitStyle = 'arabic' | 'latin';

export function digitsFor(language: string, arabicDigits: DigitStyle): DigitStyle {
  return language === 'ar' ? arabicDigits : 'latin';
}

export function formatNumber(n: number, digits: DigitStyle): string {
  return localiseDigits(String(Math.round(n)), digits);
}

/**
 * A wait as the range the citizen is shown: the estimate's p10–p90 in whole minutes (the range the
 * simulator checks holds 85–95 % of real waits; p50–p90 held about 40 %), never below one minute at
 * the top end. A hub that sends no p10 gets its p50 as the low end.
 */
export function waitRange(estimate: {
  p10Minutes?: number | undefined;
  p50Minutes: number;
  p90Minutes: number;
}): {
  low: number;
  high: number;
} {
  const low = Math.max(0, Math.round(estimate.p10Minutes ?? estimate.p50Minutes));
  return { low, high: Math.max(low, Math.round(estimate.p90Minutes), 1) };
}

export function formatClock(epochMs: number, timeZone: string, digits: DigitStyle): string {
  const hhmm = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit' }).format(
    epochMs,
  );
  return localiseDigits(hhmm, digits);
}

/** A catalogue time (HH:MM) as read aloud and on signs: "7:30", "19:00", in the screen's digits. */
export function formatHhmm(hhmm: string, digits: DigitStyle): string {
  const [h, m] = hhmm.split(':');
  return localiseDigits(`${Number(h) % 24}:${m ?? '00'}`, digits);
}

/**
 * A closing time as said: "منتصف الليل" / "midnight" for a day that ends at 00:00 (or 24:00), never
 * "0:00" (issue #15); otherwise as formatHhmm.
 */
export function formatClosing(
  hhmm: string,
  digits: DigitStyle,
  t: (key: string, values?: Record<string, string>) => string,
): string {
  return isMidnight(hhmm) ? t('kiosk.midnight') : formatHhmm(hhmm, digits);
}

/**
 * A day's opening hours as said: "من ٧:٣٠ إلى ٢٠:٠٠" / "7:30–20:00" (a range written out in Arabic,
 * as wait ranges are), "… إلى منتصف الليل", or "على مدار الساعة" / "Open 24 hours" for 00:00–00:00.
 */
export function formatDayHours(
  hours: { open: string; close: string },
  digits: DigitStyle,
  t: (key: string, values?: Record<string, string>) => string,
): string {
  if (hours.open === '00:00' && isMidnight(hours.close)) return t('ask.allDay');
  return t('ask.hoursRange', {
    open: formatHhmm(hours.open, digits),
    close: formatClosing(hours.close, digits, t),
  });
}

/** The weekday of a YYYY-MM-DD day in the screen's language ("الأحد", "Sunday"). */
export function weekdayName(day: string, lang: 'ar' | 'en'): string {
  return new Intl.DateTimeFormat(lang === 'ar' ? 'ar' : 'en-GB', { weekday: 'long', timeZone: 'UTC' }).format(
    new Date(`${day}T12:00:00Z`),
  );
}
