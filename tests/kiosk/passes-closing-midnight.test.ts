/**
 * The kiosk's "your turn may not come before closing" for a centre that closes at midnight has its
 * own sentence in every visitor language (issue #15): the midnight word put into `{{time}}` read
 * "قبل إغلاق المركز الساعة منتصف الليل" and "… {{time}} बजे" ("midnight o'clock") in Hindi and Urdu.
 */
import { describe, expect, it } from 'vitest';
import { formatHhmm, passesClosingText } from '../../renderer/kiosk/format.js';
import { LOCALES, SOURCE_BUNDLES } from '../../shared/i18n/locales/all.js';
import { VISITOR_LANGUAGES, type VisitorLanguage } from '../../shared/i18n/languages.js';

function kioskOf(language: VisitorLanguage): Record<string, string> {
  const bundle = language === 'ar' || language === 'en' ? SOURCE_BUNDLES[language] : LOCALES[language];
  return bundle.namespaces.kiosk as Record<string, string>;
}

/** The kiosk's `t` over one language's catalogue, as i18next fills it. */
function translate(language: VisitorLanguage) {
  const kiosk = kioskOf(language);
  return (key: string, values: Record<string, string> = {}) =>
    (kiosk[key.replace('kiosk.', '')] ?? key).replace(/\{\{(\w+)\}\}/g, (_, k: string) => values[k] ?? '');
}

describe('the closing sentence at midnight', () => {
  for (const language of VISITOR_LANGUAGES) {
    it(`${language}: its own midnight sentence, with the language's midnight word`, () => {
      const kiosk = kioskOf(language);
      const lang = language === 'ar' ? 'ar' : 'en';
      for (const close of ['00:00', '24:00']) {
        const text = passesClosingText(close, lang, 'latin', translate(language));
        expect(text).toBe(kiosk.passesClosingMidnight);
        expect(text).toContain(kiosk.midnight!);
        expect(text).not.toMatch(/[0-9]|\{\{/);
      }
      // Any other closing time keeps the sentence with the time in it.
      const evening = passesClosingText('20:00', lang, 'latin', translate(language));
      expect(evening).toContain(formatHhmm('20:00', lang, 'latin'));
      expect(evening).not.toContain(kiosk.midnight!);
    });
  }

  it('Arabic does not say «الساعة منتصف الليل»', () => {
    expect(passesClosingText('00:00', 'ar', 'arabic', translate('ar'))).not.toContain('الساعة منتصف');
  });
});
