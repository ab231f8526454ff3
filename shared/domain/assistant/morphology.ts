/**
 * Arabic clitics and affixes, as a fallback for words the concept table and the index do not know
 * as typed. The light stemmer (arabic.ts) strips one article and one suffix; people stack more:
 * وبرخصتي (و + ب + رخصة + ي), لتجديدها, بيجددوها (Levantine/Egyptian ب + ي + جدد + و + ها),
 * مخالفاتي (plural + possessive), حجدد (Egyptian future). `readings` lists the cores a word may be,
 * least stripped first, so the caller takes the first core it knows and an ordinary word is left
 * whole whenever it is known whole.
 */

/** Proclitics: conjunctions, prepositions, the article, and their usual stacks (normalised). */
// prettier-ignore
const PROCLITICS = [
  '', 'و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'فب', 'فل', 'وك',
  'ال', 'وال', 'بال', 'فال', 'كال', 'لل', 'ولل', 'فلل', 'وبال', 'عال',
];
/** Verb prefixes: person (ا ي ت ن), future (س، Egyptian ح/ه), Levantine/Egyptian present ب. */
// prettier-ignore
const VERB_PREFIXES = [
  '', 'ا', 'ي', 'ت', 'ن', 'سا', 'سي', 'ست', 'سن', 'با', 'بي', 'بت', 'بن', 'ح', 'حا', 'حي', 'حت', 'حن', 'ها', 'هي', 'هت',
];
/** Endings: plurals and duals, verb persons, object/possessive pronouns, Gulf لي "for me", Egyptian ش. */
// prettier-ignore
const SUFFIXES = [
  '', 'ي', 'ك', 'ه', 'ها', 'نا', 'هم', 'كم', 'هن', 'ني', 'وا', 'و', 'ات', 'ين', 'ون', 'ان', 'يه',
  'تي', 'تك', 'ته', 'تها', 'تنا', 'تهم', 'تكم', 'اتي', 'اتك', 'اته', 'اتها', 'اتنا', 'اتهم',
  'وها', 'وه', 'وهم', 'ونها', 'ينها', 'يها', 'لي', 'له', 'لها', 'لنا', 'لهم', 'ش', 'يش', 'هاش',
];
const MIN_CORE = 3;

/**
 * Cores `word` (normalised Arabic) may be built on, fewest letters stripped first; the word itself
 * is not included. A core before a pronoun ending in ت is also tried with ه (رخصت + ي → رخصه).
 */
export function readings(word: string): string[] {
  const out: { core: string; stripped: number }[] = [];
  const seen = new Set<string>([word]);
  const add = (core: string, stripped: number) => {
    if (core.length < MIN_CORE || seen.has(core)) return;
    seen.add(core);
    out.push({ core, stripped });
  };
  for (const p of PROCLITICS) {
    if (!word.startsWith(p)) continue;
    // Verb prefixes only after a conjunction or nothing: "وبيجدد", not "البيجدد".
    const verbPrefixes = p === '' || p === 'و' || p === 'ف' ? VERB_PREFIXES : [''];
    for (const v of verbPrefixes) {
      const head = p + v;
      if (!word.startsWith(head)) continue;
      for (const s of SUFFIXES) {
        if (!word.endsWith(s) || word.length - head.length - s.length < MIN_CORE) continue;
        const core = word.slice(head.length, word.length - s.length);
        const stripped = head.length + s.length;
        add(core, stripped);
        if (s && core.endsWith('ت')) add(`${core.slice(0, -1)}ه`, stripped);
      }
    }
  }
  return out.sort((a, b) => a.stripped - b.stripped).map((r) => r.core);
}
