/**
 * Scheduled queue changes ("no new tickets after 15:30", or reopen later today), kept in
 * scheduled_queue_changes so a hub restart does not lose them. At most one per queue: a newer
 * schedule replaces the older, an immediate change cancels it. Every change is audited in the same
 * transaction as the row. Time comes from the hub's clock, polled at most a second apart, so a
 * cut-off happens within a second of its time even if the clock jumps (tests, NTP, a sleeping PC).
 */
import type { ScheduledCutoff, SetQueueOpenResult } from '../../../../shared/contract/manager.js';
import { businessDay } from '../../../../shared/domain/time.js';
import type { Hub } from '../../core/hub.js';
import { audit, type Configuration } from './configuration.js';
import {
  deleteCutoff,
  nextCutoffAt,
  scheduledCutoff,
  scheduledCutoffs,
  upsertCutoff,
} from './config-store.js';
import { ManagerError } from './errors.js';

/** The longest the scheduler sleeps between looks at the clock. */
const POLL_MS = 1000;

export class CutoffScheduler {
  private timer: NodeJS.Timeout | undefined;
  private running = false;

  constructor(
    private readonly hub: Hub,
    private readonly config: Configuration,
    /** Called with the pending list after every change (to tell the dashboards). */
    private readonly onChange: (pending: ScheduledCutoff[]) => void = () => {},
  ) {}

  private get db() {
    return this.hub.db;
  }

  /** Pending changes, soonest first. */
  list(): ScheduledCutoff[] {
    return scheduledCutoffs(this.db);
  }

  private pending(queueId: string): ScheduledCutoff | null {
    return scheduledCutoff(this.db, queueId);
  }

  /**
   * Opens or closes a queue now (`at` absent, or earlier today), or schedules it for later today.
   * Refuses an unknown queue and a time on another day; a refused request changes nothing.
   */
  setQueueOpen(staffId: string, queueId: string, open: boolean, at?: number): SetQueueOpenResult {
    const queue = this.hub.catalogue.queues.find((q) => q.id === queueId);
    if (!queue) throw new ManagerError('not_found', `no queue ${queueId}`);
    const now = this.hub.clock.now();
    if (at !== undefined) {
      const zone = this.hub.catalogue.centre.timeZone;
      if (businessDay(at, zone) !== businessDay(now, zone))
        throw new ManagerError(
          'validation',
          at > now
            ? 'at: a queue change can only be scheduled for later today'
            : 'at: that time has already passed (it is not today)',
        );
    }
    if (at === undefined || at <= now) {
      // Now: a pending change for this queue is cancelled, in the same transaction as the change.
      const before = this.pending(queueId);
      this.db.transaction(() => {
        if (before) this.remove(staffId, before, now, 'cancel');
        this.config.setQueueOpen(staffId, queueId, open);
      })();
      if (before) this.changed();
      return { queueId, open, scheduledAt: null };
    }
    const before = this.pending(queueId);
    const next: ScheduledCutoff = { queueId, open, at, scheduledBy: staffId, scheduledAt: now };
    this.db.transaction(() => {
      audit(this.db, now, staffId, `queue.schedule:${queueId}`, before, next);
      upsertCutoff(this.db, next);
    })();
    this.changed();
    return { queueId, open: queue.open, scheduledAt: at };
  }

  /** Cancels a queue's pending change; refuses when there is none. */
  cancel(staffId: string, queueId: string): ScheduledCutoff {
    const before = this.pending(queueId);
    if (!before) throw new ManagerError('not_found', `no scheduled change for queue ${queueId}`);
    this.db.transaction(() => this.remove(staffId, before, this.hub.clock.now(), 'cancel'))();
    this.changed();
    return before;
  }

  /** Deletes a pending row with its audit (`queue.schedule.cancel:…` or `…drop:…`); inside a transaction. */
  private remove(staffId: string, cutoff: ScheduledCutoff, now: number, how: 'cancel' | 'drop'): void {
    audit(this.db, now, staffId, `queue.schedule.${how}:${cutoff.queueId}`, cutoff, null);
    deleteCutoff(this.db, cutoff.queueId);
  }

  /**
   * Applies every change whose time has come (at start: also those that fell due while the hub was
   * down). Audited as `queue.close.scheduled:<queue>` (or open) by the manager who scheduled it,
   * in one transaction with deleting the row. Returns how many were applied.
   */
  applyDue(): number {
    const now = this.hub.clock.now();
    const due = scheduledCutoffs(this.db, now);
    let applied = 0;
    for (const c of due) {
      try {
        this.db.transaction(() => {
          const queue = this.hub.catalogue.queues.find((q) => q.id === c.queueId);
          // The queue was removed from the catalogue meanwhile: nothing to change.
          if (!queue) return this.remove(c.scheduledBy, c, now, 'drop');
          deleteCutoff(this.db, c.queueId);
          const catalogue = this.hub.catalogue;
          this.config.updateCatalogue(
            c.scheduledBy,
            {
              ...catalogue,
              queues: catalogue.queues.map((q) => (q.id === c.queueId ? { ...q, open: c.open } : q)),
            },
            `queue.${c.open ? 'open' : 'close'}.scheduled:${c.queueId}`,
          );
          applied++;
        })();
      } catch (e) {
        // Nothing was written for this one; it stays pending and is tried again on the next look.
        console.error(`scheduled change of queue ${c.queueId} failed`, e);
      }
    }
    if (due.length > 0) this.changed();
    return applied;
  }

  /** Applies what is overdue, then keeps looking; returns the stop function. */
  start(): () => void {
    this.running = true;
    this.applyDue();
    this.arm();
    return () => {
      this.running = false;
      clearTimeout(this.timer);
      this.timer = undefined;
    };
  }

  private arm(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.running) return;
    const nextAt = nextCutoffAt(this.db);
    if (nextAt === null) return;
    const wait = Math.min(POLL_MS, Math.max(0, nextAt - this.hub.clock.now()));
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.applyDue();
      this.arm();
    }, wait);
    this.timer.unref?.();
  }

  private changed(): void {
    this.arm();
    try {
      this.onChange(this.list());
    } catch (e) {
      console.error('scheduled cut-off listener failed', e);
    }
  }
}
