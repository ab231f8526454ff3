/** Arabizi fee and document nouns (rusum, flus, awraq) read as the Arabic ones, for the intents. */
import { isArabicWord } from './arabic.js';
import { looksArabizi, looseKey, transliterate } from './arabizi.js';
import { DOCUMENT_WORDS, FEE_WORDS } from './intent-fact-words.js';

/**
 * Fact nouns as Arabizi writes them any way (rusum, rsoom, flus, awraq, mustanadat): a Latin word of an
 * Arabizi question whose consonant skeleton (arabizi.ts) is that of one fee or document noun reads as
 * that noun. Only nouns of four letters or more, and only skeletons one noun owns, so a short or
 * shared skeleton never turns an ordinary word into a question of a kind.
 */
const ARABIZI_FACT_NOUNS: ReadonlyMap<string, string> = (() => {
  // Spellings of one kind may share a skeleton (رسم، رسوم); a skeleton of both kinds is dropped.
  const byKey = new Map<string, { noun: string; kind: ReadonlySet<string> } | null>();
  for (const kind of [FEE_WORDS, DOCUMENT_WORDS])
    for (const w of kind) {
      const key = isArabicWord(w) && w.length >= 4 && !w.startsWith('ال') ? looseKey(w) : '';
      if (!key) continue;
      const seen = byKey.get(key);
      byKey.set(key, seen === undefined ? { noun: w, kind } : seen?.kind === kind ? seen : null);
    }
  return new Map([...byKey].flatMap(([key, seen]) => (seen ? [[key, seen.noun] as const] : [])));
})();

/** The Arabic fact noun an Arabizi word spells, if any (`rusum` → رسوم). */
function arabiziFactNoun(word: string): string | undefined {
  if (isArabicWord(word) || !/^[a-z0-9']+$/.test(word)) return undefined;
  const key = looseKey(transliterate(word));
  return key ? ARABIZI_FACT_NOUNS.get(key) : undefined;
}

/**
 * The words of a question (`typed`: as typed, normalised, before the dialect lexicon) with Arabizi
 * fact nouns written in Arabic, for the intents; `read` holds the Latin words so replaced
 * (understood question words, not unknown ones). Only a question that looks Arabizi is read so.
 */
export function withArabiziFactNouns(
  words: readonly string[],
  typed: readonly string[],
): { words: string[]; read: Set<string> } {
  const read = new Set<string>();
  if (!looksArabizi(typed)) return { words: [...words], read };
  const out = words.map((w) => {
    const noun = arabiziFactNoun(w);
    if (noun) read.add(w);
    return noun ?? w;
  });
  return { words: out, read };
}
