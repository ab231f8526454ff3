/** A real i18next instance over the real catalogues, for tests of counted phrases and agreement. */
import i18next from 'i18next';
import { resources } from '../../shared/i18n/index.js';
import type { Translate } from '../../shared/i18n/durations.js';

export async function catalogueTranslate(lng: 'ar' | 'en'): Promise<Translate> {
  const i = i18next.createInstance();
  await i.init({
    lng,
    resources: Object.fromEntries(Object.entries(resources()).map(([l, r]) => [l, { translation: r }])),
    interpolation: { escapeValue: false },
    showSupportNotice: false,
  });
  return (key: string, options: Record<string, unknown>) => i.t(key, options);
}

/** Arabic-Indic digits, as a centre set to `arab` shows them. */
export const arabicDigits = (n: number): string => n.toLocaleString('ar-EG', { useGrouping: false });
