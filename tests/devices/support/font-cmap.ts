/**
 * Which code points a TrueType/OpenType font file has a glyph for, read from its `cmap` table
 * (formats 4 and 12, the ones Noto fonts carry), so a test can prove a printed string has no tofu
 * without asking the renderer under test.
 */
import { readFileSync } from 'node:fs';

function format4(b: Buffer, at: number): (cp: number) => boolean {
  const segCount = b.readUInt16BE(at + 6) / 2;
  const ends = at + 14;
  const starts = ends + segCount * 2 + 2;
  const deltas = starts + segCount * 2;
  const rangeOffsets = deltas + segCount * 2;
  return (cp) => {
    if (cp > 0xffff) return false;
    for (let i = 0; i < segCount; i++) {
      const end = b.readUInt16BE(ends + i * 2);
      if (cp > end) continue;
      const start = b.readUInt16BE(starts + i * 2);
      if (cp < start) return false;
      const delta = b.readUInt16BE(deltas + i * 2);
      const rangeAt = rangeOffsets + i * 2;
      const range = b.readUInt16BE(rangeAt);
      if (range === 0) return ((cp + delta) & 0xffff) !== 0;
      const glyph = b.readUInt16BE(rangeAt + range + (cp - start) * 2);
      return glyph !== 0 && ((glyph + delta) & 0xffff) !== 0;
    }
    return false;
  };
}

function format12(b: Buffer, at: number): (cp: number) => boolean {
  const groups = b.readUInt32BE(at + 12);
  return (cp) => {
    for (let i = 0; i < groups; i++) {
      const g = at + 16 + i * 12;
      const start = b.readUInt32BE(g);
      const end = b.readUInt32BE(g + 4);
      if (cp >= start && cp <= end) return b.readUInt32BE(g + 8) + (cp - start) !== 0;
    }
    return false;
  };
}

/** A test for "this font has a glyph for `cp`", from the file's Unicode cmap subtable. */
export function fontCoverage(path: string): (cp: number) => boolean {
  const b = readFileSync(path);
  const tables = b.readUInt16BE(4);
  let cmap = -1;
  for (let i = 0; i < tables; i++) {
    const rec = 12 + i * 16;
    if (b.toString('latin1', rec, rec + 4) === 'cmap') cmap = b.readUInt32BE(rec + 8);
  }
  if (cmap < 0) throw new Error(`${path} has no cmap table`);
  const subtables = b.readUInt16BE(cmap + 2);
  let best: ((cp: number) => boolean) | null = null;
  for (let i = 0; i < subtables; i++) {
    const rec = cmap + 4 + i * 8;
    const platform = b.readUInt16BE(rec);
    const encoding = b.readUInt16BE(rec + 2);
    const at = cmap + b.readUInt32BE(rec + 4);
    const format = b.readUInt16BE(at);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode) continue;
    if (format === 12) return format12(b, at);
    if (format === 4 && !best) best = format4(b, at);
  }
  if (!best) throw new Error(`${path} has no Unicode cmap subtable of format 4 or 12`);
  return best;
}
