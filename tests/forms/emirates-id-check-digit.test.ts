/**
 * An Emirates ID that has the right shape (15 digits, 784, a birth year) but a wrong last digit is
 * told so: "15 digits starting with 784" (the shape it already has) misled the citizen (S11 review,
 * kiosk-23). A wrong shape still gets the form's own message.
 */
import { describe, expect, it } from 'vitest';
import { DEMO_CATALOGUE } from '../../main/demo/catalogue.js';
import { DEMO_FORMS } from '../../main/demo/forms.js';
import { emiratesIdProblem } from '../../shared/domain/identity.js';
import { compileForms } from '../../shared/domain/forms/validator.js';
import { emiratesId } from './emirates-id.js';

const eid = compileForms(
  DEMO_FORMS,
  DEMO_CATALOGUE.services.map((s) => s.id),
).get('eid-renew')!;

function emiratesIdError(value: string) {
  const r = eid.validate({ emiratesId: value });
  if (r.valid) throw new Error('accepted');
  return r.errors.find((e) => e.field === 'emiratesId');
}

describe('Emirates ID: which rule it breaks', () => {
  it('names the check digit when only the last digit is wrong, in both languages', () => {
    const good = emiratesId('19801234567');
    const wrongLast = `${good.slice(0, 14)}${(Number(good[14]) + 1) % 10}`;
    for (const value of ['784198012345671', wrongLast, '784-1980-1234567-1']) {
      const e = emiratesIdError(value);
      expect(e?.keyword, value).toBe('checkDigit');
      expect(e?.message.en, value).toMatch(/last digit/i);
      expect(e?.message.en, value).not.toMatch(/15 digits/);
      expect(e?.message.ar, value).toMatch(/الرقم الأخير/);
      expect(e?.message.ar, value).not.toMatch(/15 رقماً/);
    }
  });

  it('keeps the shape message when the shape is wrong', () => {
    for (const value of ['12345', '785198012345671', '7841980123456712', '784180012345671']) {
      const e = emiratesIdError(value);
      expect(e?.keyword, value).toBe('format');
      expect(e?.message.en, value).toMatch(/15 digits starting with 784/);
    }
  });

  it('classifies without the validator', () => {
    expect(emiratesIdProblem(emiratesId('19801234567'))).toBeNull();
    expect(emiratesIdProblem('784198012345671')).toBe('checkDigit');
    expect(emiratesIdProblem('78419801234567')).toBe('shape');
  });
});
