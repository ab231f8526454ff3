/**
 * The one wait figure every screen shows (issue #15): p10–p90 in whole minutes, none without an open
 * counter, "soon" under a minute, and its words in both languages through the real catalogues.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { waitShown, type EstimateForDisplay } from '../../shared/domain/wait-shown.js';
import { waitText } from '../../shared/i18n/wait-text.js';
import type { Translate } from '../../shared/i18n/durations.js';
import { arabicDigits, catalogueTranslate } from '../support/translate.js';

const estimate = (e: Partial<EstimateForDisplay>): EstimateForDisplay => ({
  p10Minutes: 13.2,
  p50Minutes: 51,
  p90Minutes: 88.6,
  counters: 2,
  ...e,
});

describe('waitShown', () => {
  it('is the calibrated p10–p90 range in whole minutes, not p50 or p50–p90', () => {
    expect(waitShown(estimate({}))).toEqual({ kind: 'range', low: 13, high: 89 });
  });

  it('is none when no counter serves the queue, whatever minutes the hub assumed', () => {
    expect(waitShown(estimate({ counters: 0 }))).toEqual({ kind: 'none' });
    expect(waitShown(estimate({ counters: 0, p90Minutes: 0 }))).toEqual({ kind: 'none' });
  });

  it('is soon when even p90 is under a minute', () => {
    expect(waitShown(estimate({ p10Minutes: 0, p50Minutes: 0.2, p90Minutes: 0.9 }))).toEqual({
      kind: 'soon',
    });
    expect(waitShown(estimate({ p10Minutes: 0, p50Minutes: 0, p90Minutes: 0 }))).toEqual({ kind: 'soon' });
  });

  it('from one minute on, a range whose top is at least 1', () => {
    expect(waitShown(estimate({ p10Minutes: 0, p50Minutes: 0.4, p90Minutes: 1 }))).toEqual({
      kind: 'range',
      low: 0,
      high: 1,
    });
  });

  it('starts at p50 for a hub that sends no p10, and never has its low end above its high end', () => {
    expect(waitShown({ p50Minutes: 5.4, p90Minutes: 9.6, counters: 1 })).toEqual({
      kind: 'range',
      low: 5,
      high: 10,
    });
    expect(waitShown({ p50Minutes: 12, p90Minutes: 9, counters: 1 })).toEqual({
      kind: 'range',
      low: 12,
      high: 12,
    });
  });
});

describe('waitText', () => {
  let ar: Translate;
  let en: Translate;
  beforeAll(async () => {
    ar = await catalogueTranslate('ar');
    en = await catalogueTranslate('en');
  });

  it('writes the range as every app writes durations, in the screen digits', () => {
    const shown = waitShown(estimate({}));
    expect(waitText(ar, shown, arabicDigits)).toBe('من ١٣ إلى ٨٩ دقيقة');
    expect(waitText(en, shown)).toBe('13–89 minutes');
    expect(waitText(en, waitShown(estimate({ p10Minutes: 0, p90Minutes: 16 })))).toBe('up to 16 minutes');
  });

  it('says "less than a minute" and "no counter open" in words, never as minutes', () => {
    expect(waitText(ar, { kind: 'soon' })).toBe('أقل من دقيقة');
    expect(waitText(en, { kind: 'soon' })).toBe('Less than a minute');
    expect(waitText(ar, { kind: 'none' })).toBe('لا كاونتر مفتوح الآن');
    expect(waitText(en, { kind: 'none' })).toBe('No counter open now');
  });
});
