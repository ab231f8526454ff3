/**
 * The apps' side of shared/i18n/numbers.ts: the centre's digit setting as the hub wrote it into the
 * page (`<html data-digits>`, main/hub/core/static-apps.ts), and a hook that binds every formatter to the
 * screen's language, so a component writes `fmt.number(5)` and never picks digits itself.
 */
import { createContext, useContext, useMemo } from 'react';
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
import { isVisitorLanguage } from '../../shared/i18n/languages.js';

/** The centre's digits from the served page; the default when the page was opened another way (tests, files). */
export function pageDigits(): DigitSystem {
  const v = document.documentElement.dataset.digits;
  return isDigitSystem(v) ? v : DEFAULT_DIGITS;
}

/**
 * The centre's digits as an app's live catalogue has them, for every component under it: one
 * source, so a manager who changes the setting sees every view follow at once, not only the ones
 * handed the catalogue (issue #15). Undefined until the catalogue has come: the page's then.
 */
export const CentreDigits = createContext<DigitSystem | undefined>(undefined);

/** A catalogue's digit setting as the hub applies it: unset is the default, not "keep the page's". */
export function catalogueDigits(catalogue: { centre: { digits?: DigitSystem | undefined } }): DigitSystem {
  return catalogue.centre.digits ?? DEFAULT_DIGITS;
}

/**
 * A live catalogue's digits become the page's too, for what cannot read `CentreDigits`: the numbers
 * i18next puts into sentences (renderer/common/i18n.ts). Called where the catalogue arrives, before
 * the render that shows it.
 */
export function adoptCentreDigits(catalogue: { centre: { digits?: DigitSystem | undefined } }): void {
  document.documentElement.dataset.digits = catalogueDigits(catalogue);
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
 * Formatters for the current language, a visitor's too: its digits are the registry's for it under
 * the centre's setting (shared/i18n/numbers.ts digitsIn), not Arabic's for every language but
 * English. `digits`: the live catalogue's setting where the app has one (kiosk, display, counter,
 * dashboard: a change applies at once), given here or through `CentreDigits`, else the page's.
 */
export function useFormat(
  opts: { digits?: DigitSystem | undefined; timeZone?: string | undefined } = {},
): Formatters {
  const { i18n } = useTranslation();
  const lang = isVisitorLanguage(i18n.language) ? i18n.language : 'ar';
  const liveDigits = useContext(CentreDigits);
  const digits = opts.digits ?? liveDigits ?? pageDigits();
  const timeZone = opts.timeZone;
  return useMemo(
    () => formattersFor(timeZone ? { lang, digits, timeZone } : { lang, digits }),
    [lang, digits, timeZone],
  );
}
