/** Arabic normalisation, the light Arabic stemmer, English stemming and the synonym table. */
import { describe, expect, it } from 'vitest';
import { latinDigits, normaliseArabic, stemArabic } from '../../shared/domain/assistant/arabic.js';
import { stemEnglish } from '../../shared/domain/assistant/english.js';
import { analyse, synonymConflicts } from '../../shared/domain/assistant/analyse.js';
import { editDistance } from '../../shared/domain/assistant/edit-distance.js';

describe('normaliseArabic', () => {
  it('unifies hamza and alef forms', () => {
    expect(normaliseArabic('أإآٱا')).toBe('ااااا');
    expect(normaliseArabic('مسؤول')).toBe('مسوول');
    expect(normaliseArabic('مسائل')).toBe('مسايل');
    expect(normaliseArabic('إجراءات')).toBe('اجرااات'.replace('ااا', 'اا'));
  });
  it('folds taa marbuta and alef maqsura', () => {
    expect(normaliseArabic('الهوية')).toBe('الهويه');
    expect(normaliseArabic('على')).toBe('علي');
  });
  it('strips diacritics and tatweel', () => {
    expect(normaliseArabic('الهُوِيَّةُ')).toBe('الهويه');
    expect(normaliseArabic('تجديـــد')).toBe('تجديد');
  });
  it('turns Arabic-Indic and Eastern Arabic-Indic digits into Latin digits', () => {
    expect(latinDigits('٠١٢٣٤٥٦٧٨٩')).toBe('0123456789');
    expect(latinDigits('۰۱۲۳۴۵۶۷۸۹')).toBe('0123456789');
    expect(normaliseArabic('الساعة ١٠')).toBe('الساعه 10');
  });
  it('lower-cases Latin text and leaves it otherwise alone', () => {
    expect(normaliseArabic('Emirates ID')).toBe('emirates id');
  });
});

describe('stemArabic', () => {
  const stem = (w: string) => stemArabic(normaliseArabic(w));
  it('removes the definite article and its joined particles', () => {
    expect(stem('الرخصة')).toBe(stem('رخصة'));
    expect(stem('بالهوية')).toBe(stem('هوية'));
    expect(stem('والإقامة')).toBe(stem('إقامة'));
    expect(stem('للمركبة')).toBe(stem('مركبة'));
  });
  it('gives a possessed noun the stem of the plain noun (رخصتي, رخصة)', () => {
    expect(stem('رخصتي')).toBe(stem('رخصة'));
    expect(stem('إقامتي')).toBe(stem('الإقامة'));
    expect(stem('هويتي')).toBe(stem('الهوية'));
  });
  it('removes a plural suffix', () => {
    expect(stem('مخالفات')).toBe(stem('مخالفة'));
    expect(stem('المستندات')).toBe(stem('مستند'));
  });
  it('never leaves fewer than three letters, so short words survive', () => {
    expect(stem('بيت')).toBe('بيت');
    expect(stem('ورقه')).toBe('ورق');
    expect(stem('عمل')).toBe('عمل');
  });
});

describe('stemEnglish', () => {
  it('joins inflections', () => {
    expect(stemEnglish('renewing')).toBe(stemEnglish('renew'));
    expect(stemEnglish('fines')).toBe(stemEnglish('fine'));
    expect(stemEnglish("driver's")).toBe(stemEnglish('driver'));
  });
});

describe('analyse', () => {
  it('drops stop words in both languages', () => {
    expect(analyse('how do I do it please')).toEqual([]);
    expect(analyse('ابي اسوي هذا لو سمحت')).toEqual([]);
  });
  it('maps synonyms across languages and spellings to one concept', () => {
    expect(analyse('licence')).toEqual(analyse('license'));
    expect(analyse('رخصة')).toEqual(analyse('licence'));
    expect(analyse('Emirates ID')).toContain(analyse('هويتي')[0]);
    // The country is not the card (issue #16): "a poem about the Emirates" is not about the ID.
    expect(analyse('الإمارات')).not.toContain(analyse('هويتي')[0]);
    expect(analyse('العين')).not.toEqual(analyse('النظر'));
    expect(analyse('أجدد')).toEqual(analyse('renewal'));
    expect(analyse('فيزا')).toEqual(analyse('إقامة'));
    expect(analyse('لتجديد')).toEqual(analyse('تجديد'));
  });
  it('has no word in two synonym groups', () => {
    expect(synonymConflicts()).toEqual([]);
  });
});

describe('editDistance', () => {
  it('counts a swap of neighbouring letters as one edit and gives up past the limit', () => {
    expect(editDistance('renwe', 'renew', 1)).toBe(1);
    expect(editDistance('residance', 'residence', 2)).toBe(1);
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
  });
});
