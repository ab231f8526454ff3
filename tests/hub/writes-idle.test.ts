/**
 * Hub.whenWritesIdle and Hub.writeWhenFree: the hub's own writes (the manager's report facts and
 * alerts) wait until no batch is being written and the write lock is free, so they never sleep in
 * SQLite's busy handler on the event loop while the commit worker (or anyone) holds the lock.
 */
import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { Hub, type Principal } from '../../main/hub/core/hub.js';
import { inlineCommitter, type Committer } from '../../main/hub/core/store/committer.js';
import { testSealer } from '../support/sealer.js';
import { seededHubDbs } from '../support/seeded-hub-db.js';

const KIOSK: Principal = { actor: { kind: 'device', deviceId: 'k' }, roles: ['kiosk'] };
const open = seededHubDbs('dawr-writes-idle-');

/** Writes each batch only when the test releases it, as a worker busy with an fsync would. */
function heldCommitter(inner: Committer): Committer & { held: number; release(): void } {
  const waiting: (() => void)[] = [];
  return {
    get held() {
      return waiting.length;
    },
    release() {
      waiting.shift()?.();
    },
    commit(batch) {
      return new Promise<void>((resolve, reject) =>
        waiting.push(() => inner.commit(batch).then(resolve, reject)),
      );
    },
    resume: () => inner.resume(),
    get transactions() {
      return inner.transactions;
    },
    close: () => inner.close(),
  };
}

const turn = () => new Promise((r) => setImmediate(r));

describe('Hub.whenWritesIdle', () => {
  it('resolves at once when no batch is being written', async () => {
    const db = open();
    const hub = new Hub({ db, identityKey: 'k'.repeat(40), sealer: testSealer() });
    let idle = false;
    void hub.whenWritesIdle(60_000).then(() => (idle = true));
    await turn();
    expect(idle).toBe(true);
    await hub.close();
  });

  it('waits for every batch in flight to settle, then resolves', async () => {
    const db = open();
    const committer = heldCommitter(inlineCommitter(db));
    const hub = new Hub({ db, identityKey: 'k'.repeat(40), sealer: testSealer(), committer });
    const first = hub.execute(
      'issueTicket',
      { serviceId: 'eid-renew', idempotencyKey: 'writes-idle-1' },
      KIOSK,
    );
    await turn();
    const second = hub.execute(
      'issueTicket',
      { serviceId: 'eid-renew', idempotencyKey: 'writes-idle-2' },
      KIOSK,
    );
    await turn();
    expect(committer.held).toBe(2);
    let idle = false;
    void hub.whenWritesIdle(60_000).then(() => (idle = true));
    committer.release();
    expect((await first).ok).toBe(true);
    await turn();
    // One batch is still being written: the write lock may still be held.
    expect(idle).toBe(false);
    committer.release();
    expect((await second).ok).toBe(true);
    await turn();
    expect(idle).toBe(true);
    await hub.close();
  });

  it('gives up waiting after maxWaitMs, so a hub that never stops writing does not starve its other writes', async () => {
    const db = open();
    const committer = heldCommitter(inlineCommitter(db));
    const hub = new Hub({ db, identityKey: 'k'.repeat(40), sealer: testSealer(), committer });
    const issued = hub.execute(
      'issueTicket',
      { serviceId: 'eid-renew', idempotencyKey: 'writes-idle-3' },
      KIOSK,
    );
    await turn();
    expect(committer.held).toBe(1);
    await hub.whenWritesIdle(5);
    // Still being written when the wait ended.
    expect(committer.held).toBe(1);
    committer.release();
    expect((await issued).ok).toBe(true);
    await hub.close();
  });
});

describe('Hub.writeWhenFree', () => {
  it('waits for a write lock held by another connection without blocking the event loop, then writes', async () => {
    const db = open();
    db.exec('CREATE TABLE probe (x INTEGER)');
    const hub = new Hub({ db, identityKey: 'k'.repeat(40), sealer: testSealer() });
    const other = new Database(db.name);
    other.exec('BEGIN IMMEDIATE');
    const written = hub.writeWhenFree(
      () => db.transaction(() => db.prepare('INSERT INTO probe (x) VALUES (1)').run())(),
      60_000,
    );
    // Timers keep firing while it waits: written at once, the insert would have held the event loop
    // in SQLite's busy handler for the whole busy_timeout.
    await new Promise<void>((resolve) => {
      let ticks = 0;
      const timer = setInterval(() => {
        if (++ticks < 5) return;
        clearInterval(timer);
        resolve();
      }, 1);
    });
    expect(db.prepare('SELECT COUNT(*) AS n FROM probe').get()).toEqual({ n: 0 });
    other.exec('COMMIT');
    other.close();
    await written;
    expect(db.prepare('SELECT COUNT(*) AS n FROM probe').get()).toEqual({ n: 1 });
    // The connection waits for the lock again for everything else.
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    await hub.close();
  });

  it('passes on errors other than a held lock', async () => {
    const db = open();
    const hub = new Hub({ db, identityKey: 'k'.repeat(40), sealer: testSealer() });
    await expect(
      hub.writeWhenFree(() => db.exec('INSERT INTO no_such_table VALUES (1)'), 60_000),
    ).rejects.toThrow(/no such table/);
    await hub.close();
  });
});
