/** Numbers and waits as the citizen reads them: Arabic-Indic or Latin digits per the kiosk's settings. */
import { localiseDigits } from '../../shared/i18n/index.js';
import { formatTime, formatTimeOfDay, type DigitSystem } from '../../shared/i18n/numbers.js';
import { isMidnight } from '../../shared/domain/opening-state.js';
import { waitShown, type EstimateForDisplay } from '../../shared/domain/wait-shown.js';
import { counted, type Translate } from '../../shared/i18n/durations.js';
import { waitText } from '../../shared/i18n/wait-text.js';
import { weekdayIn } from '../../shared/i18n/weekdays.js';
import type { VisitorLanguage } from '../../shared/i18n/languages.js';

export type DigitStyle = 'arabic' | 'latin';

export function digitsFor(language: string, arabicDigits: DigitStyle): DigitStyle {
  return language === 'ar' ? arabicDigits : 'latin';
}

export function formatNumber(n: number, digits: DigitStyle): string {
  return localiseDigits(String(Math.round(n)), digits);
}

/**
 * The wait as the citizen is shown it, in the kiosk's words and digits: the one figure of every screen
 * (shared/domain/wait-shown.ts: the estimate's p10–p90, "less than a minute", or no counter open).
 */
export function waitFigure(
  estimate: EstimateForDisplay,
  digits: DigitStyle,
  t: Translate,
  place: 'alone' | 'inline' = 'alone',
): string {
  return waitText(t, waitShown(estimate), (n) => formatNumber(n, digits), place);
}

/** One queue in the assistant's "current wait" answer, as the hub sends it. */
export interface AskWait {
  waiting: number;
  p10Minutes?: number | undefined;
  p50Minutes: number;
  p90Minutes?: number | undefined;
  counters?: number | undefined;
}

/**
 * The assistant's line for one queue: "الهوية: ٤ بالانتظار، الانتظار المتوقع: من ٣ إلى ١١ دقيقة",
 * the figure the queue's service tile shows (issue #15: the answer said "about" the p50 under tiles
 * showing p10–p90). An older hub sends only the p50: its line stays "about N minutes".
 */
export function askWaitLine(queue: string, wait: AskWait, digits: DigitStyle, t: Translate): string {
  const waiting = formatNumber(wait.waiting, digits);
  const { p90Minutes, counters } = wait;
  if (p90Minutes === undefined || counters === undefined)
    // After "نحو" the counted noun is genitive and agrees with its number ("نحو ٥ دقائق").
    return t('ask.waitLine', {
      queue,
      waiting,
      duration: counted(t, 'minutes', wait.p50Minutes, (n) => formatNumber(n, digits), 'genitive'),
    });
  const estimate = { p10Minutes: wait.p10Minutes, p50Minutes: wait.p50Minutes, p90Minutes, counters };
  return t('ask.waitShownLine', { queue, waiting, wait: waitFigure(estimate, digits, t, 'inline') });
}

/** The kiosk's digits as the shared formatters name them (shared/i18n/numbers.ts). */
function timeStyle(lang: 'ar' | 'en', digits: DigitStyle): { lang: 'ar' | 'en'; digits: DigitSystem } {
  return { lang, digits: digits === 'arabic' ? 'arab' : 'latn' };
}

/** An instant on the centre's clock, as every app and the slip write it: "8:00 م" / "20:00". */
export function formatClock(
  epochMs: number,
  timeZone: string,
  lang: 'ar' | 'en',
  digits: DigitStyle,
): string {
  return formatTime(epochMs, { ...timeStyle(lang, digits), timeZone });
}

/** A catalogue time (HH:MM) as every app and the slip write it: "7:30 ص" / "7:30" (formatTimeOfDay). */
export function formatHhmm(hhmm: string, lang: 'ar' | 'en', digits: DigitStyle): string {
  return formatTimeOfDay(hhmm, timeStyle(lang, digits));
}

/**
 * A closing time as said: "منتصف الليل" / "midnight" for a day that ends at 00:00 (or 24:00), never
 * "0:00" (issue #15); otherwise as formatHhmm.
 */
export function formatClosing(
  hhmm: string,
  lang: 'ar' | 'en',
  digits: DigitStyle,
  t: (key: string, values?: Record<string, string>) => string,
): string {
  return isMidnight(hhmm) ? t('kiosk.midnight') : formatHhmm(hhmm, lang, digits);
}

/**
 * "Your turn may not come before the centre closes at 20:00…", or its own sentence for a midnight
 * close: the midnight word put into `{{time}}` read "الساعة منتصف الليل" and was ungrammatical in
 * hi/ur/ml/bn (issue #15; the slip has its midnight line too).
 */
export function passesClosingText(
  close: string,
  lang: 'ar' | 'en',
  digits: DigitStyle,
  t: (key: string, values?: Record<string, string>) => string,
): string {
  return isMidnight(close)
    ? t('kiosk.passesClosingMidnight')
    : t('kiosk.passesClosing', { time: formatHhmm(close, lang, digits) });
}

/**
 * A day's opening hours as said: "من ٧:٣٠ ص إلى ٨:٠٠ م" / "07:30–20:00" (a range written out in Arabic,
 * as wait ranges are), "… إلى منتصف الليل", or "على مدار الساعة" / "Open 24 hours" for 00:00–00:00.
 */
export function formatDayHours(
  hours: { open: string; close: string },
  lang: 'ar' | 'en',
  digits: DigitStyle,
  t: (key: string, values?: Record<string, string>) => string,
): string {
  if (hours.open === '00:00' && isMidnight(hours.close)) return t('ask.allDay');
  return t('ask.hoursRange', {
    open: formatHhmm(hours.open, lang, digits),
    close: formatClosing(hours.close, lang, digits, t),
  });
}

/** The weekday of a YYYY-MM-DD day in the visitor's language ("الأحد", "Sunday", "रविवार"). */
export function weekdayName(day: string, language: VisitorLanguage): string {
  return weekdayIn(day, language);
}
