/**
 * Looks for personal data written in clear: each value in the encodings it could take on disk, searched
 * in a hub's database, its WAL and its shared-memory file (the at-rest tests of sealed fields and notes).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';

export interface Needle {
  label: string;
  bytes: Buffer;
}

/** A value as UTF-8 and as UTF-16LE (SQLite stores text in either). */
export const encodingsOf = (label: string, value: string): Needle[] => [
  { label: `${label} (UTF-8)`, bytes: Buffer.from(value, 'utf8') },
  { label: `${label} (UTF-16LE)`, bytes: Buffer.from(value, 'utf16le') },
];

/** Which needles appear in the hub's database, WAL or shared-memory file in `dir`. */
export function clearOnDisk(dir: string, needles: readonly Needle[]): string[] {
  const files = ['hub.sqlite', 'hub.sqlite-wal', 'hub.sqlite-shm']
    .map((f) => join(dir, f))
    .filter((f) => existsSync(f));
  expect(files.length).toBeGreaterThan(0);
  const found: string[] = [];
  for (const file of files) {
    const bytes = readFileSync(file);
    for (const n of needles)
      if (bytes.includes(n.bytes)) found.push(`${n.label} in ${file.split('/').pop()}`);
  }
  return found;
}
