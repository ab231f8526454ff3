/**
 * The sync worker: sends the outbox to central in order, several batches in flight (never one
 * visit in two of them), and records each batch's per-event answer durably as it arrives. A failed
 * send is retried with the same rows (nothing was removed), after an exponential backoff with jitter.
 */
import type { Catalogue } from '../../../../shared/contract/catalogue.js';
import type { Db } from '../../core/store/database.js';
import { backoffDelay, type BackoffPolicy } from './backoff.js';
import type { BatchReply, CentralClient } from './central-client.js';
import { InFlightPlan, type PlannedBatch } from './in-flight.js';
import { mapOutboxEntry, type HubCloudEvent, type OutboxEntry } from './map-event.js';
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
  /** Batches sent at once (default 1); a visit's events are still never in two of them. */
  inFlight?: number;
  backoff: BackoffPolicy;
  /** How often an empty outbox is looked at again. */
  idleMs: number;
  alert: (a: SyncAlert) => void;
  log: SyncLog;
  random?: () => number;
}

export type StepResult = 'idle' | 'sent' | 'failed';

type FailedReply = Exclude<BatchReply, { kind: 'ok' }>;

export class SyncWorker {
  /** Consecutive failed attempts; reset by a batch that goes through. */
  failures = 0;
  private running = false;
  private loop: Promise<void> | undefined;
  private readonly abort = new AbortController();
  private wake: (() => void) | undefined;
  private batchSize: number;
  private readonly inFlight: number;

  constructor(private readonly opts: SyncWorkerOptions) {
    this.batchSize = opts.batchSize;
    this.inFlight = Math.max(1, opts.inFlight ?? 1);
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
        result = await this.pump();
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

  /** Sends at most one batch. Public so tests can drive the worker one batch at a time. */
  async step(): Promise<StepResult> {
    const entries = pendingEntries(this.opts.db, this.batchSize);
    if (entries.length === 0) return 'idle';
    const result = await this.deliver(entries);
    if (result.kind === 'failed') {
      this.noteFailure(result.reply);
      return 'failed';
    }
    return 'sent';
  }

  /**
   * Sends the outbox with up to `inFlight` batches at once until it is empty or a batch fails.
   * A visit's events are never in two batches at once (in-flight.ts), so per-visit order holds.
   * After a failure no new batch starts; the others settle (their acknowledgements are kept) and
   * the next pump reads the outbox again from its oldest row. Public for the benchmark.
   */
  async pump(): Promise<StepResult> {
    const plan = new InFlightPlan<OutboxEntry>((e) => e.visit.id, this.batchSize * 20);
    const read = (afterSeq: number, limit: number) => pendingEntries(this.opts.db, limit, afterSeq);
    const inFlight = new Set<Promise<void>>();
    let failure: FailedReply | undefined;
    let sent = false;
    const launch = () => {
      while (!failure && !this.abort.signal.aborted && inFlight.size < this.inFlight) {
        let batch: PlannedBatch<OutboxEntry> | null;
        try {
          batch = plan.next(read, this.batchSize);
        } catch (e) {
          // A local fault (the database, a corrupt row): the batches already out still settle
          // before the pump returns, so none is left running into the next round.
          failure ??= { kind: 'retry', error: `reading the outbox failed: ${String(e)}` };
          this.opts.log.error({ err: e }, 'sync step failed');
          return;
        }
        if (!batch) return;
        const sending: Promise<void> = this.deliver(batch.rows)
          .then(
            (result) => {
              if (result.kind === 'failed') failure ??= result.reply;
              else {
                sent = true;
                plan.acknowledged(batch.id);
              }
            },
            (e: unknown) => {
              failure ??= { kind: 'retry', error: `sync batch failed: ${String(e)}` };
              this.opts.log.error({ err: e }, 'sync batch failed');
            },
          )
          .finally(() => inFlight.delete(sending));
        inFlight.add(sending);
      }
    };
    launch();
    while (inFlight.size > 0) {
      await Promise.race(inFlight);
      launch();
    }
    if (failure) {
      // One failed round counts once, however many batches were in flight when the link went.
      this.noteFailure(failure);
      return 'failed';
    }
    return sent ? 'sent' : 'idle';
  }

  /** Maps, sends and records one batch; the acknowledgement is durable before this resolves. */
  private async deliver(
    entries: readonly OutboxEntry[],
  ): Promise<{ kind: 'sent' } | { kind: 'failed'; reply: FailedReply }> {
    const { db, client, centreId } = this.opts;
    const catalogue = this.opts.catalogue();
    const events: HubCloudEvent[] = [];
    const sentSeqs: number[] = [];
    const outcomes: EntryOutcome[] = [];
    const byIndex = new Map<number, OutboxEntry>();
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
      return { kind: 'sent' };
    }
    const reply = await client.sendBatch(events, this.abort.signal);
    if (reply.kind !== 'ok') return { kind: 'failed', reply };
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
    if (sentSeqs.some((s) => !answered.has(s)))
      return {
        kind: 'failed',
        reply: { kind: 'retry', error: 'central did not answer for every event of the batch' },
      };
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
    return { kind: 'sent' };
  }

  private noteFailure(reply: FailedReply): void {
    this.failures++;
    recordFailure(this.opts.db, reply.error, this.opts.now());
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
  }
}
