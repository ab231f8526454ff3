/**
 * Pairing: a manager creates a one-time code (10 minutes, single use, for a kiosk or display);
 * the device exchanges it for a device id and key. Only hashes are stored: the code's and the
 * key's. A wrong, expired or used code gets one answer (`not_found`) so a guesser learns nothing,
 * and changes nothing.
 */
import { randomBytes } from 'node:crypto';
import {
  CreatePairingCodeInput,
  ClaimPairingInput,
  PAIRING_ALPHABET,
  PAIRING_CODE_LENGTH,
  PAIRING_CODE_TTL_MS,
  type CreatedPairingCode,
  type PairingClaimed,
} from '../../../../shared/contract/pairing.js';
import type { Db } from '../../core/store/database.js';
import { deviceKey as storedDevice, insertDevice, replaceDeviceKey } from '../../core/store/credentials.js';
import { newToken, sha256 } from '../../core/security.js';
import { uuidv7 } from '../../core/ids.js';
import { claimPairingCode, deleteExpiredPairingCodes, insertPairingCode } from './pairing-store.js';
import { FailureLimiter } from './failure-limiter.js';
import { describeIssues } from '../../../../shared/contract/validation-errors.js';

export type PairingOutcome<T> =
  { ok: true; data: T } | { ok: false; error: { code: string; message: string } };

const fail = (code: string, message: string): PairingOutcome<never> => ({
  ok: false,
  error: { code, message },
});

/** A code from the alphabet, drawn without modulo bias (bytes ≥ 248 are redrawn). */
export function generatePairingCode(random: (n: number) => Buffer = randomBytes): string {
  const n = PAIRING_ALPHABET.length;
  const limit = 256 - (256 % n);
  let code = '';
  while (code.length < PAIRING_CODE_LENGTH) {
    for (const b of random(PAIRING_CODE_LENGTH * 2)) {
      if (b < limit && code.length < PAIRING_CODE_LENGTH) code += PAIRING_ALPHABET[b % n];
    }
  }
  return code;
}

export const formatPairingCode = (code: string): string => `${code.slice(0, 4)}-${code.slice(4)}`;

export interface PairingDeps {
  db: Db;
  now: () => number;
  random?: (n: number) => Buffer;
  limiter?: FailureLimiter;
  /**
   * Gives an existing device a new key inside the claim's transaction; returns what to run after
   * the commit (ending the old key's sockets). Defaults to the store alone.
   */
  replaceKey?: (deviceId: string, keyHash: string) => () => void;
}

export class PairingService {
  private readonly limiter: FailureLimiter;

  constructor(private readonly deps: PairingDeps) {
    this.limiter = deps.limiter ?? new FailureLimiter(deps.now);
  }

  create(raw: unknown, createdBy: string): PairingOutcome<CreatedPairingCode> {
    const input = CreatePairingCodeInput.safeParse(raw);
    if (!input.success) return fail('validation', describeIssues(input.error, { root: '(body)' }));
    return this.issueCode({ role: input.data.role, name: input.data.name, createdBy });
  }

  private issueCode(row: {
    role: 'kiosk' | 'display';
    name: string;
    createdBy: string;
    replacesDeviceId?: string;
  }): PairingOutcome<CreatedPairingCode> {
    const now = this.deps.now();
    deleteExpiredPairingCodes(this.deps.db, now);
    const code = generatePairingCode(this.deps.random);
    const expiresAt = now + PAIRING_CODE_TTL_MS;
    insertPairingCode(this.deps.db, { ...row, codeHash: sha256(code), createdAt: now, expiresAt });
    return { ok: true, data: { code: formatPairingCode(code), role: row.role, name: row.name, expiresAt } };
  }

  /**
   * A one-time code that gives an existing kiosk or display a new key (the dashboard's "rotate
   * key"): the device keeps its id, settings and history; its old key stops working at the claim.
   */
  createRekey(deviceId: string, createdBy: string): PairingOutcome<CreatedPairingCode> {
    const now = this.deps.now();
    const device = storedDevice(this.deps.db, deviceId, now);
    if (!device) return fail('not_found', `no device ${deviceId}`);
    if (device.state === 'revoked')
      return fail('invalid_transition', 'a revoked device cannot be re-keyed; pair it as a new device');
    return this.issueCode({ role: device.role, name: device.name, createdBy, replacesDeviceId: deviceId });
  }

  /** `caller` is the client's address, for the rate limit. */
  claim(raw: unknown, caller: string): PairingOutcome<PairingClaimed> {
    if (this.limiter.blocked(caller))
      return fail('rate_limited', 'too many wrong pairing codes; wait a minute');
    const input = ClaimPairingInput.safeParse(raw);
    if (!input.success) {
      this.limiter.fail(caller);
      return fail('validation', describeIssues(input.error, { paths: false }));
    }
    const now = this.deps.now();
    const deviceKey = newToken();
    const { db } = this.deps;
    const deviceId = `device-${uuidv7(now)}`;
    // Claim and device row commit together: a failed insert leaves the code unclaimed.
    let afterCommit = () => {};
    const claimed = db.transaction(() => {
      const code = claimPairingCode(db, sha256(input.data.code), deviceId, now);
      if (!code) return undefined;
      if (code.replacesDeviceId) {
        const id = code.replacesDeviceId;
        if (this.deps.replaceKey) afterCommit = this.deps.replaceKey(id, sha256(deviceKey));
        else replaceDeviceKey(db, id, sha256(deviceKey), now);
        return { deviceId: id, deviceKey, role: code.role, name: code.name };
      }
      insertDevice(db, { id: deviceId, role: code.role, name: code.name, keyHash: sha256(deviceKey) }, now);
      return { deviceId, deviceKey, role: code.role, name: code.name };
    })();
    afterCommit();
    if (!claimed) {
      this.limiter.fail(caller);
      return fail(
        'not_found',
        'this pairing code is wrong, has expired or has been used; ask the manager for a new one',
      );
    }
    return { ok: true, data: claimed };
  }
}
