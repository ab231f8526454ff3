// Finds and registers the fonts used to draw tickets. Arabic must be drawn with a real
// Arabic font (joined letters need its OpenType tables); we use the Debian packages
// fonts-noto-core (or fonts-hosny-amiri) rather than shipping binaries in the repository.
// Paper uses the apps' typography (renderer/common/typography.css): Noto Sans Arabic, with Noto
// Sans for Latin letters in an Arabic line ("A001", "(60+)"), whose digits are the same design.
import { existsSync } from 'node:fs';
import { GlobalFonts } from '@napi-rs/canvas';

export const ARABIC_FONT_CANDIDATES = [
  '/usr/share/fonts/truetype/noto/NotoSansArabic-Bold.ttf',
  '/usr/share/fonts/truetype/noto/NotoNaskhArabic-Bold.ttf',
  '/usr/share/fonts/opentype/fonts-hosny-amiri/Amiri-Bold.ttf',
  '/usr/share/fonts/opentype/fonts-hosny-amiri/Amiri-Regular.ttf',
];
const LATIN_FONT_CANDIDATES = ['/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf'];
const MONO_FONT_CANDIDATES = [
  '/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf',
  '/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf',
];

export const ARABIC_FAMILY = 'DawrArabic';
export const MONO_FAMILY = 'DawrMono';
export const LATIN_FAMILY = 'DawrLatin';

const registered = new Map<string, string>();

export class FontNotFoundError extends Error {
  constructor(what: string, tried: string[]) {
    super(`no ${what} font found (tried ${tried.join(', ')}); install fonts-hosny-amiri or set fontPath`);
    this.name = 'FontNotFoundError';
  }
}

/**
 * Registers the first of `candidates` that exists under `family` (once per process), with its
 * regular weight beside a bold file; returns the path used. Throws FontNotFoundError.
 */
export function registerFont(family: string, candidates: string[], what: string): string {
  const done = registered.get(family);
  if (done) return done;
  const path = candidates.find((p) => existsSync(p));
  if (!path) throw new FontNotFoundError(what, candidates);
  if (!GlobalFonts.registerFromPath(path, family)) throw new FontNotFoundError(what, [path]);
  // The regular weight beside a bold file, under the same family: normal lines are not drawn bold.
  const regular = path.replace(/-Bold\.ttf$/, '-Regular.ttf');
  if (regular !== path && existsSync(regular)) GlobalFonts.registerFromPath(regular, family);
  registered.set(family, path);
  return path;
}

/** Registers the Arabic font (an explicit path first) and returns the family name to use. */
export function arabicFontFamily(fontPath?: string): string {
  if (fontPath) {
    const known = [...registered.entries()].find(([, p]) => p === fontPath);
    if (known) return known[0];
    const family = `${ARABIC_FAMILY}-${registered.size}`;
    registerFont(family, [fontPath], 'Arabic');
    return family;
  }
  registerFont(ARABIC_FAMILY, ARABIC_FONT_CANDIDATES, 'Arabic');
  try {
    registerFont(LATIN_FAMILY, LATIN_FONT_CANDIDATES, 'Latin');
    return `${ARABIC_FAMILY}, ${LATIN_FAMILY}`;
  } catch {
    // Without Noto Sans the Arabic font's own (or the system's) Latin letters are used.
    return ARABIC_FAMILY;
  }
}

export function monoFontFamily(): string {
  try {
    registerFont(MONO_FAMILY, MONO_FONT_CANDIDATES, 'monospace');
    return MONO_FAMILY;
  } catch {
    // Previews are for humans; a generic monospace is acceptable when DejaVu is missing.
    return 'monospace';
  }
}

export function containsArabic(s: string): boolean {
  return /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/.test(s);
}
