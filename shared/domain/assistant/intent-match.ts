/** How the intents find their words in a question: whole phrases, and words under clinging particles. */
import { isArabicWord, normaliseArabic } from './arabic.js';
import { readings } from './morphology.js';

/** A set of intent words, normalised as the question's words are. */
export const set = (words: readonly string[]) => new Set(words.map(normaliseArabic));

export function hasPhrase(words: readonly string[], phrase: readonly string[]): boolean {
  outer: for (let i = 0; i + phrase.length <= words.length; i++) {
    for (let j = 0; j < phrase.length; j++) if (words[i + j] !== phrase[j]) continue outer;
    return true;
  }
  return false;
}

/** A word of the set, or a word of the set under a clinging particle (وبكم، والرسوم). */
export function any(words: readonly string[], s: ReadonlySet<string>): boolean {
  return words.some(
    (w) =>
      s.has(w) ||
      (w.length > 3 && s.has(w.slice(1))) ||
      (w.startsWith('ال') && s.has(w.slice(2))) ||
      (w.length > 4 && isArabicWord(w) && arabicCores(w).some((c) => s.has(c))),
  );
}

export const coreCache = new Map<string, readonly string[]>();
/**
 * Nouns that end like a fact word with a pronoun: police (شرطه) and policeman (شرطي) are no
 * condition, nor are traffic fines (مخالفات، مخالفه) a violator (مخالف), nor is "personal"
 * (الحضور الشخصي, attending in person) a person (شخص) who comes instead.
 */
export const WHOLE_NOUNS = set(['شرطه', 'شرطي', 'مخالفات', 'مخالفه', 'شخصي', 'شخصيه']);

/** The cores of a long Arabic word (وبمستنداتها → مستندات), for the intent sets; cached. */
export function arabicCores(word: string): readonly string[] {
  let cores = coreCache.get(word);
  if (!cores) {
    if (coreCache.size > 20000) coreCache.clear();
    const all = readings(word);
    // A noun of its own whose letters hold a fact word (الشرطه, the police, is no شرط, a condition):
    // only its clinging prefixes are peeled.
    cores =
      WHOLE_NOUNS.has(word) || all.some((c) => WHOLE_NOUNS.has(c))
        ? all.filter((c) => word.endsWith(c))
        : all;
    coreCache.set(word, cores);
  }
  return cores;
}
