/**
 * Arabizi (Arabic typed in Latin letters, digits for letters Latin lacks: 3=ع 7=ح 2=ء 5=خ 6=ط
 * 9=ق/ص 8=ق/غ) as a fallback form. Vowels are not written consistently either way (tajdeed /
 * tajdid / تجديد), so a word is compared by its consonant skeleton: long-vowel letters dropped after
 * the first letter, letters Latin spells alike merged (س ص ث، ت ط، د ض ذ، ز ظ، ه ح، ك ق), doubled
 * letters single. Only questions that look Arabizi are read this way, so English words are not.
 */

// Longest first: digraphs before single letters.
// prettier-ignore
const LATIN_TO_ARABIC: readonly (readonly [string, string])[] = [
  ['sh', 'ش'], ['ch', 'ش'], ['kh', 'خ'], ['gh', 'غ'], ['th', 'ث'], ['dh', 'ذ'],
  ['aa', 'ا'], ['ee', 'ي'], ['ii', 'ي'], ['oo', 'و'], ['ou', 'و'], ['uu', 'و'],
  ['3', 'ع'], ['7', 'ح'], ['2', 'ء'], ['5', 'خ'], ['6', 'ط'], ['9', 'ق'], ['8', 'ق'], ['4', 'ذ'],
  ['b', 'ب'], ['p', 'ب'], ['t', 'ت'], ['j', 'ج'], ['g', 'ج'], ['h', 'ه'], ['d', 'د'], ['r', 'ر'],
  ['z', 'ز'], ['s', 'س'], ['f', 'ف'], ['v', 'ف'], ['q', 'ق'], ['k', 'ك'], ['c', 'ك'], ['l', 'ل'],
  ['m', 'م'], ['n', 'ن'], ['w', 'و'], ['y', 'ي'], ['x', 'كس'],
];
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', "'"]);

/** A Latin word as Arabic letters (normalised forms); short vowels are dropped, a final a/e is ة. */
export function transliterate(latin: string): string {
  const w = latin.toLowerCase();
  let out = '';
  for (let i = 0; i < w.length;) {
    const c = w[i]!;
    if (VOWELS.has(c) && !(w[i + 1] && `${c}${w[i + 1]}` in DOUBLE_VOWELS)) {
      if (i === 0 && c !== "'") out += 'ا';
      // A final a is ة (rokhsa), but after h it is the pronoun ها (adfa3ha).
      else if (i === w.length - 1 && (c === 'a' || c === 'e')) out += w[i - 1] === 'h' ? 'ا' : 'ه';
      else if (i === w.length - 1 && c === 'i') out += 'ي';
      i++;
      continue;
    }
    const pair = LATIN_TO_ARABIC.find(([from]) => w.startsWith(from, i));
    if (pair) {
      out += pair[1];
      i += pair[0].length;
    } else i++;
  }
  return out.replace(/ء/g, '');
}
const DOUBLE_VOWELS: Readonly<Record<string, true>> = {
  aa: true,
  ee: true,
  ii: true,
  oo: true,
  ou: true,
  uu: true,
};

const LOOSE: Readonly<Record<string, string>> = {
  ص: 'س',
  ث: 'س',
  ط: 'ت',
  ض: 'د',
  ذ: 'د',
  ظ: 'ز',
  ح: 'ه',
  ق: 'ك',
};
const LONG_VOWELS = new Set(['ا', 'و', 'ي']);

/** The consonant skeleton of a normalised Arabic word; too short (< 3) to compare gives ''. */
export function looseKey(arabic: string): string {
  let key = '';
  for (let i = 0; i < arabic.length; i++) {
    const c = LOOSE[arabic[i]!] ?? arabic[i]!;
    if (i > 0 && LONG_VOWELS.has(c)) continue;
    if (key.endsWith(c)) continue;
    key += c;
  }
  return key.length >= 3 ? key : '';
}

/** Written only in Arabizi: a letter-digit within a Latin word (3ala, ra2m, 7ag), or an Arabic article. */
const ARABIZI_DIGIT = /[a-z][2-9]|[2-9][a-z]/;
// prettier-ignore
const ARABIZI_WORDS = new Set([
  'el', 'il', 'wel', 'bel', 'fel', 'lel', 'ana', 'shu', 'sho', 'shlon', 'abi', 'abgha', 'abga', 'mumkin',
  'momken', 'kaif', 'keef', 'kef', 'wain', 'wein', 'fein', 'leish', 'lesh', 'leh', 'mafi', 'ma3', 'kam', 'bkam',
  'agdar', 'aqdar', 'abga', 'ba3d', 'mata', 'emta', 'ayesh', 'eish', 'wesh', 'ebgha', 'bedi', 'baddi', 'aayez', 'ayez',
]);

/** Whether a question (its normalised words) is written in Arabizi, as far as can be told. */
export function looksArabizi(words: readonly string[]): boolean {
  return words.some((w) => ARABIZI_DIGIT.test(w) || ARABIZI_WORDS.has(w));
}
