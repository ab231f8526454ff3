// Keyed hashing of citizen identifiers. Hubs call hashIdentifier before an identifier leaves
// the centre, so central only ever stores and compares hashes. The key is shared by all hubs
// and channels of a deployment (equal numbers must give equal hashes to merge a timeline);
// without the key a hash cannot be brute-forced from the small space of EIDs and mobiles.
// It lives in main/common/ because the hub, central's tests and the benches must agree on it, and
// the hub and central are separate deployments that never import each other.
import { createHmac } from 'node:crypto';

export type IdentifierKind = 'eid' | 'mobile';

export class InvalidIdentifierError extends Error {
  constructor(
    readonly kind: IdentifierKind,
    message: string,
  ) {
    super(message);
    this.name = 'InvalidIdentifierError';
  }
}

/** Arabic-Indic (U+0660..) and Extended Arabic-Indic (U+06F0..) digits to ASCII: kiosks take Arabic input. */
function asciiDigits(value: string): string {
  return value.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => {
    const code = d.charCodeAt(0);
    return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
  });
}

/** '784-1990-1234567-1' → '784199012345671'. Emirates ID numbers are 15 digits starting 784. */
export function normaliseEid(value: string): string {
  const digits = asciiDigits(value).replace(/[\s-]/g, '');
  if (!/^784\d{12}$/.test(digits)) {
    throw new InvalidIdentifierError('eid', 'an Emirates ID number is 15 digits starting with 784');
  }
  return digits;
}

/** '+971501234567' | '00971 50 123 4567' | '0501234567' → '+971501234567' (E.164). */
export function normaliseMobile(value: string): string {
  const compact = asciiDigits(value).replace(/[\s\-().]/g, '');
  let international: string;
  if (compact.startsWith('+')) international = compact.slice(1);
  else if (compact.startsWith('00')) international = compact.slice(2);
  else if (/^05\d{8}$/.test(compact)) international = `971${compact.slice(1)}`;
  else if (/^9715\d{8}$/.test(compact)) international = compact;
  else
    throw new InvalidIdentifierError(
      'mobile',
      'a mobile number is 05XXXXXXXX or international (+country code)',
    );
  if (!/^[1-9]\d{7,14}$/.test(international)) {
    throw new InvalidIdentifierError('mobile', 'a mobile number has 8 to 15 digits after the country code');
  }
  // UAE mobiles are 5X XXX XXXX; catching a landline here keeps one citizen from getting two keys.
  if (international.startsWith('971') && !/^9715\d{8}$/.test(international)) {
    throw new InvalidIdentifierError('mobile', 'a UAE mobile number is +9715XXXXXXXX');
  }
  return `+${international}`;
}

/** Minimum key length: HMAC-SHA256 keys shorter than the hash output weaken it (RFC 2104 §3). */
export const MIN_HASH_KEY_BYTES = 32;

/**
 * HMAC-SHA256 of a normalised identifier, lowercase hex. The kind is part of the message so
 * an EID and a mobile that happen to share digits never collide.
 */
export function hashIdentifier(key: string | Uint8Array, kind: IdentifierKind, value: string): string {
  const keyBytes = typeof key === 'string' ? Buffer.from(key, 'utf8') : key;
  if (keyBytes.length < MIN_HASH_KEY_BYTES) {
    throw new Error(`the identifier hash key must be at least ${MIN_HASH_KEY_BYTES} bytes`);
  }
  const normalised = kind === 'eid' ? normaliseEid(value) : normaliseMobile(value);
  return createHmac('sha256', keyBytes).update(`dawr:${kind}:${normalised}`).digest('hex');
}
