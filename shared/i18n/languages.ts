/**
 * The languages a visitor can use, as data (issue #19): everything an app needs to show, speak and
 * count in a language, so adding one is a row here plus its catalogues in `locales/<code>/`.
 * Arabic is first and the default everywhere; English is second. Staff apps stay in Arabic and
 * English (`STAFF_LANGUAGES`): the other languages are for the people at the kiosk, on the phone and
 * on paper.
 */

/** Every shipped language code, Arabic first. The order is the order of the kiosk's list. */
export const VISITOR_LANGUAGES = ['ar', 'en', 'ur', 'fa', 'hi', 'ml', 'bn', 'tl'] as const;
export type VisitorLanguage = (typeof VISITOR_LANGUAGES)[number];

/** The staff apps' languages (counter, dashboard, floor, display operators). */
export const STAFF_LANGUAGES = ['ar', 'en'] as const satisfies readonly VisitorLanguage[];
export type StaffLanguage = (typeof STAFF_LANGUAGES)[number];

/** The languages with their own catalogues beyond the two the project is written in. */
export type AddedLanguage = Exclude<VisitorLanguage, StaffLanguage>;

export interface LanguageInfo {
  code: VisitorLanguage;
  /** The language's name written in itself, as the kiosk's list shows it. */
  nativeName: string;
  /** The English name, for staff screens and logs. */
  englishName: string;
  direction: 'rtl' | 'ltr';
  /**
   * The CLDR numbering system numbers are written in. Arabic follows the centre's digit setting
   * (`centre`); every other language uses Latin digits, as the ticket numbers, counters, the board
   * and UAE signage do (Persian's own ۰۱۲ would not match the number on the board).
   */
  numerals: 'centre' | 'latn';
  /** The CSS font stack (renderer/common/typography.css declares the bundled faces). */
  fontFamily: string;
  /** The BCP 47 tag of the speech voice to look for (speechSynthesis, the display's announcer). */
  speechTag: string;
  /**
   * The catalogues were written without a native speaker's review (machine or engineer translated);
   * the README lists these and the dashboard will show it. False only after review.
   */
  machineTranslated: boolean;
}

const LATIN_STACK = "'Dawr Sans', 'Noto Sans', system-ui, sans-serif";

/** The registry, in list order. */
export const LANGUAGES: readonly LanguageInfo[] = [
  {
    code: 'ar',
    nativeName: 'العربية',
    englishName: 'Arabic',
    direction: 'rtl',
    numerals: 'centre',
    fontFamily: "'Dawr Sans', 'Noto Sans Arabic', system-ui, sans-serif",
    speechTag: 'ar-AE',
    machineTranslated: false,
  },
  {
    code: 'en',
    nativeName: 'English',
    englishName: 'English',
    direction: 'ltr',
    numerals: 'latn',
    fontFamily: LATIN_STACK,
    speechTag: 'en-GB',
    machineTranslated: false,
  },
  {
    code: 'ur',
    nativeName: 'اردو',
    englishName: 'Urdu',
    direction: 'rtl',
    numerals: 'latn',
    // Urdu readers expect Nastaliq; Naskh (the Arabic face) is the fallback while it downloads.
    // "Dawr Urdu" covers the Arabic script only: Latin ticket numbers and digits fall to "Dawr Sans",
    // the one sans face of every app, and its metrics set the line (issue #15: a system Nastaliq
    // named before it drew "B009" in its serif Latin with ~100 px of its tall line around it).
    fontFamily: "'Dawr Urdu', 'Dawr Sans', 'Noto Sans Arabic', sans-serif",
    speechTag: 'ur-PK',
    machineTranslated: true,
  },
  {
    code: 'fa',
    nativeName: 'فارسی',
    englishName: 'Persian',
    direction: 'rtl',
    numerals: 'latn',
    fontFamily: "'Dawr Sans', 'Noto Sans Arabic', system-ui, sans-serif",
    speechTag: 'fa-IR',
    machineTranslated: true,
  },
  {
    code: 'hi',
    nativeName: 'हिन्दी',
    englishName: 'Hindi',
    direction: 'ltr',
    numerals: 'latn',
    fontFamily: "'Dawr Sans', 'Noto Sans Devanagari', system-ui, sans-serif",
    speechTag: 'hi-IN',
    machineTranslated: true,
  },
  {
    code: 'ml',
    nativeName: 'മലയാളം',
    englishName: 'Malayalam',
    direction: 'ltr',
    numerals: 'latn',
    fontFamily: "'Dawr Sans', 'Noto Sans Malayalam', system-ui, sans-serif",
    speechTag: 'ml-IN',
    machineTranslated: true,
  },
  {
    code: 'bn',
    nativeName: 'বাংলা',
    englishName: 'Bengali',
    direction: 'ltr',
    numerals: 'latn',
    fontFamily: "'Dawr Sans', 'Noto Sans Bengali', system-ui, sans-serif",
    speechTag: 'bn-BD',
    machineTranslated: true,
  },
  {
    code: 'tl',
    nativeName: 'Tagalog',
    englishName: 'Tagalog',
    direction: 'ltr',
    numerals: 'latn',
    fontFamily: LATIN_STACK,
    speechTag: 'fil-PH',
    machineTranslated: true,
  },
];

const BY_CODE = new Map<string, LanguageInfo>(LANGUAGES.map((l) => [l.code, l]));

export function isVisitorLanguage(code: unknown): code is VisitorLanguage {
  return typeof code === 'string' && BY_CODE.has(code);
}

/** The metadata of a shipped language; an unknown code is Arabic's, the default everywhere. */
export function languageInfo(code: string): LanguageInfo {
  return BY_CODE.get(code) ?? LANGUAGES[0]!;
}

/**
 * Where a missing string is looked for next: the language → English → Arabic. Arabic falls back to
 * nothing (it is complete by construction: the other catalogues are typed against it and English).
 */
export function fallbackChain(code: VisitorLanguage): VisitorLanguage[] {
  if (code === 'ar') return ['ar'];
  if (code === 'en') return ['en', 'ar'];
  return [code, 'en', 'ar'];
}

/** The language for text that exists only in Arabic and English (catalogue names, staff text). */
export function staffLanguageFor(code: VisitorLanguage): StaffLanguage {
  return code === 'ar' ? 'ar' : 'en';
}

/**
 * The plural forms a language needs (CLDR, through `Intl.PluralRules`): i18next picks the
 * `key_<form>` suffix with the same rules, so these are the suffixes a catalogue must carry.
 */
export function pluralCategories(code: VisitorLanguage): Intl.LDMLPluralRule[] {
  return new Intl.PluralRules(code).resolvedOptions().pluralCategories;
}
