/**
 * A question as the centre may keep it to learn from: nothing personal. Digits and anything with
 * digits (ticket, phone, Emirates ID and passport numbers, dates), e-mail addresses and links are
 * dropped, and so is what looks like a name: a capitalised Latin word inside a sentence, and the
 * words after "my name is" / "اسمي". What is left is grouped by its normalised form.
 */
import { normaliseArabic } from './arabic.js';

export interface RedactedQuestion {
  /** Shown to the manager: the question's own words, minus anything personal. */
  text: string;
  /** The grouping key: normalised, lower-case words. */
  key: string;
}

const MAX_WORDS = 20;
const NAME_MARKERS = /(?:my name is|i am called|اسمي|انا اسمي)\s+\S+(?:\s+\S+)?/giu;
const EMAIL_OR_LINK = /\S+@\S+|https?:\/\/\S+|www\.\S+/giu;
/** Short all-capital words are acronyms (ID, PRO, EID, RTA), not names. */
const ACRONYM = /^[A-Z]{2,4}$/;

export function redactQuestion(question: string): RedactedQuestion {
  const cleaned = question.replace(EMAIL_OR_LINK, ' ').replace(NAME_MARKERS, ' ');
  const tokens = cleaned.split(/\s+/u).filter(Boolean);
  const kept: string[] = [];
  tokens.forEach((token, i) => {
    const bare = token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (!bare) return;
    if (/[\p{N}]/u.test(bare)) return;
    const capitalised = /^\p{Lu}\p{Ll}/u.test(bare);
    if (capitalised && i > 0 && !ACRONYM.test(bare)) return;
    kept.push(bare);
  });
  const text = kept.slice(0, MAX_WORDS).join(' ');
  const key = normaliseArabic(text).split(/\s+/u).filter(Boolean).join(' ');
  return { text, key };
}
