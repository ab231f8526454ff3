/**
 * Arabic normalisation and a light stemmer for matching questions, not for display.
 * People type the same word many ways (hamza or not, ة or ه, ى or ي, with or without diacritics,
 * Arabic-Indic or Latin digits), so both questions and indexed text go through the same folding.
 */

const DIACRITICS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED]/g;
const TATWEEL = /\u0640/g;

const LETTER_FOLDS: Record<string, string> = {
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ى: 'ي',
  ی: 'ي', // Persian yeh, common on some keyboards
  ة: 'ه',
  ؤ: 'و',
  ئ: 'ي',
  ک: 'ك', // Persian kaf
  ء: '', // a bare hamza is often left out when typing
};
const LETTERS = new RegExp(`[${Object.keys(LETTER_FOLDS).join('')}]`, 'g');

/** Arabic-Indic (٠–٩) and Eastern Arabic-Indic (۰–۹) digits to Latin. */
export function latinDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => {
    const code = d.charCodeAt(0);
    return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
  });
}

/** Folds spelling variants so that equal words compare equal; Latin letters are lower-cased. */
export function normaliseArabic(text: string): string {
  return (
    latinDigits(text.normalize('NFC'))
      .replace(DIACRITICS, '')
      .replace(TATWEEL, '')
      // A letter held down for emphasis (تجدييييد): Arabic writes a doubled letter once with a
      // shadda, so three in a row are never spelling; Latin keeps two (pleease → please is a typo).
      // Before folding: only the same key pressed again is a repeat (أإا are three letters typed).
      .replace(/([\u0621-\u064A])\1{2,}/g, '$1')
      .replace(/([a-z])\1{2,}/gi, '$1$1')
      .replace(LETTERS, (c) => LETTER_FOLDS[c] ?? c)
      .toLowerCase()
  );
}

// Longest first: the first that fits is taken. Applies to normalised words (ة already ه).
const ARTICLE_PREFIXES = ['وبال', 'وكال', 'وفال', 'وال', 'بال', 'كال', 'فال', 'لل', 'ال'];
const SUFFIXES = [
  'تها',
  'تهم',
  'تنا',
  'تكم',
  'هما',
  'كما',
  'ات',
  'ان',
  'ون',
  'ين',
  'يه',
  'ها',
  'هم',
  'نا',
  'كم',
  'ه',
  'ي',
  'ك',
];
/** Possessive endings; before them a taa marbuta is written ت (رخصتي = رخصة + ي). */
const PRONOUNS = new Set(['ي', 'ك', 'ه', 'ها', 'هم', 'نا', 'كم', 'هما', 'كما']);

/**
 * A light stemmer: strips the definite article (with a leading و ب ك ف or the ل of لل), a
 * conjunction و on long words, and one common suffix, never leaving fewer than three letters.
 * Roots are not sought: over-stemming merges unrelated words, and the synonym table joins the
 * forms that matter (تجديد / أجدد / يجدد).
 */
export function stemArabic(normalised: string): string {
  let w = normalised;
  for (const p of ARTICLE_PREFIXES) {
    if (w.startsWith(p) && w.length - p.length >= 2) {
      w = w.slice(p.length);
      break;
    }
  }
  if (w === normalised && w.startsWith('و') && w.length >= 5) w = w.slice(1);
  for (const s of SUFFIXES) {
    if (w.endsWith(s) && w.length - s.length >= 3) {
      const stem = w.slice(0, -s.length);
      const pronoun = PRONOUNS.has(s) || s.startsWith('ت');
      // رخصتي → رخصت → رخص, the same stem as رخصه (رخصة).
      if (s.startsWith('ت')) return stem;
      if (pronoun && stem.endsWith('ت') && stem.length >= 4) return stem.slice(0, -1);
      return stem;
    }
  }
  return w;
}

export function isArabicWord(word: string): boolean {
  return /[\u0600-\u06FF]/.test(word);
}
