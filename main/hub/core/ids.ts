/**
 * Time-ordered UUIDs (RFC 9562 version 7): new rows land at the end of the primary-key B-trees
 * instead of on random pages, which keeps each group commit's write set small.
 */
import { randomBytesPooled } from './random-pool.js';

let lastMs = 0;
let counter = 0;

export function uuidv7(now = Date.now()): string {
  const b = randomBytesPooled(16);
  // Same millisecond: bump a 12-bit counter in rand_a so ids stay ordered within the process.
  if (now <= lastMs) {
    counter = (counter + 1) & 0xfff;
    now = lastMs;
  } else {
    counter = b.readUInt16BE(6) & 0x7ff;
    lastMs = now;
  }
  b.writeUIntBE(now, 0, 6);
  b[6] = 0x70 | (counter >> 8);
  b[7] = counter & 0xff;
  b[8] = 0x80 | (b[8]! & 0x3f);
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
