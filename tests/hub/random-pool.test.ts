import { describe, expect, it } from 'vitest';
import { randomBytesPooled } from '../../main/hub/core/random-pool.js';
import { uuidv7 } from '../../main/hub/core/ids.js';

describe('pooled random bytes', () => {
  it('never hands out the same bytes twice, across pool refills', () => {
    const seen = new Set<string>();
    // 3 pools' worth of 16-byte draws, plus odd sizes that straddle a refill.
    for (let i = 0; i < 800; i++) seen.add(randomBytesPooled(16).toString('hex'));
    for (let i = 0; i < 50; i++) seen.add(randomBytesPooled(37).toString('hex'));
    expect(seen.size).toBe(850);
  });

  it('returns independent buffers of the asked length', () => {
    const a = randomBytesPooled(24);
    const b = randomBytesPooled(24);
    expect(a).toHaveLength(24);
    a.fill(0);
    expect(b.equals(Buffer.alloc(24))).toBe(false);
  });

  it('refuses more than a pool at once', () => {
    expect(() => randomBytesPooled(5000)).toThrow(RangeError);
  });

  it('gives version-7 ids that stay ordered within a millisecond', () => {
    const ids = Array.from({ length: 100 }, () => uuidv7(1_700_000_000_000));
    expect(new Set(ids).size).toBe(100);
    expect([...ids].sort()).toEqual(ids);
    for (const id of ids)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
