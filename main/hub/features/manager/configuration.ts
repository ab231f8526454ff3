/**
 * Live, audited configuration: the catalogue (services, queues, counters, work profiles, centre
 * settings), staff accounts, and the dashboard thresholds. Every change is validated first (a bad
 * one changes nothing), written with an audit row (who, when, before, after) in one transaction,
 * then swapped into the running hub: kiosks and counters see it at once, nothing restarts.
 */
import type { Catalogue, KnownDevice, Staff } from '../../../../shared/contract/catalogue.js';
import {
  DEFAULT_THRESHOLDS,
  DashboardThresholds,
  type AuditEntry,
  type UpsertStaffInput,
} from '../../../../shared/contract/manager.js';
import type { AuthService } from '../../core/auth.js';
import type { Hub } from '../../core/hub.js';
import { validateCatalogue } from '../../core/seed.js';
import { hashSecret } from '../../core/security.js';
import { registeredDevices as storedDevices } from '../../core/store/credentials.js';
import {
  allStaff,
  saveStaffAccount,
  staffAccount,
  staffAccounts,
  usernameTaken,
} from '../../core/store/repository.js';
import type { Db } from '../../core/store/database.js';
import { insertAudit, latestAudit } from './config-store.js';
import { readSetting, writeSetting } from '../../core/store/settings.js';
import { ManagerError } from './errors.js';

const THRESHOLDS_KEY = 'thresholds';

/** The devices the hub issued keys to (kiosks and displays), for the catalogue's device settings. */
export function registeredDevices(db: Db): (KnownDevice & { name: string })[] {
  return storedDevices(db);
}

/** Writes one audit row (who, when, what, before, after); inside the change's transaction. */
export const audit = insertAudit;

export function auditLog(db: Db, limit = 100): AuditEntry[] {
  return latestAudit(db, limit);
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
    const value = readSetting(this.db, THRESHOLDS_KEY);
    const parsed = value === undefined ? undefined : DashboardThresholds.safeParse(JSON.parse(value));
    return parsed?.success ? parsed.data : DEFAULT_THRESHOLDS;
  }

  updateThresholds(staffId: string, next: DashboardThresholds): DashboardThresholds {
    const before = this.thresholds();
    this.db.transaction(() => {
      audit(this.db, this.hub.clock.now(), staffId, 'thresholds', before, next);
      writeSetting(this.db, THRESHOLDS_KEY, JSON.stringify(next));
    })();
    return next;
  }

  staff(): (Staff & { active: boolean })[] {
    return staffAccounts(this.db);
  }

  /** Creates or changes a staff account. Only an admin may grant or change the admin role. */
  upsertStaff(actor: { staffId: string; roles: readonly string[] }, input: UpsertStaffInput): Staff {
    const row = staffAccount(this.db, input.id);
    const before = row ? row.staff : null;
    const touchesAdmin = input.roles.includes('admin') || (before?.roles.includes('admin') ?? false);
    if (touchesAdmin && !actor.roles.includes('admin'))
      throw new ManagerError('forbidden', 'only an admin can grant or change an admin account');
    if (!before && !input.pin) throw new ManagerError('validation', 'a new account needs a PIN');
    if (usernameTaken(this.db, input.username, input.id))
      throw new ManagerError('validation', `the username ${input.username} is taken`);
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
        before && { ...before, active: row!.active },
        { ...staff, active: input.active, pinChanged: pinHash !== null },
      );
      saveStaffAccount(this.db, staff, input.active, pinHash, before !== null);
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
