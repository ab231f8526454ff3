/**
 * The purge's steps (retention.ts): each feature that keeps personal data or a log table adds one
 * to its hub's RetentionSteps in `HubModule.provide` (ctx.personalData.retentionSteps), with its SQL
 * in its own store, because each table has one owner (tests/architecture/table-owners.test.ts) and
 * the core imports no feature.
 */
import type { Db } from '../store/database.js';

export interface PurgeCounts {
  serviceRequests: number;
  remoteCodes: number;
  notifications: number;
  /** SMS outbox records (hashed, masked numbers; never the text) no longer waiting to be sent. */
  smsMessages: number;
  pushSubscriptions: number;
  logs: number;
}

/** The instants before which each kind of record is past its retention period. */
export interface PurgeCutoffs {
  now: number;
  requestData: number;
  remoteCodes: number;
  /** Phone notifications, push subscriptions and SMS records. */
  notifications: number;
  logs: number;
  /** With central configured, what central has not received yet is kept until it has. */
  waitForSync: boolean;
}

/** One feature's part of the purge, run inside the purge's transaction: rows changed, by kind. */
export type RetentionStep = (db: Db, cutoffs: PurgeCutoffs) => Partial<PurgeCounts>;

const NO_COUNTS: PurgeCounts = {
  serviceRequests: 0,
  remoteCodes: 0,
  notifications: 0,
  smsMessages: 0,
  pushSubscriptions: 0,
  logs: 0,
};

/** One hub's purge steps (HubModuleContext.personalData.retentionSteps), one per feature. */
export class RetentionSteps {
  private readonly steps = new Map<string, RetentionStep>();

  /** Adds the feature's step; a second step under one name is a bug and throws. */
  add(feature: string, step: RetentionStep): void {
    if (this.steps.has(feature)) throw new Error(`the ${feature} feature already has a retention step`);
    this.steps.set(feature, step);
  }

  /** The features whose tables the purge covers, in the order they were added. */
  get features(): string[] {
    return [...this.steps.keys()];
  }

  /** Runs every step (the caller holds the transaction) and adds up what they changed. */
  run(db: Db, cutoffs: PurgeCutoffs): PurgeCounts {
    const total = { ...NO_COUNTS };
    for (const step of this.steps.values())
      for (const [kind, n] of Object.entries(step(db, cutoffs)) as [keyof PurgeCounts, number][])
        total[kind] += n;
    return total;
  }
}
