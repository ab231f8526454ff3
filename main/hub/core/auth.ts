/**
 * Who is calling: staff by session token (after a PIN sign-in), kiosks and displays by device key.
 * Every credential is checked against the store each time it is used, so a session that ended or a
 * key that was revoked stops working at once; listeners (the socket layer) hear when credentials
 * end, to disconnect what is already connected.
 */
import type { Db } from './store/database.js';
import { allStaff, staffByUsername } from './store/repository.js';
import {
  activeDeviceByKeyHash,
  deleteSession,
  deleteSessionsOf,
  deviceKey,
  insertSession,
  liveSession,
  purgeExpiredSessions,
  deviceKeyHash,
  recordDevicesSeen,
  revokeDevice as storeRevocation,
  setDeviceExpiry as storeDeviceExpiry,
  replaceDeviceKey as storeDeviceKey,
} from './store/credentials.js';
import { hashSecret, newToken, sha256, verifySecret } from './security.js';
import { LoginThrottle } from './login-throttle.js';
import type { Principal, Clock } from './hub.js';
import type { Staff } from '../../../shared/contract/catalogue.js';
import type { SessionEndReason } from '../../../shared/contract/auth.js';

export const SESSION_MS = 12 * 60 * 60 * 1000;

export type LoginResult =
  | { token: string; staff: Staff }
  | { error: 'unauthenticated' }
  | { error: 'rate_limited'; retryAfterMs: number };

/** Credentials (hashes of tokens or keys) that stopped being valid, and why. */
export interface CredentialsEnded {
  hashes: string[];
  reason: SessionEndReason;
}

/** Checks a PIN against its stored hash (scrypt; injected in tests). */
export type PinVerifier = (pin: string, storedHash: string) => Promise<boolean>;

/** A credential still stands (until when), or why it no longer does. */
export type CredentialCheck =
  { ok: true; expiresAt: number | null } | { ok: false; reason: SessionEndReason };

export class AuthService {
  private staffById = new Map<string, Staff>();
  private readonly throttle: LoginThrottle;
  /** Compared against when the username is unknown, so unknown and known names take the same time. */
  private readonly decoyPinHash = hashSecret(newToken(8));
  private readonly listeners = new Set<(e: CredentialsEnded) => void>();
  /** Device last-seen times not yet written: flushed in one transaction by flushDevicesSeen. */
  private readonly devicesSeen = new Map<string, number>();

  private readonly verify: PinVerifier;

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    deps: { throttle?: LoginThrottle; verify?: PinVerifier } = {},
  ) {
    this.throttle = deps.throttle ?? new LoginThrottle(() => this.clock.now());
    this.verify = deps.verify ?? verifySecret;
    this.refreshStaff();
  }

  refreshStaff(): void {
    this.staffById = new Map(allStaff(this.db).map((s) => [s.id, s]));
  }

  /** Hear when credentials end (logout, account change, expiry, revocation); returns an unsubscribe. */
  onCredentialsEnded(listener: (e: CredentialsEnded) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private ended(hashes: string[], reason: SessionEndReason): void {
    if (hashes.length === 0) return;
    for (const l of this.listeners) l({ hashes, reason });
  }

  /**
   * A session token, or why not. The attempt is reserved before the PIN is hashed (see
   * LoginThrottle); `client` is the caller's address.
   */
  async login(username: string, pin: string, client: string): Promise<LoginResult> {
    const account = username.toLowerCase();
    const reserved = this.throttle.reserve(account, client);
    if (!reserved.ok) return { error: 'rate_limited', retryAfterMs: reserved.retryAfterMs };
    let ok = false;
    try {
      const row = staffByUsername(this.db, username);
      // The same slow check whether or not the account exists: timing tells a guesser nothing.
      const matches = await this.verify(pin, row?.pinHash ?? this.decoyPinHash);
      if (!row || !matches) return { error: 'unauthenticated' };
      ok = true;
      const now = this.clock.now();
      const token = newToken();
      insertSession(this.db, sha256(token), row.staff.id, now, now + SESSION_MS);
      return { token, staff: row.staff };
    } finally {
      this.throttle.settle(reserved.reservation, ok);
    }
  }

  logout(token: string): void {
    const hash = sha256(token);
    if (deleteSession(this.db, hash)) this.ended([hash], 'logged_out');
  }

  /** Ends every session of an account (deactivated, roles or PIN changed). */
  endSessionsOf(staffId: string, reason: SessionEndReason): void {
    this.ended(deleteSessionsOf(this.db, staffId), reason);
  }

  /** Removes expired sessions and forgotten login failures; sockets on them were ended by the sweep. */
  purge(): { sessions: number } {
    this.throttle.purge();
    return { sessions: purgeExpiredSessions(this.db, this.clock.now()) };
  }

  staffRoles(staffId: string): Principal['roles'] | undefined {
    return this.staffById.get(staffId)?.roles;
  }

  staffPrincipal(token: string): Principal | undefined {
    const hash = sha256(token);
    const session = liveSession(this.db, hash, this.clock.now());
    const staff = session ? this.staffById.get(session.staffId) : undefined;
    if (!session || !staff) return undefined;
    return {
      actor: { kind: 'staff', staffId: staff.id },
      roles: staff.roles,
      staff,
      credential: { hash, expiresAt: session.expiresAt },
    };
  }

  devicePrincipal(key: string): Principal | undefined {
    const hash = sha256(key);
    const now = this.clock.now();
    const d = activeDeviceByKeyHash(this.db, hash, now);
    if (!d) return undefined;
    this.devicesSeen.set(d.id, now);
    return {
      actor: { kind: 'device', deviceId: d.id },
      roles: [d.role],
      credential: { hash, expiresAt: d.expiresAt },
    };
  }

  /**
   * Whether a credential a socket holds still stands (with its current expiry, which a manager may
   * have changed), and if not why, for the app to say.
   */
  check(principal: Principal): CredentialCheck {
    const credential = principal.credential;
    if (!credential) return { ok: true, expiresAt: null };
    const now = this.clock.now();
    if (principal.actor.kind === 'staff') {
      const session = liveSession(this.db, credential.hash, now);
      if (session && this.staffById.has(session.staffId)) return { ok: true, expiresAt: session.expiresAt };
      const expired = credential.expiresAt !== null && credential.expiresAt <= now;
      return { ok: false, reason: expired ? 'expired' : 'logged_out' };
    }
    if (principal.actor.kind !== 'device') return { ok: true, expiresAt: null };
    const active = activeDeviceByKeyHash(this.db, credential.hash, now);
    if (active) return { ok: true, expiresAt: active.expiresAt };
    const d = deviceKey(this.db, principal.actor.deviceId, now);
    if (!d || d.state === 'revoked') return { ok: false, reason: 'device_revoked' };
    return { ok: false, reason: d.state === 'expired' ? 'device_expired' : 'device_rekeyed' };
  }

  /** Marks a device as heard from now (sockets call this on connect and while they talk). */
  deviceSeen(deviceId: string): void {
    this.devicesSeen.set(deviceId, this.clock.now());
  }

  /** Writes the last-seen times collected since the previous flush (one transaction). */
  flushDevicesSeen(): void {
    if (this.devicesSeen.size === 0) return;
    recordDevicesSeen(this.db, this.devicesSeen);
    this.devicesSeen.clear();
  }

  /** Revokes a device's key; its sockets are disconnected at once. */
  revokeDevice(deviceId: string, by: string, reason: string): void {
    const now = this.clock.now();
    const hash = this.keyHashOf(deviceId);
    storeRevocation(this.db, deviceId, by, reason, now);
    if (hash) this.ended([hash], 'device_revoked');
  }

  setDeviceExpiry(deviceId: string, expiresAt: number | null): void {
    storeDeviceExpiry(this.db, deviceId, expiresAt);
    const hash = this.keyHashOf(deviceId);
    if (hash && expiresAt !== null && expiresAt <= this.clock.now()) this.ended([hash], 'device_expired');
  }

  /** Gives a device a new key (in the caller's transaction); the old key's sockets are ended after. */
  replaceDeviceKey(deviceId: string, newKeyHash: string): () => void {
    const old = this.keyHashOf(deviceId);
    storeDeviceKey(this.db, deviceId, newKeyHash, this.clock.now());
    return () => {
      if (old && old !== newKeyHash) this.ended([old], 'device_rekeyed');
    };
  }

  private keyHashOf(deviceId: string): string | undefined {
    return deviceKeyHash(this.db, deviceId);
  }

  /** From an Authorization header: `Bearer <session token>` or `Device <device key>`. */
  fromHeader(header: string | undefined): Principal | undefined {
    if (!header) return undefined;
    const [scheme, value] = header.split(' ');
    if (!value) return undefined;
    if (scheme === 'Bearer') return this.staffPrincipal(value);
    if (scheme === 'Device') return this.devicePrincipal(value);
    return undefined;
  }
}
