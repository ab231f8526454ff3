/**
 * "Opens {{day}}" names the day in the visitor's own language (issue #15): "Sunday" inside a Hindi
 * or Urdu sentence was English in the middle of the visitor's text, on the kiosk and /join/ alike.
 */
import { describe, expect, it } from 'vitest';
import { weekdayIn, weekdayLanguage } from '../../shared/i18n/weekdays.js';
import { nextOpeningText } from '../../renderer/kiosk/screens/opening-banner.js';
import { LOCALES, SOURCE_BUNDLES } from '../../shared/i18n/locales/all.js';
import type { OpeningState } from '../../shared/contract/opening.js';
import type { VisitorLanguage } from '../../shared/i18n/languages.js';

/** 13 December 2026 is a Sunday. */
const SUNDAY = '2026-12-13';
const SUNDAY_IN: Record<VisitorLanguage, string> = {
  ar: 'الأحد',
  en: 'Sunday',
  ur: 'اتوار',
  fa: 'یکشنبه',
  hi: 'रविवार',
  ml: 'ഞായറാഴ്‌ച',
  bn: 'রবিবার',
  tl: 'Linggo',
};

describe('weekday names in each visitor language', () => {
  for (const [language, name] of Object.entries(SUNDAY_IN) as [VisitorLanguage, string][])
    it(`${language}: ${name}`, () => expect(weekdayIn(SUNDAY, language)).toBe(name));

  it('a runtime without a language’s names gives the English one, not its own default', () => {
    expect(weekdayLanguage('ml', (locale) => locale !== 'ml')).toBe('en');
    expect(weekdayLanguage('ml', () => true)).toBe('ml');
  });
});

describe('the kiosk’s next opening in the visitor’s language', () => {
  const opening = {
    nextOpening: { day: SUNDAY, weekday: 0, time: '07:30', inDays: 2 },
  } as unknown as OpeningState;

  for (const language of ['hi', 'ur', 'ml', 'fa', 'bn', 'tl'] as const) {
    it(`${language}: the day's own name, no English`, () => {
      const kiosk = LOCALES[language].namespaces.kiosk as Record<string, string>;
      const t = (key: string, values: Record<string, string> = {}) =>
        (kiosk[key.replace('kiosk.', '')] ?? key).replace(
          /\{\{(\w+)\}\}/g,
          (_, k: string) => values[k] ?? '',
        );
      const text = nextOpeningText(opening, t, 'en', 'latin', language);
      expect(text).toContain(SUNDAY_IN[language]);
      expect(text).not.toContain('Sunday');
    });
  }

  it('Arabic keeps its own name', () => {
    const kiosk = SOURCE_BUNDLES.ar.namespaces.kiosk as Record<string, string>;
    const t = (key: string, values: Record<string, string> = {}) =>
      (kiosk[key.replace('kiosk.', '')] ?? key).replace(/\{\{(\w+)\}\}/g, (_, k: string) => values[k] ?? '');
    expect(nextOpeningText(opening, t, 'ar', 'arabic', 'ar')).toContain('الأحد');
  });
});
