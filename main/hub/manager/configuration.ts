/**
 * Live, audited configuration: the catalogue (services, queues, counters, work profiles, centre
 * settings), staff accounts, and the dashboard thresholds. Every change is validated first (a bad
 * one changes nothing), written with an audit row (who, when, before, after) in one transaction,
 * then swapped into the running hub: kiosks and counters see it at once, nothing restarts.
 */
import type { Catalogue, KnownDevice, Staff } from '../../../shared/contract/catalogue.js';
import {
  DEFAULT_THRESHOLDS,
  DashboardThresholds,
  type AuditEntry,
  type UpsertStaffInput,
} from '../../../shared/contract/manager.js';
import type { AuthService } from '../auth.js';
import type { Hub } from '../hub.js';
import { validateCatalogue } from '../seed.js';
import { hashSecret } from '../security.js';
import { allStaff } from '../store/repository.js';
import type { Db } from '../store/database.js';
import { ManagerError } from './errors.js';

const THRESHOLDS_KEY = 'thresholds';

/** The devices the hub issued keys to (kiosks and displays), for the catalogue's device settings. */
export function registeredDevices(db: Db): (KnownDevice & { name: string })[] {
  return db.prepare('SELECT id, role, name FROM devices ORDER BY role, id').all() as (KnownDevice & {
    name: string;
  })[];
}

export function audit(
  db: Db,
  at: number,
  staffId: string,
  what: string,
  before: unknown,
  after: unknown,
): void {
  db.prepare('INSERT INTO config_audit (at, staff_id, what, before, after) VALUES (?, ?, ?, ?, ?)').run(
    at,
    staffId,
    what,
    JSON.stringify(before ?? null),
    JSON.stringify(after ?? null),
  );
}

export function auditLog(db: Db, limit = 100): AuditEntry[] {
  return (
    db.prepare('SELECT * FROM config_audit ORDER BY id DESC LIMIT ?').all(limit) as {
      id: number;
      at: number;
      staff_id: string;
      what: string;
      before: string;
      after: string;
    }[]
  ).map((r) => ({
    id: r.id,
    at: r.at,
    staffId: r.staff_id,
    what: r.what,
    before: JSON.parse(r.before) as unknown,
    after: JSON.parse(r.after) as unknown,
  }));
}

export class Configuration {
  constructor(
    private readonly hub: Hub,
    private readonly auth: AuthService,
    /** Called after every applied catalogue change (to tell the screens and ctx.catalogueChanges). */
    private readonly onCatalogue: (c: Catalogue) => void = () => {},
  ) {}

  private get db(): Db {
    return this.hub.db;
  }

  /** Validates (schema and cross-references) and applies a whole catalogue; `what` names the change. */
  updateCatalogue(staffId: string, raw: unknown, what = 'catalogue'): Catalogue {
    let next: Catalogue;
    try {
      next = validateCatalogue(raw, registeredDevices(this.db));
    } catch (e) {
      throw new ManagerError('validation', e instanceof Error ? e.message : String(e));
    }
    const before = this.hub.catalogue;
    this.db.transaction(() => {
      audit(this.db, this.hub.clock.now(), staffId, what, before, next);
      this.hub.updateCatalogue(next);
    })();
    // The change is applied and audited; a screen that missed it catches up on reconnect.
    this.onCatalogue(next);
    return next;
  }

  setQueueOpen(staffId: string, queueId: string, open: boolean): Catalogue {
    const c = this.hub.catalogue;
    if (!c.queues.some((q) => q.id === queueId)) throw new ManagerError('not_found', `no queue ${queueId}`);
    return this.updateCatalogue(
      staffId,
      { ...c, queues: c.queues.map((q) => (q.id === queueId ? { ...q, open } : q)) },
      `queue.${open ? 'open' : 'close'}:${queueId}`,
    );
  }

  moveCounter(staffId: string, counterId: string, workProfileId: string): Catalogue {
    const c = this.hub.catalogue;
    if (!c.counters.some((k) => k.id === counterId))
      throw new ManagerError('not_found', `no counter ${counterId}`);
    return this.updateCatalogue(
      staffId,
      { ...c, counters: c.counters.map((k) => (k.id === counterId ? { ...k, workProfileId } : k)) },
      `counter.profile:${counterId}`,
    );
  }

  thresholds(): DashboardThresholds {
    const row = this.db.prepare('SELECT value FROM manager_settings WHERE key = ?').get(THRESHOLDS_KEY) as
      { value: string } | undefined;
    const parsed = row ? DashboardThresholds.safeParse(JSON.parse(row.value)) : undefined;
    return parsed?.success ? parsed.data : DEFAULT_THRESHOLDS;
  }

  updateThresholds(staffId: string, next: DashboardThresholds): DashboardThresholds {
    const before = this.thresholds();
    this.db.transaction(() => {
      audit(this.db, this.hub.clock.now(), staffId, 'thresholds', before, next);
      this.db
        .prepare(
          'INSERT INTO manager_settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
        )
        .run(THRESHOLDS_KEY, JSON.stringify(next));
    })();
    return next;
  }

  staff(): (Staff & { active: boolean })[] {
    return (
      this.db.prepare('SELECT doc, active FROM staff ORDER BY username').all() as {
        doc: string;
        active: number;
      }[]
    ).map((r) => ({ ...(JSON.parse(r.doc) as Staff), active: r.active === 1 }));
  }

  /** Creates or changes a staff account. Only an admin may grant or change the admin role. */
  upsertStaff(actor: { staffId: string; roles: readonly string[] }, input: UpsertStaffInput): Staff {
    const row = this.db.prepare('SELECT doc, active FROM staff WHERE id = ?').get(input.id) as
      { doc: string; active: number } | undefined;
    const before = row ? (JSON.parse(row.doc) as Staff) : null;
    const touchesAdmin = input.roles.includes('admin') || (before?.roles.includes('admin') ?? false);
    if (touchesAdmin && !actor.roles.includes('admin'))
      throw new ManagerError('forbidden', 'only an admin can grant or change an admin account');
    if (!before && !input.pin) throw new ManagerError('validation', 'a new account needs a PIN');
    const clash = this.db
      .prepare('SELECT id FROM staff WHERE username = ? AND id <> ?')
      .get(input.username, input.id);
    if (clash) throw new ManagerError('validation', `the username ${input.username} is taken`);
    if (input.workProfileId && !this.hub.catalogue.workProfiles.some((p) => p.id === input.workProfileId))
      throw new ManagerError('validation', `no work profile ${input.workProfileId}`);
    if (input.id === actor.staffId && !input.active)
      throw new ManagerError('validation', 'you cannot deactivate your own account');
    const staff: Staff = {
      id: input.id,
      username: input.username,
      displayName: input.displayName,
      roles: input.roles,
      ...(input.workProfileId ? { workProfileId: input.workProfileId } : {}),
    };
    // scrypt is slow on purpose: hash before the transaction.
    const pinHash = input.pin ? hashSecret(input.pin) : null;
    const sameRoles = before !== null && [...before.roles].sort().join() === [...staff.roles].sort().join();
    this.db.transaction(() => {
      audit(
        this.db,
        this.hub.clock.now(),
        actor.staffId,
        `staff:${input.id}`,
        before && { ...before, active: row!.active === 1 },
        { ...staff, active: input.active, pinChanged: pinHash !== null },
      );
      if (before)
        this.db
          .prepare(
            'UPDATE staff SET username = ?, doc = ?, active = ?, pin_hash = COALESCE(?, pin_hash) WHERE id = ?',
          )
          .run(staff.username, JSON.stringify(staff), input.active ? 1 : 0, pinHash, staff.id);
      else
        this.db
          .prepare('INSERT INTO staff (id, username, doc, pin_hash, active) VALUES (?, ?, ?, ?, ?)')
          .run(staff.id, staff.username, JSON.stringify(staff), pinHash, input.active ? 1 : 0);
      // A session carries the rights it was opened with: any change to them ends it, and its sockets.
      if (!input.active) this.auth.endSessionsOf(staff.id, 'deactivated');
      else if (before && !sameRoles) this.auth.endSessionsOf(staff.id, 'roles_changed');
      else if (before && pinHash !== null) this.auth.endSessionsOf(staff.id, 'pin_changed');
    })();
    this.auth.refreshStaff();
    this.hub.state.staffProfiles = new Map(allStaff(this.db).map((s) => [s.id, s.workProfileId]));
    return staff;
  }
}
