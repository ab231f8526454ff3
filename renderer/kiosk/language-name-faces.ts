/**
 * The faces the welcome screen's "more languages" button draws the other languages' own names in
 * (issue #15, first paint). The button is on the first screen, and each name is in another script:
 * the full bundled faces (Nastaliq for Urdu, Devanagari, Malayalam, Bengali: 280 KB of the kiosk's
 * 340 KB of fonts) were downloaded and decoded while the first frame was rastered, and until they
 * came the browser looked up a system fallback face for each script over a synchronous call.
 *
 * So the build subsets each of those faces to the glyphs of its one name and inlines it in the
 * kiosk's stylesheet (scripts/build-renderer.ts, `languageNameFacesCss`): ready with the first
 * layout. They are cut from the same files at the same weight as the full faces, so the names look
 * exactly as before; everything else in those scripts (a chosen language's screens, the list of
 * languages) still uses the full faces in renderer/common/typography.css.
 */
import type { LanguageInfo, VisitorLanguage } from '../../shared/i18n/languages.js';

/**
 * The font file (under node_modules) each name is cut from: the one typography.css names for its
 * script, in the button's weight (700, kiosk.css `.more-languages`). Persian and Tagalog are written
 * in the Arabic and Latin faces every screen loads anyway.
 */
export const LANGUAGE_NAME_FACES: Partial<Record<VisitorLanguage, string>> = {
  ur: '@fontsource/noto-nastaliq-urdu/files/noto-nastaliq-urdu-arabic-700-normal.woff2',
  hi: '@fontsource/noto-sans-devanagari/files/noto-sans-devanagari-devanagari-700-normal.woff2',
  ml: '@fontsource/noto-sans-malayalam/files/noto-sans-malayalam-malayalam-700-normal.woff2',
  bn: '@fontsource/noto-sans-bengali/files/noto-sans-bengali-bengali-700-normal.woff2',
};

/** The weight the subsets are cut in: the button's. */
export const LANGUAGE_NAME_WEIGHT = 700;

/** The CSS family of a language's name face. */
export const languageNameFamily = (code: VisitorLanguage): string => `Dawr Name ${code}`;

/** The button's font stack for a language's name: its subset face first, then the language's own stack. */
export function languageNameFontStack(language: LanguageInfo): string {
  return LANGUAGE_NAME_FACES[language.code]
    ? `'${languageNameFamily(language.code)}', ${language.fontFamily}`
    : language.fontFamily;
}
