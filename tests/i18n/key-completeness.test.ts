/**
 * Every shipped visitor language has every key of the English catalogues it translates, the same
 * `{{placeholders}}`, and exactly the plural forms `Intl.PluralRules` gives it (issue #19). The
 * types catch a missing key at compile time; this catches what types cannot (placeholders, plural
 * forms per language, empty strings) and checks its own checker against broken catalogues.
 */
import { describe, expect, it } from 'vitest';
import {
  LANGUAGES,
  VISITOR_LANGUAGES,
  pluralCategories,
  type AddedLanguage,
  type VisitorLanguage,
} from '../../shared/i18n/languages.js';
import { LOCALES, SOURCE_BUNDLES, visitorText } from '../../shared/i18n/locales/all.js';
import { LOCALE_LOADERS } from '../../shared/i18n/locales/index.js';

type Flat = Record<string, string>;
const PLURAL_FORMS = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;

function flatten(o: object, prefix = ''): Flat {
  const out: Flat = {};
  for (const [k, v] of Object.entries(o))
    if (typeof v === 'string') out[`${prefix}${k}`] = v;
    else if (v && typeof v === 'object') Object.assign(out, flatten(v as object, `${prefix}${k}.`));
  return out;
}

const placeholders = (text: string) =>
  [...new Set([...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!))].sort();
const same = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** `minutes_genitive_one` → [`minutes_genitive`, `one`] when the source has a `_one` form of it. */
function pluralOf(key: string, source: Flat): [string, string] | null {
  for (const form of PLURAL_FORMS)
    if (key.endsWith(`_${form}`)) {
      const base = key.slice(0, -form.length - 1);
      return `${base}_one` in source ? [base, form] : null;
    }
  return null;
}

/** Integers other than 1 that a language's `one` form also covers (Hindi: 0; Tagalog: 2, 3, 5, …). */
function oneCoversOtherNumbers(lang: string): boolean {
  const rules = new Intl.PluralRules(lang);
  for (let n = 0; n <= 100; n++) if (n !== 1 && rules.select(n) === 'one') return true;
  return false;
}

/** Everything wrong with `target` as a translation of `source` into `lang`; empty when complete. */
function problems(source: Flat, target: Flat, lang: string): string[] {
  const out: string[] = [];
  const forms = new Set<string>([...new Intl.PluralRules(lang).resolvedOptions().pluralCategories, 'zero']);
  const expected = new Set<string>();
  const bases = new Map<string, Flat>();
  for (const [key, text] of Object.entries(source)) {
    const plural = pluralOf(key, source);
    if (!plural) {
      expected.add(key);
      if (!(key in target)) out.push(`${key}: missing`);
      else if (!same(placeholders(target[key]!), placeholders(text)))
        out.push(
          `${key}: placeholders ${placeholders(target[key]!).join(',')} ≠ ${placeholders(text).join(',')}`,
        );
      continue;
    }
    const [base] = plural;
    bases.set(base, { ...bases.get(base), [key]: text });
  }
  for (const [base, sourceForms] of bases) {
    const allowed = new Set(Object.values(sourceForms).flatMap(placeholders));
    const other = placeholders(sourceForms[`${base}_other`] ?? '');
    for (const form of forms) {
      const key = `${base}_${form}`;
      expected.add(key);
      const text = target[key];
      if (text === undefined) {
        out.push(`${key}: missing (${lang} needs ${[...forms].join(', ')})`);
        continue;
      }
      const own = placeholders(text);
      if (own.some((p) => !allowed.has(p))) out.push(`${key}: unknown placeholder in "${text}"`);
      if (form === 'other' && !same(own, other))
        out.push(`${key}: placeholders ${own.join(',')} ≠ ${other.join(',')}`);
      // A `one` form that also serves 0 or 2 must show the number, not spell "one".
      if (form === 'one' && oneCoversOtherNumbers(lang) && !same(own, other))
        out.push(
          `${key}: "${text}" is used for other numbers than 1 in ${lang}; it needs ${other.join(',')}`,
        );
    }
  }
  for (const [key, text] of Object.entries(target)) {
    if (!expected.has(key))
      out.push(`${key}: not a key of the English catalogue (or a plural form ${lang} does not use)`);
    else if (text.trim() === '') out.push(`${key}: empty`);
  }
  return out;
}

const ADDED = VISITOR_LANGUAGES.filter((l): l is AddedLanguage => l !== 'ar' && l !== 'en');
const english = {
  common: flatten(SOURCE_BUNDLES.en.common),
  ...Object.fromEntries(Object.entries(SOURCE_BUNDLES.en.namespaces).map(([ns, s]) => [ns, flatten(s)])),
} as Record<string, Flat>;

function targetOf(lang: AddedLanguage): Record<string, Flat> {
  const b = LOCALES[lang];
  return {
    common: flatten(b.common),
    ...Object.fromEntries(Object.entries(b.namespaces).map(([ns, s]) => [ns, flatten(s)])),
  };
}

describe('visitor languages: key completeness', () => {
  it('ships Arabic first, English second and every added language with a bundle and a loader', () => {
    expect(VISITOR_LANGUAGES.slice(0, 2)).toEqual(['ar', 'en']);
    expect(LANGUAGES.map((l) => l.code)).toEqual([...VISITOR_LANGUAGES]);
    expect(Object.keys(LOCALES).sort()).toEqual([...ADDED].sort());
    expect(Object.keys(LOCALE_LOADERS).sort()).toEqual([...ADDED].sort());
    // Written without a native speaker's review: the registry says so (the README lists them).
    expect(LANGUAGES.filter((l) => l.machineTranslated).map((l) => l.code)).toEqual(ADDED);
    expect(LANGUAGES.filter((l) => l.direction === 'rtl').map((l) => l.code)).toEqual(['ar', 'ur', 'fa']);
  });

  for (const lang of ADDED)
    it(`${lang}: every namespace has every key, its placeholders and its plural forms`, () => {
      const target = targetOf(lang);
      expect(Object.keys(target).sort()).toEqual(Object.keys(english).sort());
      for (const ns of Object.keys(english))
        expect({ lang, ns, problems: problems(english[ns]!, target[ns]!, lang) }).toEqual({
          lang,
          ns,
          problems: [],
        });
    });

  it('the loaders give the same bundles the hub uses', async () => {
    for (const lang of ADDED) expect(await LOCALE_LOADERS[lang]()).toBe(LOCALES[lang]);
  });

  it('the plural forms are what Intl gives each language (one and other for every added one)', () => {
    for (const lang of ADDED) expect(pluralCategories(lang).sort()).toEqual(['one', 'other']);
    expect(pluralCategories('ar').length).toBe(6);
  });

  it('a visitor string falls back: the language, then English, then Arabic', () => {
    expect(visitorText('ur', 'kiosk', 'smsText')).toBe(LOCALES.ur.namespaces.kiosk.smsText);
    expect(visitorText('ar', 'kiosk', 'smsText')).toBe(SOURCE_BUNDLES.ar.namespaces.kiosk.smsText);
    // A key only English has (an Arabic-only plural form) comes from English for Urdu.
    expect(visitorText('ur', 'units', 'minutes_two')).toBe(SOURCE_BUNDLES.en.namespaces.units.minutes_two);
    const langs: VisitorLanguage[] = ['hi', 'en'];
    for (const l of langs) expect(visitorText(l, 'kiosk', 'no-such-key')).toBe('no-such-key');
  });

  describe('the checker fails on a broken catalogue', () => {
    const source: Flat = {
      title: 'Your ticket {{ticket}}',
      printReason_other: 'The printer is not working',
      ahead_zero: 'You are next',
      ahead_one: '1 person ahead',
      ahead_two: '2 people ahead',
      ahead_other: '{{count}} people ahead',
    };
    const good: Flat = {
      title: 'आपका टिकट {{ticket}}',
      printReason_other: 'प्रिंटर काम नहीं कर रहा',
      ahead_zero: 'अगली बारी आपकी है',
      ahead_one: 'आपसे आगे {{count}} व्यक्ति',
      ahead_other: 'आपसे आगे {{count}} लोग',
    };
    it('accepts a complete one', () => expect(problems(source, good, 'hi')).toEqual([]));
    it('a missing key', () => {
      const { title: _gone, ...rest } = good;
      expect(problems(source, rest, 'hi')).toEqual(['title: missing']);
    });
    it('a changed placeholder', () =>
      expect(problems(source, { ...good, title: 'आपका टिकट {{number}}' }, 'hi')).toEqual([
        'title: placeholders number ≠ ticket',
      ]));
    it('a missing plural form, and one the language does not use', () => {
      const { ahead_zero: _gone, ...rest } = good;
      expect(problems(source, { ...rest, ahead_two: 'x' }, 'hi')).toEqual([
        'ahead_zero: missing (hi needs one, other, zero)',
        'ahead_two: not a key of the English catalogue (or a plural form hi does not use)',
      ]);
    });
    it('a `one` form without the number where `one` also means 0 (Hindi) or 2 (Tagalog)', () => {
      expect(problems(source, { ...good, ahead_one: 'आपसे आगे एक व्यक्ति' }, 'hi')).toHaveLength(1);
      expect(problems(source, { ...good, ahead_one: 'isang tao' }, 'tl')).toHaveLength(1);
      // Urdu's `one` is 1 only: spelling it out is fine there.
      expect(problems(source, { ...good, ahead_one: 'آپ سے آگے ایک شخص' }, 'ur')).toEqual([]);
    });
    it('an empty string and an unknown key', () =>
      expect(problems(source, { ...good, printReason_other: ' ', extra: 'x' }, 'hi')).toEqual([
        'printReason_other: empty',
        'extra: not a key of the English catalogue (or a plural form hi does not use)',
      ]));
  });
});

/**
 * What a careful reader of each language checked by hand in the machine-translated strings (issue #15),
 * kept from coming back: the script's own letters, and the same words for the same thing.
 */
const arabic = {
  common: flatten(SOURCE_BUNDLES.ar.common),
  ...Object.fromEntries(Object.entries(SOURCE_BUNDLES.ar.namespaces).map(([ns, s]) => [ns, flatten(s)])),
} as Record<string, Flat>;

/** Every string of a language as `namespace.key` → text (`common` for the shared catalogue). */
function allStrings(lang: VisitorLanguage): Array<[string, string]> {
  const catalogues: Record<string, Flat> =
    lang === 'ar' ? arabic : lang === 'en' ? english : targetOf(lang as AddedLanguage);
  return Object.entries(catalogues).flatMap(([ns, flat]) =>
    Object.entries(flat).map(([key, text]): [string, string] => [`${ns}.${key}`, text]),
  );
}

/**
 * A string without the parts it keeps in Arabic or English on purpose: the kiosk's bilingual notices
 * shown before a language is known, Arabic's own name, the Arabic keyboard's label.
 */
function ownText(id: string, text: string): string {
  const [ns, ...rest] = id.split('.');
  const key = rest.join('.');
  let own = text;
  for (const source of [arabic[ns!]?.[key], english[ns!]?.[key]])
    if (source && own.includes(source)) own = own.split(source).join('');
  return own;
}

/**
 * Letters and marks that look right in Arabic but are wrong in Persian or Urdu text: Arabic yeh,
 * kaf and alef maksura (Persian and Urdu write ی and ک: search, sorting and Nastaliq joining differ),
 * Arabic heh in Urdu (Urdu writes ہ and ھ), Arabic-Indic digits (both use the extended ۰–۹), and the
 * Latin comma, semicolon and question mark (، ؛ ؟: the Latin ones sit on the wrong side in
 * right-to-left text).
 */
const WRONG_IN: Partial<Record<AddedLanguage, Array<[RegExp, string]>>> = {
  fa: [
    [/[يكى]/u, 'Arabic ي/ك/ى instead of Persian ی/ک'],
    [/[\u0660-\u0669]/u, 'Arabic-Indic digits instead of Persian ۰–۹'],
    [/[,;?]/u, 'Latin , ; ? instead of ، ؛ ؟'],
    [/بلیت|بلیط/u, 'بلیت for the ticket: this locale says نوبت'],
  ],
  ur: [
    [/[يكى]/u, 'Arabic ي/ك/ى instead of Urdu ی/ک'],
    [/\u0647/u, 'Arabic ه instead of Urdu ہ/ھ'],
    [/[\u0660-\u0669]/u, 'Arabic-Indic digits instead of Urdu ۰–۹'],
    [/[,;?]/u, 'Latin , ; ? instead of ، ؛ ؟'],
  ],
  // Malayalam's chillu letters are atomic (ൽ ൾ ൻ ർ ൺ): virama + ZWJ is the pre-Unicode-5.1 spelling.
  ml: [[/\u0D4D\u200D/u, 'a chillu written as virama + ZWJ']],
};

describe('visitor languages: script and wording', () => {
  it.each(VISITOR_LANGUAGES)('%s: every string is in Unicode NFC (one spelling of each letter)', (lang) => {
    const decomposed = allStrings(lang).filter(([, text]) => text.normalize('NFC') !== text);
    expect(decomposed).toEqual([]);
  });

  it.each(ADDED.filter((l) => WRONG_IN[l]))("%s: the script's own letters and punctuation", (lang) => {
    const wrong = allStrings(lang).flatMap(([id, text]) =>
      (WRONG_IN[lang] ?? [])
        .filter(([pattern]) => pattern.test(ownText(id, text)))
        .map(([, why]) => `${id}: ${why} in "${text}"`),
    );
    expect(wrong).toEqual([]);
  });

  it.each(VISITOR_LANGUAGES)(
    '%s: "estimated wait" in the assistant\'s answer is the ticket screen\'s words',
    (lang) => {
      const estimatedWait = visitorText(lang, 'kiosk', 'estimatedWait').toLowerCase();
      expect(visitorText(lang, 'ask', 'waitShownLine').toLowerCase()).toContain(estimatedWait);
    },
  );

  it.each(VISITOR_LANGUAGES)('%s: midnight is the same word in every sentence that says it', (lang) => {
    // The word the slip and the kiosk put in a closing time's place; the sentences may inflect it.
    const midnight = visitorText(lang, 'kiosk', 'midnight');
    const sentences = allStrings('en')
      .filter(([, text]) => /midnight/i.test(text))
      .map(([id]) => id);
    expect(sentences.length).toBeGreaterThan(5);
    const without = allStrings(lang).filter(
      ([id, text]) => sentences.includes(id) && !text.includes(midnight),
    );
    expect(without).toEqual([]);
  });

  it('the checks catch what they are for', () => {
    const persian = (text: string) =>
      (WRONG_IN.fa ?? []).filter(([p]) => p.test(ownText('kiosk.ticketTitle', text))).length;
    expect(persian('نوبت شما')).toBe(0);
    expect(persian('نوبت شما, لطفاً')).toBe(1);
    expect(persian('نوبت شما يك')).toBe(1);
    expect(persian('بلیت شما')).toBe(1);
    // The kiosk's bilingual notice keeps its Arabic half.
    expect(ownText('kiosk.offlineBoth', arabic.kiosk!.offlineBoth!)).not.toMatch(/[يك]/u);
    // A precomposed nukta letter (ज़ as U+095B) is not NFC: the first check flags it.
    expect('\u095B'.normalize('NFC')).not.toBe('\u095B');
  });
});
