/**
 * The sync worker: sends the outbox to central in order, one batch in flight, and records
 * central's per-event answer durably before reading the next batch. A failed send is retried
 * with the same rows (nothing was removed), after an exponential backoff with jitter.
 */
import type { Catalogue } from '../../../shared/contract/catalogue.js';
import type { Db } from '../store/database.js';
import { backoffDelay, type BackoffPolicy } from './backoff.js';
import type { CentralClient } from './central-client.js';
import { mapOutboxEntry, type HubCloudEvent } from './map-event.js';
import { pendingEntries, recordFailure, recordOutcomes, type EntryOutcome } from './sync-store.js';

export interface SyncAlert {
  kind: 'dead_letter' | 'refused';
  message: string;
  details: Record<string, unknown>;
}

export interface SyncLog {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export interface SyncWorkerOptions {
  db: Db;
  client: CentralClient;
  centreId: string;
  catalogue: () => Catalogue;
  now: () => number;
  batchSize: number;
  backoff: BackoffPolicy;
  /** How often an empty outbox is looked at again. */
  idleMs: number;
  alert: (a: SyncAlert) => void;
  log: SyncLog;
  random?: () => number;
}

export type StepResult = 'idle' | 'sent' | 'failed';

export class SyncWorker {
  /** Consecutive failed attempts; reset by a batch that goes through. */
  failures = 0;
  private running = false;
  private loop: Promise<void> | undefined;
  private readonly abort = new AbortController();
  private wake: (() => void) | undefined;
  private batchSize: number;

  constructor(private readonly opts: SyncWorkerOptions) {
    this.batchSize = opts.batchSize;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.abort.abort();
    this.wake?.();
    await this.loop;
  }

  private async run(): Promise<void> {
    while (this.running) {
      let result: StepResult;
      try {
        result = await this.step();
      } catch (e) {
        // A local fault (the database, a corrupt row): back off like a network error, never spin.
        this.failures++;
        this.opts.log.error({ err: e }, 'sync step failed');
        result = 'failed';
      }
      if (!this.running) break;
      if (result === 'sent') continue;
      const delay =
        result === 'idle'
          ? this.opts.idleMs
          : backoffDelay(this.failures, this.opts.backoff, this.opts.random ?? Math.random);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, delay);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wake = undefined;
    }
  }

  /** Sends at most one batch. Public so tests and the benchmark can drive it step by step. */
  async step(): Promise<StepResult> {
    const { db, client, centreId } = this.opts;
    const entries = pendingEntries(db, this.batchSize);
    if (entries.length === 0) return 'idle';
    const catalogue = this.opts.catalogue();
    const events: HubCloudEvent[] = [];
    const sentSeqs: number[] = [];
    const outcomes: EntryOutcome[] = [];
    const byIndex = new Map<number, (typeof entries)[number]>();
    for (const entry of entries) {
      const mapped = mapOutboxEntry(entry, centreId, catalogue);
      if (mapped.kind === 'skip') {
        outcomes.push({ seq: entry.seq, status: 'skipped' });
        continue;
      }
      byIndex.set(events.length, entry);
      events.push(mapped.event);
      sentSeqs.push(entry.seq);
    }
    if (events.length === 0) {
      recordOutcomes(db, outcomes, this.opts.now());
      return 'sent';
    }
    const reply = await client.sendBatch(events, this.abort.signal);
    if (reply.kind !== 'ok') {
      this.failures++;
      recordFailure(db, reply.error, this.opts.now());
      if (reply.kind === 'refused') {
        // A batch central finds too large is split; anything else needs a person (token, config).
        if ((reply.code === 'batch_too_large' || reply.code === 'payload_too_large') && this.batchSize > 1) {
          this.batchSize = Math.max(1, Math.floor(this.batchSize / 2));
          this.opts.log.warn(
            { batchSize: this.batchSize },
            'central refused the batch size; sending smaller batches',
          );
        } else if (this.failures === 1 || this.failures % 20 === 0) {
          this.opts.alert({
            kind: 'refused',
            message: reply.error,
            details: { status: reply.status, code: reply.code, failures: this.failures },
          });
        }
      } else if (this.failures === 1 || this.failures % 20 === 0) {
        this.opts.log.warn(
          { failures: this.failures, error: reply.error },
          'sync to central failing; retrying',
        );
      }
      return 'failed';
    }
    for (const r of reply.reply.results) {
      const entry = byIndex.get(r.index);
      if (!entry) continue;
      if (r.status === 'rejected') {
        const event = events[r.index]!;
        outcomes.push({
          seq: entry.seq,
          status: 'rejected',
          eventId: entry.eventId,
          visitId: entry.visit.id,
          type: event.type,
          code: r.code ?? 'rejected',
          message: r.message ?? '',
          payload: JSON.stringify(event),
        });
      } else outcomes.push({ seq: entry.seq, status: r.status });
    }
    const answered = new Set(outcomes.map((o) => o.seq));
    if (sentSeqs.some((s) => !answered.has(s))) {
      this.failures++;
      recordFailure(db, 'central did not answer for every event of the batch', this.opts.now());
      return 'failed';
    }
    recordOutcomes(db, outcomes, this.opts.now());
    if (this.failures > 0) this.opts.log.info({ after: this.failures }, 'sync to central recovered');
    this.failures = 0;
    for (const o of outcomes)
      if (o.status === 'rejected')
        this.opts.alert({
          kind: 'dead_letter',
          message: `central rejected ${o.type} of visit ${o.visitId}: ${o.code} ${o.message}`,
          details: { seq: o.seq, eventId: o.eventId, visitId: o.visitId, code: o.code },
        });
    return 'sent';
  }
}
