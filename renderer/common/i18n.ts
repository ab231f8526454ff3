/** i18next for every app: Arabic first, the document's lang and dir follow the language. */
import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { resources, TEXT_DIRECTION, type UiLanguage } from '../../shared/i18n/index.js';

export function createI18n(lng: UiLanguage = 'ar'): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng,
    fallbackLng: 'ar',
    resources: Object.fromEntries(Object.entries(resources()).map(([l, r]) => [l, { translation: r }])),
    interpolation: { escapeValue: false },
    initImmediate: false,
  });
  applyDocumentLanguage(lng);
  instance.on('languageChanged', (l) => applyDocumentLanguage(l as UiLanguage));
  return instance;
}

export function applyDocumentLanguage(lng: UiLanguage): void {
  document.documentElement.lang = lng;
  document.documentElement.dir = TEXT_DIRECTION[lng] ?? 'rtl';
}
