/**
 * Whether an error is SQLite refusing to write now (full disk, I/O error, read-only file, the write
 * lock held too long) rather than a bug: such a request is answered `503 storage_unavailable`,
 * and a read that only wanted to write on the side (folding report facts) carries on without it.
 */
const WRITE_REFUSED = /^SQLITE_(FULL|IOERR|READONLY|BUSY|CANTOPEN)/;

export function isWriteRefused(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' && WRITE_REFUSED.test(code);
}

export const STORAGE_REFUSAL = {
  code: 'storage_unavailable',
  message: 'the hub cannot save to its disk right now; nothing was changed',
} as const;
