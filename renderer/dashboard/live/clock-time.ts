import { intlLocale } from '../../../shared/i18n/numbers.js';
import type { DigitStyle } from '../format.js';

/** A clock time in the dashboard's language (not the browser's) and the centre's digits. */
export const clockTime = (at: number, style: DigitStyle) =>
  new Date(at).toLocaleTimeString(intlLocale(style), { hour: '2-digit', minute: '2-digit' });
