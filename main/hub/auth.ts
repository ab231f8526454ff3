/** Who is calling: staff by session token (after a PIN sign-in), kiosks and displays by device key. */
import type { Db } from './store/database.js';
import {
  deleteSession,
  deviceByKeyHash,
  insertSession,
  sessionStaff,
  staffByUsername,
  allStaff,
} from './store/repository.js';
import { newToken, sha256, verifySecret } from './security.js';
import type { Principal, Clock } from './hub.js';
import type { Staff } from '../../shared/contract/catalogue.js';

const SESSION_MS = 12 * 60 * 60 * 1000;
const MAX_FAILURES = 5;
const FAILURE_WINDOW_MS = 60_000;

export class AuthService {
  private readonly failures = new Map<string, number[]>();
  private staffById = new Map<string, Staff>();

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {
    this.refreshStaff();
  }

  refreshStaff(): void {
    this.staffById = new Map(allStaff(this.db).map((s) => [s.id, s]));
  }

  /** A session token, or an error code: 'rate_limited' after repeated failures, else 'unauthenticated'. */
  async login(
    username: string,
    pin: string,
  ): Promise<{ token: string; staff: Staff } | { error: 'unauthenticated' | 'rate_limited' }> {
    const now = this.clock.now();
    const recent = (this.failures.get(username) ?? []).filter((t) => now - t < FAILURE_WINDOW_MS);
    if (recent.length >= MAX_FAILURES) return { error: 'rate_limited' };
    const row = staffByUsername(this.db, username);
    if (!row || !(await verifySecret(pin, row.pinHash))) {
      recent.push(now);
      this.failures.set(username, recent);
      return { error: 'unauthenticated' };
    }
    this.failures.delete(username);
    const token = newToken();
    insertSession(this.db, sha256(token), row.staff.id, now, now + SESSION_MS);
    return { token, staff: row.staff };
  }

  logout(token: string): void {
    deleteSession(this.db, sha256(token));
  }

  staffRoles(staffId: string): Principal['roles'] | undefined {
    return this.staffById.get(staffId)?.roles;
  }

  staffPrincipal(token: string): Principal | undefined {
    const staffId = sessionStaff(this.db, sha256(token), this.clock.now());
    const staff = staffId ? this.staffById.get(staffId) : undefined;
    if (!staff) return undefined;
    return { actor: { kind: 'staff', staffId: staff.id }, roles: staff.roles, staff };
  }

  devicePrincipal(key: string): Principal | undefined {
    const d = deviceByKeyHash(this.db, sha256(key));
    return d ? { actor: { kind: 'device', deviceId: d.id }, roles: [d.role] } : undefined;
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
