/** i18next for every app: Arabic first, the document's lang and dir follow the language. */
import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import {
  resources,
  resourcesOf,
  TEXT_DIRECTION,
  type AppStrings,
  type UiLanguage,
} from '../../shared/i18n/index.js';
import { formatPlain } from '../../shared/i18n/numbers.js';
import {
  fallbackChain,
  isVisitorLanguage,
  languageInfo,
  type VisitorLanguage,
} from '../../shared/i18n/languages.js';
import { pageDigits } from './numbers.js';

/** Every app's namespaces: for the staff apps and the kiosk, which use many. */
export function createI18n(lng: UiLanguage = 'ar'): i18n {
  return createI18nFrom(lng, resources());
}

/**
 * Only the common catalogues and the namespaces given (e.g. `{ statusPage }`): the phone pages load
 * over mobile data, and every app's strings are a fifth of a bundle (bench/first-paint.ts).
 */
export function createI18nWith(lng: UiLanguage, apps: Record<string, AppStrings>): i18n {
  return createI18nFrom(lng, resourcesOf(apps));
}

function createI18nFrom(lng: UiLanguage, all: Record<UiLanguage, Record<string, unknown>>): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng,
    // A visitor's language falls back to English, then Arabic; English to Arabic (shared/i18n/languages.ts).
    fallbackLng: (code: string) => (isVisitorLanguage(code) ? fallbackChain(code).slice(1) : ['ar']),
    resources: Object.fromEntries(Object.entries(all).map(([l, r]) => [l, { translation: r }])),
    interpolation: {
      escapeValue: false,
      // Every number put into a sentence ({{count}}, {{n}}) is written in the sentence's language's
      // digits under the centre's setting (shared/i18n/numbers.ts digitsIn); strings, already
      // formatted by the app, pass as they are.
      alwaysFormat: true,
      // A value that is not a number is returned untouched (i18next's own types say string).
      format: (value: unknown, _format: string | undefined, lng: string | undefined): string =>
        typeof value === 'number'
          ? formatPlain(value, { lang: isVisitorLanguage(lng) ? lng : 'ar', digits: pageDigits() })
          : (value as string),
    },
    initImmediate: false,
    // i18next 25 prints a sponsorship notice to the console on init; staff and citizens' consoles stay quiet.
    showSupportNotice: false,
  });
  applyDocumentLanguage(lng);
  instance.on('languageChanged', (l) => applyDocumentLanguage(isVisitorLanguage(l) ? l : 'ar'));
  return instance;
}

/** The page's lang, direction and font stack follow the language (the registry's, for a visitor's). */
export function applyDocumentLanguage(lng: VisitorLanguage): void {
  document.documentElement.lang = lng;
  document.documentElement.dir = TEXT_DIRECTION[lng] ?? 'rtl';
  // Arabic and English keep typography.css's own stack; another script names its face (Nastaliq for Urdu).
  if (lng === 'ar' || lng === 'en') document.documentElement.style.removeProperty('--dawr-font');
  else document.documentElement.style.setProperty('--dawr-font', languageInfo(lng).fontFamily);
}
