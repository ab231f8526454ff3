/**
 * The wait inside the assistant's sentence (issue #15): "Identity: 4 waiting, estimated wait: less
 * than a minute", not "…: Less than a minute". A cased language writes the words in lower case
 * there; a script without case (Arabic, Urdu, Persian, Hindi, Malayalam, Bengali) keeps them.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { catalogueTranslate } from '../support/translate.js';
import type { Translate } from '../../shared/i18n/durations.js';
import { askWaitLine } from '../../renderer/kiosk/format.js';
import { visitorText } from '../../shared/i18n/locales/all.js';
import { VISITOR_LANGUAGES } from '../../shared/i18n/languages.js';

let ar: Translate;
let en: Translate;

beforeAll(async () => {
  ar = await catalogueTranslate('ar');
  en = await catalogueTranslate('en');
});

const soon = { waiting: 4, p10Minutes: 0, p50Minutes: 0, p90Minutes: 0.5, counters: 1 };
const noCounter = { waiting: 4, p10Minutes: 3, p50Minutes: 5, p90Minutes: 9, counters: 0 };

describe('the wait inside a sentence', () => {
  it('English: lower case after "estimated wait:"', () => {
    expect(askWaitLine('Identity', soon, 'latin', en)).toBe(
      'Identity: 4 waiting, estimated wait: less than a minute',
    );
    expect(askWaitLine('Identity', noCounter, 'latin', en)).toBe(
      'Identity: 4 waiting, estimated wait: no counter open now',
    );
  });

  it('Arabic: the words every screen shows (no case to change)', () => {
    expect(askWaitLine('الهوية', soon, 'arabic', ar)).toBe(
      'الهوية: ٤ بالانتظار، الانتظار المتوقع: أقل من دقيقة',
    );
    expect(askWaitLine('الهوية', noCounter, 'arabic', ar)).toBe(
      'الهوية: ٤ بالانتظار، الانتظار المتوقع: لا كاونتر مفتوح الآن',
    );
  });

  it.each(VISITOR_LANGUAGES)(
    '%s: the inline form is the form alone, starting in lower case where the script has case',
    (lang) => {
      for (const key of ['waitSoon', 'waitNoCounter']) {
        const alone = visitorText(lang, 'units', key);
        const inline = visitorText(lang, 'units', `${key}Inline`);
        expect(inline).not.toBe(`${key}Inline`);
        const first = inline.charAt(0);
        const cased = first.toLowerCase() !== first.toUpperCase();
        if (cased) {
          expect(first).toBe(first.toLowerCase());
          expect(inline.toLowerCase()).toBe(alone.toLowerCase());
        } else expect(inline).toBe(alone);
      }
    },
  );
});
