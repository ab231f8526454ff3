/**
 * Encrypted backups: the whole file under AES-256-GCM (the cipher personal-data sealing uses), with
 * the key in the data folder (`backup.key`, mode 0600, created on first use). The key sits beside
 * the database, not beside the backups, so a lost USB disk or a copied share gives nothing away;
 * keep a copy of backup.key somewhere safe, apart from both: without it no backup can be opened.
 *
 * Format: `DAWRBK01` (8 bytes) · nonce (12) · ciphertext · tag (16). The magic is authenticated too.
 * Streamed in chunks, so a large database never sits in memory and the event loop keeps turning.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import {
  closeSync,
  createReadStream,
  createWriteStream,
  existsSync,
  fstatSync,
  openSync,
  readFileSync,
  readSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fsyncFile } from './files.js';

export const BACKUP_KEY_FILE = 'backup.key';
const MAGIC = Buffer.from('DAWRBK01', 'latin1');
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
const KEY_BYTES = 32;

export class BackupKeyError extends Error {
  override name = 'BackupKeyError';
}

export const backupKeyPath = (dataDir: string) => join(dataDir, BACKUP_KEY_FILE);

/** The data folder's backup key; throws a clear error when it is missing or malformed. */
export function loadBackupKey(dataDir: string): Buffer {
  const path = backupKeyPath(dataDir);
  if (!existsSync(path))
    throw new BackupKeyError(`${path}: no backup key (copy the centre's backup.key into the data folder)`);
  const key = Buffer.from(readFileSync(path, 'utf8').trim(), 'base64url');
  if (key.length !== KEY_BYTES) throw new BackupKeyError(`${path}: a backup key is 32 bytes, base64url`);
  return key;
}

export function loadOrCreateBackupKey(dataDir: string): Buffer {
  const path = backupKeyPath(dataDir);
  if (!existsSync(path))
    writeFileSync(path, `${randomBytes(KEY_BYTES).toString('base64url')}\n`, { mode: 0o600, flag: 'wx' });
  return loadBackupKey(dataDir);
}

/** True when the file starts like an encrypted backup. */
export function isEncryptedBackup(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(MAGIC.length);
    return readSync(fd, head, 0, head.length, 0) === head.length && head.equals(MAGIC);
  } finally {
    closeSync(fd);
  }
}

export async function encryptFile(plain: string, target: string, key: Buffer): Promise<void> {
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  cipher.setAAD(MAGIC);
  const out = createWriteStream(target, { mode: 0o600 });
  out.write(Buffer.concat([MAGIC, nonce]));
  // The tag is known only at the end: appended after the last ciphertext chunk.
  const withTag = new Transform({
    transform: (chunk: Buffer, _enc, done) => done(null, chunk),
    flush(done) {
      done(null, cipher.getAuthTag());
    },
  });
  await pipeline(createReadStream(plain), cipher, withTag, out);
  await fsyncFile(target);
}

export class BackupDecryptError extends Error {
  override name = 'BackupDecryptError';
}

/** Decrypts into `target`; throws BackupDecryptError (target left half-written: the caller removes it). */
export async function decryptFile(encrypted: string, target: string, key: Buffer): Promise<void> {
  const fd = openSync(encrypted, 'r');
  let nonce: Buffer;
  let tag: Buffer;
  let size: number;
  try {
    const header = Buffer.alloc(MAGIC.length + NONCE_BYTES);
    size = fstatSync(fd).size;
    if (size < header.length + TAG_BYTES) throw new BackupDecryptError('the encrypted backup is truncated');
    readSync(fd, header, 0, header.length, 0);
    if (!header.subarray(0, MAGIC.length).equals(MAGIC))
      throw new BackupDecryptError('not an encrypted Dawr backup');
    nonce = header.subarray(MAGIC.length);
    tag = Buffer.alloc(TAG_BYTES);
    readSync(fd, tag, 0, TAG_BYTES, size - TAG_BYTES);
  } finally {
    closeSync(fd);
  }
  const decipher = createDecipheriv('aes-256-gcm', key, nonce);
  decipher.setAAD(MAGIC);
  decipher.setAuthTag(tag);
  try {
    await pipeline(
      createReadStream(encrypted, { start: MAGIC.length + NONCE_BYTES, end: size - TAG_BYTES - 1 }),
      decipher,
      createWriteStream(target, { mode: 0o600 }),
    );
  } catch {
    throw new BackupDecryptError(
      'the encrypted backup failed authentication: it is damaged, or was encrypted with another backup.key',
    );
  }
  await fsyncFile(target);
}
