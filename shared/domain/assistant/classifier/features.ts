/**
 * What the classifier sees of a text: words and character n-grams of the normalised text.
 * Character n-grams (2–4 letters, inside word boundaries) carry a word across its spellings and
 * dialect forms (تجديد / اجدد / يجددون share جدد; licence / license share licen) without a lexicon.
 */
import { normaliseArabic } from '../arabic.js';

/** The smallest and largest character n-gram taken. */
export const NGRAM_RANGE = { min: 2, max: 4 } as const;

/** Normalised words: hamza forms, ة/ه and ى/ي folded (arabic.ts), digits and punctuation dropped. */
export function classifierWords(text: string): string[] {
  return normaliseArabic(text)
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length > 0);
}

/** Character n-grams of one word, with `_` marking where it starts and ends. */
export function charNgrams(
  word: string,
  min: number = NGRAM_RANGE.min,
  max: number = NGRAM_RANGE.max,
): string[] {
  const padded = `_${word}_`;
  const grams: string[] = [];
  for (let n = min; n <= max; n++)
    for (let i = 0; i + n <= padded.length; i++) grams.push(padded.slice(i, i + n));
  return grams;
}

/** Feature counts of a text: `w:` whole words and `c:` character n-grams. */
export function featureCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (f: string) => counts.set(f, (counts.get(f) ?? 0) + 1);
  for (const word of classifierWords(text)) {
    add(`w:${word}`);
    for (const gram of charNgrams(word)) add(`c:${gram}`);
  }
  return counts;
}
