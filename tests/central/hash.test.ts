// Identifier normalisation and keyed hashing, shared with the hub.
import { describe, expect, it } from 'vitest';
import {
  hashIdentifier,
  InvalidIdentifierError,
  normaliseEid,
  normaliseMobile,
} from '../../main/common/identity-hash.js';

const KEY = 'k'.repeat(32);

describe('identifier hashing', () => {
  it('normalises the usual ways of writing an Emirates ID, including Arabic-Indic digits', () => {
    expect(normaliseEid('784-1990-1234567-1')).toBe('784199012345671');
    expect(normaliseEid(' 784 1990 1234567 1 ')).toBe('784199012345671');
    expect(normaliseEid('٧٨٤-١٩٩٠-١٢٣٤٥٦٧-١')).toBe('784199012345671');
  });

  it('normalises UAE mobiles to E.164 and keeps foreign numbers international', () => {
    for (const written of [
      '+971501234567',
      '0501234567',
      '00971 50 123 4567',
      '971501234567',
      '050-123-4567',
      '۰۵۰۱۲۳۴۵۶۷',
    ]) {
      expect(normaliseMobile(written), written).toBe('+971501234567');
    }
    expect(normaliseMobile('+44 7700 900123')).toBe('+447700900123');
  });

  it('refuses what is not an EID or a mobile with a clear error', () => {
    expect(() => normaliseEid('123-1990-1234567-1')).toThrow(InvalidIdentifierError);
    expect(() => normaliseEid('784-1990-123')).toThrow(/15 digits/);
    expect(() => normaliseMobile('042345678')).toThrow(InvalidIdentifierError);
    expect(() => normaliseMobile('+97142345678')).toThrow(/UAE mobile/);
    expect(() => normaliseMobile('hello')).toThrow(InvalidIdentifierError);
  });

  it('gives one hash per person whatever the spelling, different per kind and per key', () => {
    const a = hashIdentifier(KEY, 'mobile', '0501234567');
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(hashIdentifier(KEY, 'mobile', '+971 50 123 4567')).toBe(a);
    expect(hashIdentifier('j'.repeat(32), 'mobile', '0501234567')).not.toBe(a);
    expect(hashIdentifier(KEY, 'eid', '784-1990-1234567-1')).not.toBe(
      hashIdentifier(KEY, 'eid', '784-1990-1234567-2'),
    );
  });

  it('refuses a key too short to keep hashes from being brute-forced', () => {
    expect(() => hashIdentifier('short', 'eid', '784-1990-1234567-1')).toThrow(/at least 32 bytes/);
  });
});
