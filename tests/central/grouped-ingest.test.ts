// Group commit on SQLite (main/central/store/grouped-ingest.ts): batches that arrive together
// share one transaction, in arrival order; a batch that fails is rolled back to its savepoint and
// refused alone while the others commit; a lone batch needs no savepoint.
import { describe, expect, it } from 'vitest';
import type { SqlDriver, SqlExecutor } from '../../main/central/store/driver.js';
import { GroupedIngest } from '../../main/central/store/grouped-ingest.js';
import type { IngestEvent, IngestOutcome } from '../../main/central/store/types.js';

function fakeDriver() {
  const log: string[] = [];
  let transactions = 0;
  const tx: SqlExecutor = {
    query: async () => [],
    run: async (sql) => {
      log.push(sql);
      return 0;
    },
  };
  const driver: SqlDriver = {
    dialect: 'sqlite',
    query: tx.query,
    run: tx.run,
    transaction: async (fn) => {
      transactions++;
      log.push('BEGIN');
      const result = await fn(tx);
      log.push('COMMIT');
      return result;
    },
    close: async () => undefined,
  };
  return { driver, log, transactions: () => transactions };
}

/** A batch of n placeholder events; the fake ingest only looks at the batch's identity and size. */
const batch = (n: number) => Array.from({ length: n }, () => ({}) as IngestEvent);

describe('grouped ingest (SQLite group commit)', () => {
  it('runs batches that arrive together in one transaction, in arrival order, each answered alone', async () => {
    const { driver, log, transactions } = fakeDriver();
    const a = batch(2);
    const b = batch(3);
    const c = batch(1);
    const names = new Map<readonly IngestEvent[], string>([
      [a, 'a'],
      [b, 'b'],
      [c, 'c'],
    ]);
    const grouped = new GroupedIngest(driver, async (_tx, events) => {
      log.push(`ingest ${names.get(events)}`);
      if (events === b) throw new Error('batch b is broken');
      return events.map((): IngestOutcome => 'accepted');
    });
    const results = await Promise.allSettled([
      grouped.add(a, 'now'),
      grouped.add(b, 'now'),
      grouped.add(c, 'now'),
    ]);
    expect(transactions()).toBe(1);
    expect(results[0]).toEqual({ status: 'fulfilled', value: ['accepted', 'accepted'] });
    expect(results[1]).toMatchObject({ status: 'rejected', reason: { message: 'batch b is broken' } });
    expect(results[2]).toEqual({ status: 'fulfilled', value: ['accepted'] });
    expect(log).toEqual([
      'BEGIN',
      'SAVEPOINT ingest_batch',
      'ingest a',
      'RELEASE ingest_batch',
      'SAVEPOINT ingest_batch',
      'ingest b',
      'ROLLBACK TO ingest_batch',
      'RELEASE ingest_batch',
      'SAVEPOINT ingest_batch',
      'ingest c',
      'RELEASE ingest_batch',
      'COMMIT',
    ]);
  });

  it('sends a lone batch without a savepoint, and starts a new transaction past the size limit', async () => {
    const { driver, log, transactions } = fakeDriver();
    const grouped = new GroupedIngest(driver, async (_tx, events) =>
      events.map((): IngestOutcome => 'accepted'),
    );
    await grouped.add(batch(1), 'now');
    expect(log).toEqual(['BEGIN', 'COMMIT']);
    await Promise.all([grouped.add(batch(3000), 'now'), grouped.add(batch(3000), 'now')]);
    expect(transactions()).toBe(3);
  });

  it('refuses every batch of a group whose transaction fails to commit', async () => {
    const { driver } = fakeDriver();
    let fail = true;
    const failing: SqlDriver = {
      ...driver,
      transaction: (fn) => (fail ? Promise.reject(new Error('disk I/O error')) : driver.transaction(fn)),
    };
    const grouped = new GroupedIngest(failing, async (_tx, events) =>
      events.map((): IngestOutcome => 'accepted'),
    );
    const results = await Promise.allSettled([grouped.add(batch(1), 'now'), grouped.add(batch(1), 'now')]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    // The next batch is not stuck behind the failed group.
    fail = false;
    expect(await grouped.add(batch(1), 'now')).toEqual(['accepted']);
  });
});
