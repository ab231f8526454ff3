/**
 * A small BM25 index over weighted fields. Question words the index does not know are resolved
 * against it before ranking: a clinging one-letter Arabic particle (لتجديد → تجديد) is peeled off,
 * then a misspelling within one or two edits of a known word is taken as that word.
 */
import { conceptSurfaces, isConceptTerm, termOf, words } from './analyse.js';
import { isArabicWord } from './arabic.js';
import { editDistance } from './edit-distance.js';

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

interface IndexedDocument {
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
  return { docs, df, averageLength, spellings };
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
  let best: { term: string; distance: number } | undefined;
  for (const c of candidates) {
    const limit = c.length >= 8 ? 2 : c.length >= 5 ? 1 : 0;
    if (limit === 0) continue;
    for (const [spelling, term] of index.spellings) {
      if (spelling.length < 3) continue;
      const d = editDistance(c, spelling, limit);
      if (d <= limit && (!best || d < best.distance)) best = { term, distance: d };
    }
  }
  return best?.term;
}

export interface ResolvedQuery {
  /** Distinct index terms, in question order. */
  terms: string[];
  /** Words that are neither stop words nor anything the index knows. */
  unknown: string[];
}

export function resolveQuery(index: Bm25Index, question: string): ResolvedQuery {
  const terms: string[] = [];
  const unknown: string[] = [];
  for (const w of words(question)) {
    const t = termOf(w);
    if (t === undefined) continue;
    let resolved: string | undefined = index.df.has(t) ? t : undefined;
    if (!resolved && isArabicWord(w) && w.length >= 4 && CLINGING_PARTICLES.has(w[0]!)) {
      const rest = termOf(w.slice(1));
      if (rest === undefined) continue; // a particle on a stop word (وكيف, بكل)
      if (index.df.has(rest)) resolved = rest;
    }
    resolved ??= closestSpelling(index, isConceptTerm(t) ? [w] : [w, t]);
    if (resolved) {
      if (!terms.includes(resolved)) terms.push(resolved);
    } else if (!unknown.includes(w)) unknown.push(w);
  }
  return { terms, unknown };
}

export interface RankedDocument {
  id: string;
  score: number;
  /** The query terms this document contains. */
  matched: string[];
}

export function rank(index: Bm25Index, terms: readonly string[]): RankedDocument[] {
  const out: RankedDocument[] = [];
  for (const d of index.docs) {
    let score = 0;
    const matched: string[] = [];
    for (const t of terms) {
      const tf = d.tf.get(t);
      if (!tf) continue;
      matched.push(t);
      score += (idf(index, t) * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * d.length) / index.averageLength));
    }
    if (score > 0) out.push({ id: d.id, score, matched });
  }
  return out.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}
