/**
 * Sealing personal data at rest: AES-256-GCM with a random 96-bit nonce per value, authenticated
 * together with the version, the key id and the place the value belongs to (table, column, row),
 * so a sealed value cannot be altered, opened with another key, or moved to another row unnoticed.
 *
 * Format (one ASCII string, safe in a TEXT column): `v1.<keyId>.<nonce>.<ciphertext+tag>`, the last
 * two base64url. The key id lets keys rotate: new values use the keyring's current key, older ones
 * open with the key they name.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { Keyring } from './keyring.js';

const VERSION = 'v1';
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
const SEALED = /^v1\.([A-Za-z0-9_-]{1,32})\.([A-Za-z0-9_-]{16})\.([A-Za-z0-9_-]+)$/;

export class SealError extends Error {
  override name = 'SealError';
}

/** True when the stored text is a sealed value (anything else is clear data from before sealing). */
export function isSealed(value: string): boolean {
  return SEALED.test(value);
}

/** The key a sealed value was sealed with, or undefined for a value that is not sealed. */
export function sealedKeyId(value: string): string | undefined {
  return SEALED.exec(value)?.[1];
}

export class PersonalDataSealer {
  private keyring: Keyring;

  /**
   * `reload` re-reads the keyring when a value names a key this process does not know: a rotation
   * run from the command line while the hub is up leaves rows sealed with a key added after start.
   */
  constructor(
    keyring: Keyring,
    private readonly reload?: () => Keyring,
  ) {
    this.keyring = keyring;
  }

  get currentKeyId(): string {
    return this.keyring.current;
  }

  /** `context` names where the value is stored (see sealedColumnContext); opening needs the same. */
  seal(clear: string, context: string): string {
    const keyId = this.keyring.current;
    const key = this.keyFor(keyId);
    const nonce = randomBytes(NONCE_BYTES);
    const cipher = createCipheriv('aes-256-gcm', key, nonce);
    cipher.setAAD(aad(keyId, context));
    const body = Buffer.concat([cipher.update(clear, 'utf8'), cipher.final(), cipher.getAuthTag()]);
    return `${VERSION}.${keyId}.${nonce.toString('base64url')}.${body.toString('base64url')}`;
  }

  /** The clear text; throws SealError when the value is not sealed, was altered, or its key is unknown. */
  unseal(sealed: string, context: string): string {
    const m = SEALED.exec(sealed);
    if (!m) throw new SealError('the stored value is not sealed personal data');
    const [, keyId, nonce, body] = m as unknown as [string, string, string, string];
    const bytes = Buffer.from(body, 'base64url');
    if (bytes.length < TAG_BYTES) throw new SealError('the sealed value is truncated');
    const decipher = createDecipheriv('aes-256-gcm', this.keyFor(keyId), Buffer.from(nonce, 'base64url'));
    decipher.setAAD(aad(keyId, context));
    decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
    try {
      return Buffer.concat([
        decipher.update(bytes.subarray(0, bytes.length - TAG_BYTES)),
        decipher.final(),
      ]).toString('utf8');
    } catch {
      throw new SealError('the sealed value failed authentication (altered, moved, or another key)');
    }
  }

  /** Sealed with the current key already (rotation and the start-up pass skip these). */
  isCurrent(value: string): boolean {
    return sealedKeyId(value) === this.keyring.current;
  }

  private keyFor(keyId: string): Buffer {
    let key = this.keyring.keys.get(keyId);
    if (!key && this.reload) {
      this.keyring = this.reload();
      key = this.keyring.keys.get(keyId);
    }
    if (!key) throw new SealError(`no personal-data key "${keyId}" in the keyring`);
    return key;
  }
}

function aad(keyId: string, context: string): Buffer {
  return Buffer.from(`${VERSION}.${keyId}|${context}`, 'utf8');
}
