/**
 * Weekday names in the visitor's own language ("रविवार", "اتوار", "Linggo"), not English inside a
 * Hindi or Urdu sentence (issue #15). Pure: Intl's CLDR data, no catalogue of names to keep.
 */
import { fallbackChain, type VisitorLanguage } from './languages.js';

/** The Intl locale of each language's weekday names: UAE Arabic, British English, else the code itself. */
function weekdayLocale(language: VisitorLanguage): string {
  return language === 'ar' ? 'ar-AE' : language === 'en' ? 'en-GB' : language;
}

/**
 * The first language of `language`'s fallback chain (itself, English, Arabic) whose names the
 * runtime has: a runtime built without full ICU knows no Malayalam and would otherwise give its own
 * default silently; the visitor then reads the English name, as the catalogue falls back too.
 */
export function weekdayLanguage(
  language: VisitorLanguage,
  supported: (locale: string) => boolean = (l) => Intl.DateTimeFormat.supportedLocalesOf(l).length > 0,
): VisitorLanguage {
  return fallbackChain(language).find((l) => supported(weekdayLocale(l))) ?? 'en';
}

/** The weekday of a YYYY-MM-DD day (a centre's local date, so read at noon UTC) in `language`. */
export function weekdayIn(day: string, language: VisitorLanguage): string {
  const locale = weekdayLocale(weekdayLanguage(language));
  return new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(
    new Date(`${day}T12:00:00Z`),
  );
}
