/**
 * Text to index terms, the same way for questions and for the catalogue: normalise, split,
 * drop stop words, stem (light Arabic stemmer or Porter), then fold synonyms into concept terms
 * (written `#name`, which no stem can collide with).
 */
import { isArabicWord, normaliseArabic, stemArabic } from './arabic.js';
import { stemEnglish } from './english.js';
import { ARABIC_STOP_WORDS, ENGLISH_STOP_WORDS } from './stopwords.js';
import { SYNONYM_GROUPS } from './synonyms.js';

const STOP_WORDS = new Set([...ARABIC_STOP_WORDS.map(normaliseArabic), ...ENGLISH_STOP_WORDS]);
/** Arabic stop words long enough to be recognised under a suffix (اسويها = اسوي + ها). */
const ARABIC_STOP_STEMS = new Set(ARABIC_STOP_WORDS.map(normaliseArabic).filter((w) => w.length >= 4));
/** One-letter particles written joined to the next word: و (and), ب (with), ل (for), ك (as), ف (so). */
const CLINGING_PARTICLES = new Set(['و', 'ب', 'ل', 'ك', 'ف']);

function stem(word: string): string {
  return isArabicWord(word) ? stemArabic(word) : stemEnglish(word);
}

/** Stemmed surface form → concept term; built once from SYNONYM_GROUPS. */
function buildConceptTable(): { table: Map<string, string>; conflicts: string[] } {
  const table = new Map<string, string>();
  const conflicts: string[] = [];
  for (const [concept, words] of Object.entries(SYNONYM_GROUPS)) {
    for (const word of words) {
      const normalised = normaliseArabic(word);
      // Both the whole word and its stem: irregular forms should not depend on the stemmer.
      for (const key of new Set([normalised, stem(normalised)])) {
        const other = table.get(key);
        if (other && other !== `#${concept}`)
          conflicts.push(`"${word}" (${key}) is in both ${other} and #${concept}`);
        else table.set(key, `#${concept}`);
      }
    }
  }
  return { table, conflicts };
}

const CONCEPTS = buildConceptTable();

/** Words listed under two synonym groups; the table keeps the first. Empty when the table is sound. */
export function synonymConflicts(): string[] {
  return CONCEPTS.conflicts;
}

/** Every stemmed synonym with its concept, for resolving misspelt question words. */
export function conceptSurfaces(): ReadonlyMap<string, string> {
  return CONCEPTS.table;
}

export function isConceptTerm(term: string): boolean {
  return term.startsWith('#');
}

/** Normalised words of a text (letters and digits), stop words included. */
export function words(text: string): string[] {
  return normaliseArabic(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The term for one normalised word, or undefined for a stop word. */
export function termOf(word: string): string | undefined {
  if (STOP_WORDS.has(word)) return undefined;
  const direct = CONCEPTS.table.get(word);
  if (direct) return direct;
  const stemmed = stem(word);
  const concept = CONCEPTS.table.get(stemmed);
  if (concept) return concept;
  if (isArabicWord(word)) {
    if (ARABIC_STOP_STEMS.has(stemmed)) return undefined;
    // لتجديد = ل + تجديد; peeled only when what is left is a known concept, so ordinary words starting with these letters stay whole.
    if (word.length >= 4 && CLINGING_PARTICLES.has(word[0]!)) {
      const rest = word.slice(1);
      const peeled = CONCEPTS.table.get(rest) ?? CONCEPTS.table.get(stem(rest));
      if (peeled) return peeled;
    }
  }
  return stemmed;
}

export function analyse(text: string): string[] {
  return words(text).flatMap((w) => {
    const t = termOf(w);
    return t === undefined ? [] : [t];
  });
}
