/**
 * Government services this centre does not provide, each with where to go instead, and the matcher
 * that finds one named in a question (checked before the catalogue is searched, so "golden visa"
 * never becomes residency renewal).
 */
import * as z from 'zod';
import { Id, LocalizedText } from '../../contract/catalogue.js';
import { cleanText } from '../../contract/text.js';
import { normaliseArabic } from './arabic.js';
import { editDistance } from './edit-distance.js';

/**
 * A government service provided elsewhere. `keywords` are phrases (ar and en mixed): the service is
 * meant when every word of one phrase is in the question (words compared after normalisation, and
 * a phrase word also matches a longer question word that starts with it: ذهبي ~ الذهبيه).
 */
export const ElsewhereService = z.object({
  id: Id,
  name: LocalizedText,
  where: LocalizedText,
  url: z.url(),
  keywords: z.array(cleanText().min(1).max(80)).min(1).max(30),
});
export type ElsewhereService = z.infer<typeof ElsewhereService>;
export type ElsewhereServiceInput = z.input<typeof ElsewhereService>;

export interface ElsewhereMatcher {
  /**
   * `misspelt`: question words that are no known word; one of them may be a keyword with one slip
   * ("helth card"), as long as another word of the phrase is typed right or the keyword is long.
   */
  match(words: readonly string[], misspelt?: ReadonlySet<string>): ElsewhereService | undefined;
  /** The question's words less those of the phrase that named a service elsewhere. */
  withoutMatch(words: readonly string[], misspelt?: ReadonlySet<string>): string[];
  words: ReadonlySet<string>;
}

/** A keyword this long may be matched by a misspelt word one slip away; shorter ones collide. */
const FUZZY_KEYWORD_LENGTH = 5;
/** A one-word phrase matched only through a slip needs a longer keyword still. */
const FUZZY_ALONE_LENGTH = 6;

function slipOf(questionWord: string, keyword: string, misspelt: ReadonlySet<string>): boolean {
  return (
    misspelt.has(questionWord) &&
    keyword.length >= FUZZY_KEYWORD_LENGTH &&
    editDistance(questionWord.startsWith('ال') ? questionWord.slice(2) : questionWord, keyword, 1) <= 1
  );
}

/**
 * An Arabic adjective of relation (نسبة: صحيه، تجاريه، حكومي) is also said as the noun it comes from,
 * with its article, in a construct: بطاقة الصحة for البطاقة الصحية, رخصة التجارة for رخصة تجارية.
 */
function constructNounOf(keyword: string): string | undefined {
  const stem = keyword.endsWith('يه')
    ? keyword.slice(0, -2)
    : keyword.endsWith('ي')
      ? keyword.slice(0, -1)
      : '';
  return stem.length >= 2 && /\p{Script=Arabic}/u.test(stem) ? `ال${stem}ه` : undefined;
}

function wordMatches(questionWord: string, keyword: string): boolean {
  if (questionWord === keyword) return true;
  const bare = questionWord.startsWith('ال') ? questionWord.slice(2) : questionWord;
  return (
    bare === keyword ||
    (keyword.length >= 4 && bare.startsWith(keyword) && bare.length - keyword.length <= 2) ||
    (questionWord.startsWith('ال') && questionWord === constructNounOf(keyword))
  );
}

export function elsewhereMatcher(services: readonly ElsewhereService[]): ElsewhereMatcher {
  const table = services.map((s) => ({
    service: s,
    phrases: s.keywords.map((k) => (normaliseArabic(k).match(/[\p{L}\p{N}]+/gu) ?? []).filter(Boolean)),
  }));
  const exact = (words: readonly string[], p: readonly string[]) =>
    p.length > 0 && p.every((k) => words.some((w) => wordMatches(w, k)));
  const withSlips = (words: readonly string[], p: readonly string[], misspelt: ReadonlySet<string>) => {
    const exactWords = p.filter((k) => words.some((w) => wordMatches(w, k))).length;
    return (
      p.every((k) => words.some((w) => wordMatches(w, k) || slipOf(w, k, misspelt))) &&
      (exactWords > 0 || (p.length === 1 && p[0]!.length >= FUZZY_ALONE_LENGTH))
    );
  };
  const find = (words: readonly string[], misspelt: ReadonlySet<string>) => {
    for (const t of table) {
      const phrase = t.phrases.find((p) => exact(words, p));
      if (phrase) return { service: t.service, phrase };
    }
    // Only when no phrase is typed right: a slip never outranks an exact keyword of another service.
    if (misspelt.size === 0) return undefined;
    for (const t of table) {
      const phrase = t.phrases.find((p) => p.length > 0 && withSlips(words, p, misspelt));
      if (phrase) return { service: t.service, phrase };
    }
    return undefined;
  };
  return {
    words: new Set(table.flatMap((t) => t.phrases.flat())),
    match: (words, misspelt = new Set()) => find(words, misspelt)?.service,
    withoutMatch(words, misspelt = new Set()) {
      const phrase = find(words, misspelt)?.phrase ?? [];
      return words.filter((w) => !phrase.some((k) => wordMatches(w, k) || slipOf(w, k, misspelt)));
    },
  };
}
