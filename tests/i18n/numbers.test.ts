import { describe, expect, it } from 'vitest';
import {
  DEFAULT_DIGITS,
  DIGIT_SYSTEMS,
  digitSystemsIn,
  formatDate,
  formatDateTime,
  formatDuration,
  formatNumber,
  formatTime,
  intlLocale,
  localiseDigits,
  type NumberStyle,
} from '../../shared/i18n/numbers.js';
import { isolate, isolateLtr, stripIsolates } from '../../shared/i18n/bidi.js';
import { CentreSettings } from '../../shared/contract/catalogue.js';
import { languageInfo, VISITOR_LANGUAGES } from '../../shared/i18n/languages.js';

const arArab: NumberStyle = { lang: 'ar', digits: 'arab', timeZone: 'Asia/Dubai' };
const arLatn: NumberStyle = { lang: 'ar', digits: 'latn', timeZone: 'Asia/Dubai' };
const enArab: NumberStyle = { lang: 'en', digits: 'arab', timeZone: 'Asia/Dubai' };
// 2026-12-06 19:05:09 in Dubai (UTC+4).
const AT = Date.UTC(2026, 11, 6, 15, 5, 9);

describe('one digit setting (shared/i18n/numbers.ts)', () => {
  it('writes numbers in the centre digits in Arabic, and Latin in English whatever the setting', () => {
    expect(formatNumber(1234, arArab)).toBe('١٬٢٣٤');
    expect(formatNumber(1234, arLatn)).toBe('1,234');
    expect(formatNumber(1234, enArab)).toBe('1,234');
    expect(formatNumber(7.25, arArab, 1)).toBe('٧٫٣');
  });

  it('pins the numbering system in the Intl locale', () => {
    expect(intlLocale(arArab)).toBe('ar-AE-u-nu-arab');
    expect(intlLocale(arLatn)).toBe('ar-AE-u-nu-latn');
    expect(intlLocale(enArab)).toBe('en-GB-u-nu-latn');
  });

  it('times and dates are in the centre zone and in one digit system each', () => {
    for (const style of [arArab, arLatn, enArab]) {
      const text = [
        formatTime(AT, style),
        formatDate(AT, style),
        formatDate(AT, style, 'numeric'),
        formatDateTime(AT, style),
      ].join(' ');
      expect({ style, systems: [...digitSystemsIn(text)] }).toEqual({
        style,
        systems: [style.lang === 'ar' ? style.digits : 'latn'],
      });
    }
    expect(formatTime(AT, enArab)).toBe('19:05');
    expect(formatDate(AT, enArab, 'numeric')).toBe('06/12/2026');
    expect(formatTime(AT, arArab)).toContain('٧:٠٥');
    expect(formatDate(AT, arLatn)).toContain('2026');
  });

  it('durations read as a stopwatch, hours only when there are some', () => {
    expect(formatDuration(245_000, arLatn)).toBe('4:05');
    expect(formatDuration(245_000, arArab)).toBe('٤:٠٥');
    expect(formatDuration(3_845_000, enArab)).toBe('1:04:05');
    expect(formatDuration(-5, arLatn)).toBe('0:00');
  });

  it('rewrites the digits inside a text (FAQ answers, paper), from any of the three systems', () => {
    expect(localiseDigits('Open 7:30, ٨ or ۹', arArab)).toBe('Open ٧:٣٠, ٨ or ٩');
    expect(localiseDigits('يفتح ٧:٣٠', arLatn)).toBe('يفتح 7:30');
    expect(localiseDigits('٥ min', enArab)).toBe('5 min');
  });

  it('finds mixed digit systems, which the app tests refuse', () => {
    expect([...digitSystemsIn('A001 · ٥ دقائق')].sort()).toEqual(['arab', 'latn']);
    expect([...digitSystemsIn('no digits')]).toEqual([]);
  });

  it('is a centre setting: optional (older catalogues validate), Latin by default, nothing else accepted', () => {
    const centre = {
      id: 'c',
      name: { ar: 'مركز', en: 'Centre' },
      timeZone: 'Asia/Dubai',
      openingHours: [null, null, null, null, null, null, null],
      recallsBeforeNoShow: 2,
      recycleMinutes: 5,
      interleave: { priority: 2, normal: 1 },
      endOfDay: 'remove',
    };
    expect(CentreSettings.safeParse(centre).success).toBe(true);
    expect(CentreSettings.safeParse({ ...centre, digits: 'arab' }).success).toBe(true);
    expect(CentreSettings.safeParse({ ...centre, digits: 'arabic' }).success).toBe(false);
    expect(DEFAULT_DIGITS).toBe('latn');
  });
});

describe('a visitor language writes numbers as the language registry says (shared/i18n/languages.ts)', () => {
  it('Arabic follows the centre; every other language writes Latin digits whatever the setting', () => {
    for (const lang of VISITOR_LANGUAGES)
      for (const digits of DIGIT_SYSTEMS) {
        const style: NumberStyle = { lang, digits, timeZone: 'Asia/Dubai' };
        const expected = languageInfo(lang).numerals === 'centre' ? digits : 'latn';
        const text = [
          formatNumber(1234567, style),
          formatNumber(7, style),
          formatTime(AT, style),
          formatDate(AT, style),
          formatDuration(65_000, style),
        ].join(' ');
        expect({ lang, digits, systems: [...digitSystemsIn(text)] }).toEqual({
          lang,
          digits,
          systems: [expected],
        });
      }
  });

  it('in the language’s own locale: Urdu’s month, Hindi’s grouping, not Arabic’s or English’s', () => {
    expect(intlLocale({ lang: 'ur', digits: 'arab' })).toBe('ur-u-nu-latn');
    expect(intlLocale({ lang: 'hi', digits: 'latn' })).toBe('hi-u-nu-latn');
    expect(formatDate(AT, { lang: 'ur', digits: 'arab', timeZone: 'Asia/Dubai' })).toBe('6 دسمبر، 2026');
    expect(formatNumber(1234567, { lang: 'hi', digits: 'arab' })).toBe('12,34,567');
  });
});

describe('bidi isolates for plain strings (shared/i18n/bidi.ts)', () => {
  it('wraps in FSI or LRI and PDI, and strips them again', () => {
    expect(isolate('Entrance kiosk 1')).toBe('\u2068Entrance kiosk 1\u2069');
    expect(isolateLtr('784-****-****-567-8')).toBe('\u2066784-****-****-567-8\u2069');
    expect(stripIsolates(`من ${isolateLtr('2026-12-01')}`)).toBe('من 2026-12-01');
  });
});
