/**
 * A small BM25 index over weighted fields. Question words the index does not know are resolved
 * against it before ranking: a clinging one-letter Arabic particle (لتجديد → تجديد) is peeled off,
 * then a misspelling within one or two edits of a known word is taken as that word.
 */
import { conceptSurfaces, isConceptTerm, termOf, words } from './analyse.js';
import { isArabicWord, normaliseArabic } from './arabic.js';
import { looksArabizi, looseKey, transliterate } from './arabizi.js';
import { editDistance } from './edit-distance.js';
import { readings } from './morphology.js';

export interface IndexField {
  text: string;
  /** How much one occurrence counts (a service name more than the documents it lists). */
  weight: number;
}

export interface SourceDocument {
  id: string;
  fields: readonly IndexField[];
  /** Concept terms the document answers without saying them (every service has a duration). */
  impliedTerms?: readonly string[];
}

export interface IndexedDocument {
  id: string;
  tf: Map<string, number>;
  length: number;
}

export interface Bm25Index {
  docs: IndexedDocument[];
  df: Map<string, number>;
  averageLength: number;
  /** Known spellings (stems, and synonyms of concepts the index holds) → index term. */
  spellings: Map<string, string>;
  /** The same, by the spelling's length: a misspelling is compared only with near lengths. */
  spellingsByLength: Map<number, [string, string][]>;
  /** Consonant skeletons of the Arabic spellings (arabizi.ts) → index term, when only one term has it. */
  looseSpellings: Map<string, string>;
  /** Misspelling → correction (or none) already searched for. */
  corrections: Map<string, string | undefined>;
}

const K1 = 1.2;
const B = 0.75;
const CLINGING_PARTICLES = new Set(['و', 'ب', 'ل', 'ك', 'ف']);

export function buildIndex(sources: readonly SourceDocument[]): Bm25Index {
  const docs: IndexedDocument[] = sources.map((s) => {
    const tf = new Map<string, number>();
    let length = 0;
    for (const f of s.fields) {
      for (const w of words(f.text)) {
        const t = termOf(w);
        if (t === undefined) continue;
        tf.set(t, (tf.get(t) ?? 0) + f.weight);
        length += f.weight;
      }
    }
    for (const t of s.impliedTerms ?? []) {
      tf.set(t, (tf.get(t) ?? 0) + 1);
      length += 1;
    }
    return { id: s.id, tf, length };
  });
  const df = new Map<string, number>();
  for (const d of docs) for (const t of d.tf.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const spellings = new Map<string, string>();
  for (const t of df.keys()) if (!isConceptTerm(t)) spellings.set(t, t);
  for (const [surface, concept] of conceptSurfaces()) if (df.has(concept)) spellings.set(surface, concept);
  const averageLength = docs.reduce((n, d) => n + d.length, 0) / Math.max(1, docs.length);
  const spellingsByLength = new Map<number, [string, string][]>();
  for (const entry of spellings) {
    const list = spellingsByLength.get(entry[0].length) ?? [];
    list.push(entry);
    spellingsByLength.set(entry[0].length, list);
  }
  const looseSpellings = new Map<string, string>();
  const ambiguous = new Set<string>();
  for (const [spelling, term] of spellings) {
    const key = isArabicWord(spelling) ? looseKey(spelling) : '';
    if (!key || ambiguous.has(key)) continue;
    const other = looseSpellings.get(key);
    if (other && other !== term) {
      looseSpellings.delete(key);
      ambiguous.add(key);
    } else looseSpellings.set(key, term);
  }
  return { docs, df, averageLength, spellings, spellingsByLength, looseSpellings, corrections: new Map() };
}

export function idf(index: Bm25Index, term: string): number {
  const n = index.docs.length;
  const df = index.df.get(term) ?? 0;
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

/** The highest idf any term can have here: that of a term found in no document. */
export function unknownTermIdf(index: Bm25Index): number {
  return idf(index, '\u0000');
}

function closestSpelling(index: Bm25Index, candidates: readonly string[]): string | undefined {
  const key = candidates.join(' ');
  if (index.corrections.has(key)) return index.corrections.get(key);
  const found = searchSpelling(index, candidates);
  // Bounded: a kiosk sees a few thousand distinct words; a flood of junk must not grow memory.
  if (index.corrections.size > 5000) index.corrections.clear();
  index.corrections.set(key, found);
  return found;
}

function searchSpelling(index: Bm25Index, candidates: readonly string[]): string | undefined {
  let best: { term: string; distance: number } | undefined;
  for (const c of candidates) {
    // A four-letter Latin word is only taken for a longer one with a letter dropped (renw, visa is
    // not vise): among short words most one-letter changes make another real word.
    const short = c.length === 4 && !isArabicWord(c);
    const limit = c.length >= 8 ? 2 : c.length >= 5 || short ? 1 : 0;
    if (limit === 0) continue;
    for (let length = short ? c.length + 1 : c.length - limit; length <= c.length + limit; length++) {
      for (const [spelling, term] of index.spellingsByLength.get(length) ?? []) {
        if (spelling.length < 3) continue;
        const d = editDistance(c, spelling, limit);
        if (d <= limit && (!best || d < best.distance)) best = { term, distance: d };
      }
    }
  }
  return best?.term;
}

export interface ResolvedQuery {
  /** Distinct index terms, in question order. */
  terms: string[];
  /** Terms reached only by correcting a misspelling: they count for less. */
  corrected: Set<string>;
  /** Words that are neither stop words nor anything the index knows. */
  unknown: string[];
  /** Each question word that reached a term, with its term. */
  termByWord: Map<string, string>;
}

/**
 * `realWords`: words known to be real although the index lacks them (stop, intent and scope words,
 * a small lexicon); they are never "corrected" into a catalogue word (زيارة is not سيارة).
 */
export function resolveQuery(
  index: Bm25Index,
  question: string,
  realWords: ReadonlySet<string> = new Set(),
): ResolvedQuery {
  const terms: string[] = [];
  const corrected = new Set<string>();
  const unknown: string[] = [];
  const termByWord = new Map<string, string>();
  const questionWords = words(question);
  // Read before the lexicon rewrites the tell-tale words (el, kif, abi) into Arabic.
  const arabizi = looksArabizi(normaliseArabic(question).match(/[\p{L}\p{N}]+/gu) ?? []);
  for (const w of questionWords) {
    const t = termOf(w);
    if (t === undefined) continue;
    let resolved: string | undefined = index.df.has(t) ? t : undefined;
    if (!resolved && isArabicWord(w) && w.length >= 4) {
      if (CLINGING_PARTICLES.has(w[0]!) && termOf(w.slice(1)) === undefined) continue; // وكيف, بكل
      resolved = knownCore(index, w);
    }
    if (!resolved && !realWords.has(w)) {
      resolved = closestSpelling(index, isConceptTerm(t) ? [w] : [w, t]);
      if (!resolved && arabizi && !isArabicWord(w)) resolved = arabiziSpelling(index, w);
      if (resolved && !terms.includes(resolved)) corrected.add(resolved);
    }
    if (resolved) {
      termByWord.set(w, resolved);
      if (!terms.includes(resolved)) terms.push(resolved);
    } else if (!unknown.includes(w)) unknown.push(w);
  }
  return { terms, corrected, unknown, termByWord };
}

/** The index term of the least-stripped reading of an Arabic word the index holds (morphology.ts). */
function knownCore(index: Bm25Index, word: string): string | undefined {
  for (const core of readings(word)) {
    const t = termOf(core);
    if (t !== undefined && index.df.has(t)) return t;
  }
  return undefined;
}

/** An Arabizi word (ajadid, mukhalafat, rokhsa) as the index term with the same consonant skeleton. */
function arabiziSpelling(index: Bm25Index, latin: string): string | undefined {
  const arabic = transliterate(latin);
  // rukhsat (el siyaqa): a ة is pronounced t before a noun.
  const construct = arabic.endsWith('ت') ? [`${arabic.slice(0, -1)}ه`] : [];
  for (const form of [arabic, ...construct, ...readings(arabic)]) {
    const t = index.looseSpellings.get(looseKey(form));
    if (t) return t;
  }
  return undefined;
}

export interface RankedDocument {
  id: string;
  score: number;
  /** The query terms this document contains. */
  matched: string[];
}

/** `weightOf` scales a term's contribution (corrected or intent words count for less). */
export function rank(
  index: Bm25Index,
  terms: readonly string[],
  weightOf: (term: string) => number = () => 1,
): RankedDocument[] {
  const out: RankedDocument[] = [];
  for (const d of index.docs) {
    let score = 0;
    const matched: string[] = [];
    for (const t of terms) {
      const tf = d.tf.get(t);
      if (!tf) continue;
      matched.push(t);
      score +=
        (weightOf(t) * idf(index, t) * tf * (K1 + 1)) /
        (tf + K1 * (1 - B + (B * d.length) / index.averageLength));
    }
    if (score > 0) out.push({ id: d.id, score, matched });
  }
  return out.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}
