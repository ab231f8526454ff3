// Which font draws a visitor language's lines on paper (issue #19). Printers shape none of these
// scripts (Devanagari, Malayalam and Bengali need conjuncts and reordered vowel signs, Urdu its
// Nastaliq joins), so their lines are drawn by @napi-rs/canvas, whose Skia shapes with HarfBuzz,
// in fonts Debian's fonts-noto-core installs (scripts/install.sh); Latin letters and digits inside
// such a line come from Noto Sans, as on the Arabic lines.
import { createRequire } from 'node:module';
import type { VisitorLanguage } from '../../shared/i18n/languages.js';
import { FontNotFoundError, LATIN_FAMILY, arabicFontFamily, registerFont } from '../fonts.js';

const NOTO = '/usr/share/fonts/truetype/noto';

/** How one script is drawn: the font files (bold first; regular beside it) and its proportions. */
export type ScriptFont = {
  family: string;
  /** Debian files, in order of preference; the bold weight, whose regular sits beside it. */
  candidates: string[];
  /** Body size in px: never smaller than the Arabic (24 px), larger where the script's letters are. */
  fontPx: number;
  /** The canvas line's height in font sizes: Nastaliq's stacked joins reach far above and below. */
  lineHeightRatio: number;
  direction: 'rtl' | 'ltr';
};

/** The @fontsource copy (npm), used only when the Debian file is missing: Skia reads woff2 too. */
function fontsourceFile(pkg: string, file: string): string[] {
  try {
    return [createRequire(import.meta.url).resolve(`${pkg}/files/${file}`)];
  } catch {
    return [];
  }
}

/**
 * The languages that need a drawn script, and their fonts. Persian is written in the Arabic
 * script in Naskh style, so it uses the Arabic lines' font; Urdu is read in Nastaliq. English and
 * Tagalog are Latin: the printer prints them as text (see `printsAsText`).
 */
export const SCRIPT_FONTS: Partial<Record<VisitorLanguage, ScriptFont>> = {
  ur: {
    family: 'DawrUrdu',
    // The regular file only: Debian's NotoNastaliqUrdu-Bold.ttf says it is weight 400 too, so with
    // both registered Skia drew every line from whichever came first (normal lines came out bold).
    // Bold lines are emboldened from the regular face by Skia.
    candidates: [
      `${NOTO}/NotoNastaliqUrdu-Regular.ttf`,
      ...fontsourceFile('@fontsource/noto-nastaliq-urdu', 'noto-nastaliq-urdu-arabic-400-normal.woff2'),
    ],
    // Nastaliq's letters sit small in their em box: 28 px reads as large as the 24 px Naskh beside it.
    fontPx: 28,
    lineHeightRatio: 2.4,
    direction: 'rtl',
  },
  hi: {
    family: 'DawrDevanagari',
    candidates: [`${NOTO}/NotoSansDevanagari-Bold.ttf`],
    fontPx: 24,
    lineHeightRatio: 1.8,
    direction: 'ltr',
  },
  ml: {
    family: 'DawrMalayalam',
    candidates: [`${NOTO}/NotoSansMalayalam-Bold.ttf`],
    fontPx: 24,
    lineHeightRatio: 1.8,
    direction: 'ltr',
  },
  bn: {
    family: 'DawrBengali',
    candidates: [`${NOTO}/NotoSansBengali-Bold.ttf`],
    fontPx: 24,
    lineHeightRatio: 1.8,
    direction: 'ltr',
  },
};

/** The CSS font list a language's lines are drawn with (registering its files on first use). */
export function scriptFontFamily(lang: VisitorLanguage): string {
  const script = SCRIPT_FONTS[lang];
  // Persian (and any Arabic-script language without its own entry) is drawn like the Arabic lines.
  if (!script) return arabicFontFamily();
  registerFont(script.family, script.candidates, `${lang} script`);
  // The Arabic call registers Noto Sans too, for the Latin letters and digits inside a line.
  const arabic = arabicFontFamily();
  return arabic.includes(LATIN_FAMILY) ? `${script.family}, ${LATIN_FAMILY}` : script.family;
}

/**
 * Whether this machine has the font a language's lines need. A kiosk without it (a package built
 * with Amiri only) prints the slip in Arabic and English rather than failing or printing boxes.
 */
export function canDraw(lang: VisitorLanguage): boolean {
  try {
    scriptFontFamily(lang);
    return true;
  } catch (err) {
    if (err instanceof FontNotFoundError) return false;
    throw err;
  }
}

/** The size, line height and direction of a language's drawn lines. */
export function scriptMetrics(
  lang: VisitorLanguage,
): Pick<ScriptFont, 'fontPx' | 'lineHeightRatio' | 'direction'> {
  const script = SCRIPT_FONTS[lang];
  if (script) return script;
  return { fontPx: 24, lineHeightRatio: 1.6, direction: lang === 'fa' || lang === 'ar' ? 'rtl' : 'ltr' };
}

/**
 * Whether a line in this language goes to the printer as text: English always (as before issue
 * #19); any other language only when the line is plain printable ASCII (Tagalog, and a name that
 * falls back to English), since the printer's code page has no other script this writer can trust.
 */
export function printsAsText(lang: VisitorLanguage, line: string): boolean {
  if (lang === 'en') return true;
  return /^[\x20-\x7e]*$/.test(line);
}
