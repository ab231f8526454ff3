import { describe, expect, it } from 'vitest';
import { loadForms } from '../../main/forms/load.js';

describe('built-in demo forms', () => {
  it('apply only to the services a centre has, so another centre still starts', () => {
    expect(loadForms(undefined, ['some-other-service']).size).toBe(0);
    const demo = loadForms(undefined, ['eid-renew', 'residency-renew']);
    expect([...demo.keys()].sort()).toEqual(['eid-renew', 'residency-renew']);
  });
});
