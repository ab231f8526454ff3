/**
 * The join code's lifetime as the visitor reads it (issue #15): the hub's own setting, counted with
 * the language's plural forms (Arabic's dual after «لمدة» is «دقيقتين»), its digits the centre's in
 * Arabic and Latin in every other language: never a "٥" written into the catalogue.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { joinCodeSms } from '../../main/hub/features/remote/join.js';
import { DEFAULT_JOIN_LIMITS } from '../../shared/domain/remote/join-limits.js';
import { digitSystemsIn } from '../../shared/i18n/numbers.js';
import { newDeviceId, startPhoneHub, type PhoneHub } from './support.js';
import { api } from '../support/hub.js';

describe('the code SMS says how long the code lasts', () => {
  it('in Arabic with the plural form of the count and the centre’s digits', () => {
    expect(joinCodeSms('ar', '123456', 5, 'latn')).toContain('صالح لمدة 5 دقائق.');
    expect(joinCodeSms('ar', '123456', 5, 'arab')).toContain('صالح لمدة ٥ دقائق.');
    expect(joinCodeSms('ar', '123456', 1, 'arab')).toContain('صالح لمدة دقيقة واحدة.');
    expect(joinCodeSms('ar', '123456', 2, 'latn')).toContain('صالح لمدة دقيقتين.');
    expect(joinCodeSms('ar', '123456', 15, 'latn')).toContain('صالح لمدة 15 دقيقة.');
  });

  it('in English and the added languages with Latin digits, whatever the centre’s setting', () => {
    expect(joinCodeSms('en', '123456', 1, 'arab')).toBe(
      'Your Dawr code: 123456. Valid for 1 minute. Do not share it.',
    );
    expect(joinCodeSms('en', '123456', 10, 'arab')).toContain('Valid for 10 minutes.');
    expect(joinCodeSms('hi', '123456', 5, 'arab')).toContain('5 मिनट तक मान्य');
    expect(joinCodeSms('fa', '123456', 5, 'arab')).toContain('5 دقیقه معتبر است');
    for (const lang of ['ur', 'fa', 'hi', 'ml', 'bn', 'tl'] as const) {
      const text = joinCodeSms(lang, '123456', 7, 'arab');
      expect(text, lang).not.toContain('{{');
      expect([...digitSystemsIn(text)], lang).toEqual(['latn']);
    }
  });
});

describe('the hub tells its own code lifetime', () => {
  let hub: PhoneHub | undefined;
  afterEach(async () => hub?.cleanup());

  it('a centre whose codes last 2 minutes says so in the SMS and to the page', async () => {
    hub = await startPhoneHub({ limits: { ...DEFAULT_JOIN_LIMITS, codeTtlMs: 2 * 60_000 } });
    const asked = await api(hub.url, 'POST', '/remote/code', undefined, {
      serviceId: 'eid-renew',
      mobile: '0501234567',
      deviceId: newDeviceId(),
      language: 'ar',
    });
    expect(asked.status, JSON.stringify(asked.body)).toBe(200);
    expect(asked.body.validMinutes).toBe(2);
    expect(hub.sms.sent[0]!.text).toContain('صالح لمدة دقيقتين.');
  });
});
