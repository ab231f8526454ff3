/**
 * Text to index terms, the same way for questions and for the catalogue: normalise, split,
 * drop stop words, stem (light Arabic stemmer or Porter), then fold synonyms into concept terms
 * (written `#name`, which no stem can collide with).
 */
import { isArabicWord, normaliseArabic, stemArabic } from './arabic.js';
import { stemEnglish } from './english.js';
import { ARABIC_STOP_WORDS, ENGLISH_STOP_WORDS } from './stopwords.js';
import { SYNONYM_GROUPS } from './synonyms.js';
import { LEXICON, rewritePhrases } from './lexicon.js';
import { readings } from './morphology.js';

const STOP_WORDS = new Set([...ARABIC_STOP_WORDS.map(normaliseArabic), ...ENGLISH_STOP_WORDS]);
/** Arabic stop words long enough to be recognised under a suffix (اسويها = اسوي + ها). */
const ARABIC_STOP_STEMS = new Set(ARABIC_STOP_WORDS.map(normaliseArabic).filter((w) => w.length >= 4));

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

/** Normalised words of a text (letters and digits), stop words included, dialect rewritten. */
export function words(text: string): string[] {
  return (rewritePhrases(normaliseArabic(text)).match(/[\p{L}\p{N}]+/gu) ?? []).flatMap(
    (w) => LEXICON.get(w) ?? [w],
  );
}

/** The term for one normalised word, or undefined for a stop word. */
export function termOf(word: string): string | undefined {
  // A number says how many or which, never which service: "3 months", "counter 6", and the "3 days"
  // in an answer's text must not make a document look relevant (the intents still read them).
  if (STOP_WORDS.has(word) || /^\d+$/.test(word)) return undefined;
  const direct = CONCEPTS.table.get(word);
  if (direct) return direct;
  const stemmed = stem(word);
  const concept = CONCEPTS.table.get(stemmed);
  if (concept) return concept;
  if (isArabicWord(word)) {
    if (ARABIC_STOP_STEMS.has(stemmed) || isClingingStopWord(word)) return undefined;
    // وبرخصتي = و + ب + رخصة + ي: clitics and affixes are peeled only when what is left is a known
    // concept, so ordinary words that merely start or end with these letters stay whole.
    const concept = conceptOfCore(word);
    if (concept) return concept;
  }
  return stemmed;
}

const PARTICLES = ['و', 'ف', 'ب', 'ل', 'ك'];
const PRONOUNS = ['ها', 'هم', 'هن', 'كم', 'نا', 'ه', 'ك', 'ي'];

/** A stop word with a particle or a pronoun joined to it: وما، فيها، عنه، معهم، ولكن. */
function isClingingStopWord(word: string): boolean {
  // ماعطاني, ماعندي: the Gulf and Egyptian negation is often typed joined to the verb.
  if (word.startsWith('ما') && word.length >= 5 && STOP_WORDS.has(word.slice(2))) return true;
  // عالامارات = على + الامارات, as spoken.
  if (word.startsWith('عال') && word.length >= 6 && STOP_WORDS.has(word.slice(1))) return true;
  const bare = PARTICLES.includes(word[0]!) && word.length >= 3 ? word.slice(1) : word;
  if (bare !== word && STOP_WORDS.has(bare)) return true;
  // فيها is في + ها, not ف + يها: the pronoun is tried on the word with and without the particle.
  return [word, bare].some((w) =>
    PRONOUNS.some((p) => w.endsWith(p) && w.length - p.length >= 2 && STOP_WORDS.has(w.slice(0, -p.length))),
  );
}

const coreConcepts = new Map<string, string | undefined>();

/** The concept of the least-stripped reading of `word` that is one (morphology.ts), cached. */
function conceptOfCore(word: string): string | undefined {
  if (coreConcepts.has(word)) return coreConcepts.get(word);
  let found: string | undefined;
  for (const core of readings(word)) {
    found = CONCEPTS.table.get(core) ?? CONCEPTS.table.get(stem(core));
    if (found) break;
  }
  // Bounded: indexed text and a few thousand distinct question words; junk must not grow memory.
  if (coreConcepts.size > 20000) coreConcepts.clear();
  coreConcepts.set(word, found);
  return found;
}

export function analyse(text: string): string[] {
  return words(text).flatMap((w) => {
    const t = termOf(w);
    return t === undefined ? [] : [t];
  });
}
