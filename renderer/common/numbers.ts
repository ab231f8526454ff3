/**
 * The apps' side of shared/i18n/numbers.ts: the centre's digit setting as the hub wrote it into the
 * page (`<html data-digits>`, main/hub/core/static-apps.ts), and a hook that binds every formatter to the
 * screen's language, so a component writes `fmt.number(5)` and never picks digits itself.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DEFAULT_DIGITS,
  formatDate,
  formatDateTime,
  formatDuration,
  formatNumber,
  formatTime,
  isDigitSystem,
  localiseDigits,
  type DigitSystem,
  type NumberStyle,
} from '../../shared/i18n/numbers.js';

/** The centre's digits from the served page; the default when the page was opened another way (tests, files). */
export function pageDigits(): DigitSystem {
  const v = document.documentElement.dataset.digits;
  return isDigitSystem(v) ? v : DEFAULT_DIGITS;
}

export interface Formatters {
  style: NumberStyle;
  number: (n: number, maximumFractionDigits?: number) => string;
  time: (epochMs: number) => string;
  date: (epochMs: number, month?: 'numeric' | 'long') => string;
  dateTime: (epochMs: number) => string;
  duration: (ms: number) => string;
  /** Digits already inside a text (an FAQ answer, a server message) in the screen's system. */
  digits: (text: string) => string;
}

export function formattersFor(style: NumberStyle): Formatters {
  return {
    style,
    number: (n, f) => formatNumber(n, style, f),
    time: (at) => formatTime(at, style),
    date: (at, month) => formatDate(at, style, month),
    dateTime: (at) => formatDateTime(at, style),
    duration: (ms) => formatDuration(ms, style),
    digits: (text) => localiseDigits(text, style),
  };
}

/**
 * Formatters for the current language. `digits`: the live catalogue's setting where the app has one
 * (kiosk, display, counter, dashboard: a change applies at once), else the page's.
 */
export function useFormat(
  opts: { digits?: DigitSystem | undefined; timeZone?: string | undefined } = {},
): Formatters {
  const { i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'ar';
  const digits = opts.digits ?? pageDigits();
  const timeZone = opts.timeZone;
  return useMemo(
    () => formattersFor(timeZone ? { lang, digits, timeZone } : { lang, digits }),
    [lang, digits, timeZone],
  );
}
