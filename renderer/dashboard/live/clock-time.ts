import { intlLocale, type Lang } from '../format.js';

/** A clock time in the dashboard's language (not the browser's). */
export const clockTime = (at: number, lang: Lang) =>
  new Date(at).toLocaleTimeString(intlLocale(lang), { hour: '2-digit', minute: '2-digit' });
