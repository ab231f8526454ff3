/**
 * Builds the kiosk's inline faces for the other languages' own names on its welcome screen
 * (renderer/kiosk/language-name-faces.ts says why): each bundled face cut to the glyphs of one name
 * (HarfBuzz's subsetter, npm subset-font, which keeps the glyphs the name's shaping substitutes in:
 * Nastaliq's joined forms, Devanagari's conjuncts), as TrueType in a data: URL, so the browser has no
 * WOFF2 to decompress and the stylesheet's own compression covers it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import subsetFont from 'subset-font';
import {
  LANGUAGE_NAME_FACES,
  LANGUAGE_NAME_WEIGHT,
  languageNameFamily,
} from '../renderer/kiosk/language-name-faces.js';
import { LANGUAGES, type VisitorLanguage } from '../shared/i18n/languages.js';

const root = join(import.meta.dirname, '..');

export interface LanguageNameFace {
  code: VisitorLanguage;
  family: string;
  /** The name the face holds the glyphs of. */
  text: string;
  /** The subset, TrueType. */
  font: Buffer;
}

export async function languageNameFaces(): Promise<LanguageNameFace[]> {
  const faces: LanguageNameFace[] = [];
  for (const language of LANGUAGES) {
    const file = LANGUAGE_NAME_FACES[language.code];
    if (!file) continue;
    const font = await subsetFont(readFileSync(join(root, 'node_modules', file)), language.nativeName, {
      targetFormat: 'truetype',
    });
    faces.push({
      code: language.code,
      family: languageNameFamily(language.code),
      text: language.nativeName,
      font,
    });
  }
  return faces;
}

/** The faces' @font-face rules, for the kiosk's stylesheet. */
export async function languageNameFacesCss(): Promise<string> {
  const rules = (await languageNameFaces()).map(
    (f) =>
      `@font-face {\n  font-family: '${f.family}';\n  font-style: normal;\n  font-weight: ${LANGUAGE_NAME_WEIGHT};\n  font-display: swap;\n` +
      `  src: url(data:font/ttf;base64,${f.font.toString('base64')}) format('truetype');\n}`,
  );
  return `\n/* The other languages' own names on the welcome screen (scripts/language-name-faces.ts). */\n${rules.join('\n')}\n`;
}
