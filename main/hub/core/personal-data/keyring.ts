/**
 * The keys that seal personal data, kept like identity.key: a file in the data folder
 * (`personal-data.key`, mode 0600), created on first start. It holds the current key (used to seal)
 * and every earlier one (still needed to open older rows and backups). The file is replaced
 * atomically (write, fsync, rename), so a crash leaves the old keyring or the new one, never half.
 * Losing this file makes the sealed fields unreadable: back it up apart from the database.
 */
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { z } from 'zod';
import { describeIssues } from '../../../../shared/contract/validation-errors.js';

export const KEYRING_FILE = 'personal-data.key';
const KEY_BYTES = 32;

const KeyringFile = z
  .object({
    version: z.literal(1),
    current: z.string(),
    keys: z
      .array(
        z.object({
          id: z.string().regex(/^[A-Za-z0-9_-]{1,32}$/, 'key ids are letters, digits, "_" and "-"'),
          key: z
            .string()
            .regex(/^[A-Za-z0-9_-]{43}$/, 'a key is 32 bytes, base64url')
            .refine((k) => Buffer.from(k, 'base64url').length === KEY_BYTES, 'a key is 32 bytes'),
          createdAt: z.string(),
        }),
      )
      .min(1),
  })
  .refine((f) => f.keys.some((k) => k.id === f.current), 'the current key is not in the keyring')
  .refine((f) => new Set(f.keys.map((k) => k.id)).size === f.keys.length, 'two keys share an id');
type KeyringFile = z.infer<typeof KeyringFile>;

export interface Keyring {
  /** The key new values are sealed with. */
  current: string;
  keys: ReadonlyMap<string, Buffer>;
}

export class KeyringError extends Error {
  override name = 'KeyringError';
}

export const keyringPath = (dataDir: string) => join(dataDir, KEYRING_FILE);

function toKeyring(f: KeyringFile): Keyring {
  return { current: f.current, keys: new Map(f.keys.map((k) => [k.id, Buffer.from(k.key, 'base64url')])) };
}

function readFile(path: string): KeyringFile {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new KeyringError(`${path}: not a readable keyring (${e instanceof Error ? e.message : String(e)})`);
  }
  const parsed = KeyringFile.safeParse(raw);
  if (!parsed.success) throw new KeyringError(`${path}: ${describeIssues(parsed.error, { paths: false })}`);
  return parsed.data;
}

function writeFile(path: string, f: KeyringFile): void {
  const tmp = `${path}.tmp`;
  const fd = openSync(tmp, 'w', 0o600);
  try {
    writeSync(fd, `${JSON.stringify(f, null, 2)}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, path);
}

const newKey = (now: Date) => ({
  id: `k${now.toISOString().slice(0, 10).replaceAll('-', '')}-${randomBytes(4).toString('hex')}`,
  key: randomBytes(KEY_BYTES).toString('base64url'),
  createdAt: now.toISOString(),
});

export function loadKeyring(path: string): Keyring {
  if (!existsSync(path)) throw new KeyringError(`${path}: no keyring (start the hub once to create it)`);
  return toKeyring(readFile(path));
}

/** The keyring in the data folder, created with one key on first start. */
export function loadOrCreateKeyring(dataDir: string, now = new Date()): Keyring {
  const path = keyringPath(dataDir);
  if (!existsSync(path)) {
    const key = newKey(now);
    writeFile(path, { version: 1, current: key.id, keys: [key] });
  }
  return loadKeyring(path);
}

/** Adds a fresh key and makes it current; earlier keys stay for opening older values. */
export function addKey(path: string, now = new Date()): Keyring {
  const f = readFile(path);
  const key = newKey(now);
  writeFile(path, { version: 1, current: key.id, keys: [...f.keys, key] });
  return loadKeyring(path);
}
