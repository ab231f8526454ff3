// Group commit for SQLite: ingest batches that arrive together (a hub catching up sends several
// at once) share one transaction. SQLite has one writer, so they would run one after another
// anyway; sharing the commit writes each touched page to the WAL once instead of once per batch,
// a large part of a batch's cost (measured: 500-event transactions cost about half again the CPU
// of 2,000-event ones). Each batch keeps its own savepoint, so a batch that fails is rolled back
// and refused alone; the others commit. Batches are applied in arrival order, so a hub's
// per-visit order is kept. PostgreSQL does not use this (see SqlCentralStore.ingest).
import type { SqlDriver, SqlExecutor } from './driver.js';
import { ingestBatch } from './ingest.js';
import type { IngestEvent, IngestOutcome } from './types.js';

interface Waiting {
  events: readonly IngestEvent[];
  receivedAt: string;
  resolve: (outcomes: IngestOutcome[]) => void;
  reject: (error: unknown) => void;
}

/** One transaction takes batches up to this many events (one larger batch always goes alone). */
const GROUP_EVENT_LIMIT = 4000;

export class GroupedIngest {
  private readonly queue: Waiting[] = [];
  private scheduled = false;

  constructor(
    private readonly db: SqlDriver,
    private readonly ingest: (
      tx: SqlExecutor,
      events: readonly IngestEvent[],
      receivedAt: string,
    ) => Promise<IngestOutcome[]> = ingestBatch,
  ) {}

  add(events: readonly IngestEvent[], receivedAt: string): Promise<IngestOutcome[]> {
    return new Promise((resolve, reject) => {
      this.queue.push({ events, receivedAt, resolve, reject });
      // Waiting for the end of this turn of the event loop lets requests whose bodies have
      // already arrived join the group; a lone batch loses nothing measurable.
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => void this.flush());
      }
    });
  }

  private async flush(): Promise<void> {
    while (this.queue.length > 0) {
      const group = [this.queue.shift()!];
      let size = group[0]!.events.length;
      while (this.queue.length > 0 && size + this.queue[0]!.events.length <= GROUP_EVENT_LIMIT) {
        size += this.queue[0]!.events.length;
        group.push(this.queue.shift()!);
      }
      await this.commit(group);
    }
    this.scheduled = false;
  }

  private async commit(group: Waiting[]): Promise<void> {
    const results: ({ ok: true; outcomes: IngestOutcome[] } | { ok: false; error: unknown })[] = [];
    try {
      await this.db.transaction(async (tx) => {
        results.length = 0;
        for (const w of group) {
          if (group.length === 1) {
            results.push({ ok: true, outcomes: await this.ingest(tx, w.events, w.receivedAt) });
            continue;
          }
          await tx.run('SAVEPOINT ingest_batch');
          try {
            results.push({ ok: true, outcomes: await this.ingest(tx, w.events, w.receivedAt) });
            await tx.run('RELEASE ingest_batch');
          } catch (error) {
            await tx.run('ROLLBACK TO ingest_batch');
            await tx.run('RELEASE ingest_batch');
            results.push({ ok: false, error });
          }
        }
      });
    } catch (error) {
      for (const w of group) w.reject(error);
      return;
    }
    group.forEach((w, i) => {
      const r = results[i]!;
      if (r.ok) w.resolve(r.outcomes);
      else w.reject(r.error);
    });
  }
}
