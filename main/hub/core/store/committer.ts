/**
 * Where the hub's batches become durable. By default a worker thread with its own connection
 * (commit-worker.js) does the writing and the fsync, so the event loop keeps serving kiosks and
 * counters while the disk works; an in-memory database is written inline.
 */
import { Worker } from 'node:worker_threads';
import type { Db } from './database.js';
import { BACKSTOP_CHECKPOINT_PAGES } from './database.js';
import { WAL_LIMIT_BYTES } from '../../../sqlite/checkpointer.js';
import { writeRows, type ChangeRows } from './repository.js';

export interface Committer {
  /** Resolves once every row of the batch is on disk; rejects when none of it is. */
  commit(batch: ChangeRows[]): Promise<void>;
  /** After a failed batch every later one is refused until the hub, having reloaded, resumes. */
  resume(): void;
  /** Durable transactions so far (one fsync each); a worker may write several batches in one. */
  readonly transactions: number;
  close(): Promise<void>;
}

export class CommitError extends Error {
  override name = 'CommitError';
}

export function inlineCommitter(db: Db): Committer {
  let failed = false;
  let transactions = 0;
  return {
    get transactions() {
      return transactions;
    },
    async commit(batch) {
      if (failed) throw new CommitError('an earlier batch was not saved');
      try {
        db.transaction(() => batch.forEach((rows) => writeRows(db, rows)))();
        transactions++;
      } catch (e) {
        failed = true;
        throw new CommitError(e instanceof Error ? e.message : String(e));
      }
    },
    resume() {
      failed = false;
    },
    async close() {},
  };
}

interface WorkerReply {
  id?: number;
  ok?: boolean;
  transactions?: number;
  error?: string;
  type?: string;
}

export function workerCommitter(path: string): Committer {
  const waiting = new Map<number, { resolve: () => void; reject: (e: Error) => void }>();
  let nextId = 1;
  let worker: Worker;
  /** Transactions of workers that ended (a replacement counts from zero) plus the current one's. */
  let earlierTransactions = 0;
  let transactions = 0;
  let closing: Promise<void> | undefined;

  const start = () => {
    worker = new Worker(new URL('./commit-worker.js', import.meta.url), {
      workerData: {
        path,
        autocheckpoint: BACKSTOP_CHECKPOINT_PAGES,
        journalSizeLimit: WAL_LIMIT_BYTES,
      },
    });
    worker.on('message', (m: WorkerReply) => {
      if (m.id === undefined) return;
      if (m.transactions !== undefined) transactions = m.transactions;
      const w = waiting.get(m.id);
      waiting.delete(m.id);
      if (m.ok) w?.resolve();
      else w?.reject(new CommitError(m.error ?? 'not saved'));
    });
    const lost = (reason: string) => {
      // A worker that died took its batches with it: refuse them and start a fresh one.
      for (const w of waiting.values()) w.reject(new CommitError(reason));
      waiting.clear();
      earlierTransactions += transactions;
      transactions = 0;
      if (!closing) start();
    };
    worker.on('error', (e) => lost(`commit worker failed: ${e.message}`));
    worker.on('exit', (code) => {
      if (!closing) lost(`commit worker exited with ${code}`);
    });
  };
  start();

  return {
    get transactions() {
      return earlierTransactions + transactions;
    },
    commit(batch) {
      if (closing) return Promise.reject(new CommitError('the hub is stopping'));
      const id = nextId++;
      return new Promise<void>((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        worker.postMessage({ type: 'batch', id, batch });
      });
    },
    resume() {
      worker.postMessage({ type: 'resume' });
    },
    close() {
      closing ??= new Promise<void>((resolve) => {
        worker.once('exit', () => resolve());
        worker.postMessage({ type: 'close' });
      });
      return closing;
    },
  };
}
