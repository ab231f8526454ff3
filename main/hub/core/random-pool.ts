/**
 * Cryptographically random bytes for ids and tokens, drawn from a pool refilled 4 KiB at a time:
 * one getrandom call serves hundreds of tickets instead of one call per id (the per-call cost
 * showed up as 8 % of the hub's time at saturation). Every byte is handed out once.
 */
import { randomFillSync } from 'node:crypto';

const POOL_SIZE = 4096;
const pool = Buffer.allocUnsafe(POOL_SIZE);
let offset = POOL_SIZE;

/** A fresh buffer of `n` random bytes (n ≤ 4096). */
export function randomBytesPooled(n: number): Buffer {
  if (n > POOL_SIZE) throw new RangeError(`at most ${POOL_SIZE} pooled random bytes at once`);
  if (offset + n > POOL_SIZE) {
    randomFillSync(pool);
    offset = 0;
  }
  const out = Buffer.from(pool.subarray(offset, offset + n));
  // Zero what was handed out, so no later caller can see it again even by mistake.
  pool.fill(0, offset, offset + n);
  offset += n;
  return out;
}
