/**
 * Text that people type (names, notes, labels, messages) and identifiers they sign in with, kept
 * free of characters that change how text looks without being seen: bidi controls (which can
 * reorder what a screen, a printed ticket or an audit line shows) and zero-width characters
 * (which make look-alikes: `adm\u200Bin` is not `admin`, yet looks the same).
 *
 * Free text is cleaned (the invisible characters are removed): a note pasted from another app
 * keeps its words. Identifiers are refused instead, so a look-alike account is never created and
 * never silently merged into the real one.
 *
 * Arabic is untouched: its letters, marks and digits are not format characters. The one exception
 * kept is the zero-width non-joiner (U+200C) between two Arabic-script letters: Persian and Urdu
 * spelling needs it (می‌خواهم, ہم‌سایہ), and there it is visible, since it stops the letters joining.
 * Anywhere else it is removed like the others. The zero-width joiner (U+200D) is removed
 * everywhere: Arabic-script spelling does not need it (it only forces a joining form that the
 * letters around it already take), so between letters it changes nothing a reader can see.
 */
import * as z from 'zod';

/** LRE RLE PDF LRO RLO, LRI RLI FSI PDI, LRM RLM, and the Arabic letter mark. */
const BIDI_CONTROLS = '\\u202A-\\u202E\\u2066-\\u2069\\u200E\\u200F\\u061C';
/** Zero-width space, non-joiner, joiner, word joiner, and the zero-width no-break space (BOM). */
const ZERO_WIDTH = '\\u200B-\\u200D\\u2060\\uFEFF';

/** One invisible character (bidi control or zero-width). */
export const INVISIBLE_CHARACTER = new RegExp(`[${BIDI_CONTROLS}${ZERO_WIDTH}]`, 'u');
const INVISIBLE_GLOBAL = new RegExp(INVISIBLE_CHARACTER.source, 'gu');
const ARABIC_LETTER = /[\p{Script=Arabic}]/u;
/** C0 and C1 controls other than tab and line breaks (which notes may contain). */
const CONTROL_GLOBAL = /(?![\t\n\r])\p{Cc}/gu;

/** Removes bidi controls, zero-width characters and control characters; keeps ZWNJ inside Arabic-script words. */
export function stripInvisible(text: string): string {
  return text
    .replace(CONTROL_GLOBAL, '')
    .replace(INVISIBLE_GLOBAL, (ch, offset: number, whole: string) =>
      ch === '\u200C' &&
      ARABIC_LETTER.test(whole[offset - 1] ?? '') &&
      ARABIC_LETTER.test(whole[offset + 1] ?? '')
        ? ch
        : '',
    );
}

/**
 * Free text from people: NFC-normalised, invisible characters removed, trimmed. Chain length
 * checks after it (`cleanText().min(1).max(80)`): they apply to the cleaned text.
 * `whileTyping` only removes the invisible characters: a form field sent as it is typed keeps its
 * trailing space and its composition, or the echo would rewrite the field under the typist.
 */
export function cleanText(opts: { whileTyping?: boolean } = {}) {
  if (opts.whileTyping) return z.string().overwrite(stripInvisible);
  return z.string().normalize('NFC').overwrite(stripInvisible).trim();
}

/** Every string inside a JSON value (a submitted form's data) with its invisible characters removed. */
export function stripInvisibleDeep(value: unknown): unknown {
  if (typeof value === 'string') return stripInvisible(value);
  if (Array.isArray(value)) return value.map(stripInvisibleDeep);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, stripInvisibleDeep(v)]));
  return value;
}

/**
 * Something people sign in with or tell apart by eye (a username): refused, not cleaned, when it
 * holds a bidi control, a zero-width or other format character, a control character or white space.
 */
export function identifierText() {
  return z
    .string()
    .regex(
      /^[^\p{Cc}\p{Cf}\p{Z}\s]*$/u,
      'only visible characters: no spaces, bidi controls or zero-width characters',
    );
}
