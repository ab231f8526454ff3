/**
 * The pieces that make the assistant generalise beyond the phrasing it was tuned on (issue #16,
 * round two): stacked Arabic clitics and affixes, Arabizi, dialect question words, numbers and
 * repeated letters, and the intents that decide the kind of answer.
 */
import { describe, expect, it } from 'vitest';
import { analyse, termOf, words } from '../../shared/domain/assistant/analyse.js';
import { normaliseArabic } from '../../shared/domain/assistant/arabic.js';
import { looksArabizi, looseKey, transliterate } from '../../shared/domain/assistant/arabizi.js';
import { detectIntents } from '../../shared/domain/assistant/intent.js';
import { readings } from '../../shared/domain/assistant/morphology.js';

const n = normaliseArabic;

describe('Arabic clitics and affixes', () => {
  it('offers the cores of a stacked word, least stripped first', () => {
    expect(readings(n('وبرخصتي'))).toContain(n('رخصه'));
    expect(readings(n('بيجددوها'))).toContain('جدد');
    const r = readings(n('مخالفاتي'));
    expect(r.indexOf(n('مخالفات'))).toBeLessThan(r.indexOf('مخالف'));
  });

  it('reaches the concept under conjunction, preposition, article, plural and possessive', () => {
    expect(termOf(n('وبرخصتي'))).toBe('#licence');
    expect(termOf(n('ولمخالفاتي'))).toBe('#fine');
    expect(termOf(n('وتجديدها'))).toBe('#renew');
    expect(termOf(n('بيجددوها'))).toBe('#renew');
  });

  it('leaves a word whole when no reading of it is known', () => {
    expect(termOf(n('بيتزا'))).not.toMatch(/^#/);
  });

  it('drops a stop word that carries a particle or a pronoun', () => {
    expect(termOf(n('وما'))).toBeUndefined();
    expect(termOf(n('فيها'))).toBeUndefined();
    expect(termOf(n('عنه'))).toBeUndefined();
  });

  it('never takes a number for a topic', () => {
    expect(termOf('3')).toBeUndefined();
    expect(analyse('٣ شهور')).toEqual([]);
  });

  it('collapses a letter held down, but not different letters that fold alike', () => {
    expect(n('تجدييييد')).toBe(n('تجديد'));
    expect(n('pleeeease')).toBe('pleease');
    expect(n('أإآ')).toBe('ااا');
  });
});

describe('dialect words', () => {
  it('reads Levantine, Egyptian and Gulf question words as their MSA forms', () => {
    expect(words('قديش')).toEqual(['بكم']);
    expect(words('ازاي')).toEqual(['كيف']);
    expect(words('ايمتى')).toEqual([n('متى')]);
    expect(words('دلوقتي')).toEqual(['الان']);
    expect(words('el rokhsa')).toEqual([n('رخصه')]);
  });

  it('says the vehicle behind ملكية and the employer behind a salary', () => {
    expect(analyse('الملكيه')).toEqual(['#register', '#vehicle']);
    expect(analyse('salary')).toEqual(['#complaint', '#work']);
  });
});

describe('Arabizi', () => {
  it('transliterates digits for letters and drops short vowels', () => {
    expect(transliterate('adfa3')).toBe('ادفع');
    expect(transliterate('tasree7')).toBe('تسريح');
    expect(looseKey(transliterate('mukhalafat'))).toBe(looseKey(n('مخالفات')));
    expect(looseKey(transliterate('tajdeed'))).toBe(looseKey('تجديد'));
  });

  it('is only assumed where a question shows it', () => {
    expect(looksArabizi(['wain', 'adfa3'])).toBe(true);
    expect(looksArabizi(['renew', 'my', 'visa'])).toBe(false);
  });
});

describe('intents', () => {
  it('takes "how much" in dialect for the fee, unless days are counted', () => {
    expect(detectIntents(words('قديش تجديد الاقامه'))).toMatchObject({ fees: true });
    expect(detectIntents(words('بكم يوم تطلع الاقامه'))).toMatchObject({ fees: false, duration: true });
  });

  it('asks for documents when things are brought, not people', () => {
    expect(detectIntents(words('شو اجيب معي'))).toMatchObject({ documents: true });
    expect(detectIntents(words('bring my wife here'))).toMatchObject({ documents: false });
    expect(detectIntents(words('do i need a permit'))).toMatchObject({ documents: false });
    expect(detectIntents(words('what do i need'))).toMatchObject({ documents: true });
  });

  it('asks about eligibility only with a condition or a rule', () => {
    expect(detectIntents(words('can i pay my fines here'))).toMatchObject({ eligibility: false });
    expect(detectIntents(words('can i renew if my visa expired'))).toMatchObject({ eligibility: true });
    expect(detectIntents(words('هل يحق لي'))).toMatchObject({ eligibility: true });
  });

  it('knows "my driver" is a person and "my driver licence" a document', () => {
    expect(detectIntents(words('can my driver renew it for me'))).toMatchObject({ representative: true });
    expect(detectIntents(words('can i renew my driver license'))).toMatchObject({ representative: false });
  });
});
