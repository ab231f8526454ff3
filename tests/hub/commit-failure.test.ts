/**
 * When a batch cannot be saved, nothing of it is acknowledged, memory is reloaded from disk, and
 * batches decided on top of it are refused too; the hub then carries on.
 */
import { describe, expect, it, vi } from 'vitest';
import { Hub, type Principal } from '../../main/hub/core/hub.js';
import {
  CommitError,
  inlineCommitter,
  workerCommitter,
  type Committer,
} from '../../main/hub/core/store/committer.js';
import type { IssuedTicket } from '../../shared/contract/views.js';
import type { ChangeRows } from '../../main/hub/core/store/repository.js';
import { testSealer } from '../support/sealer.js';
import { seededHubDbs } from '../support/seeded-hub-db.js';

const KIOSK: Principal = { actor: { kind: 'device', deviceId: 'k' }, roles: ['kiosk'] };
const open = seededHubDbs('dawr-commit-');

/** Fails the n-th commit it is given, once. */
function failingOnce(inner: Committer, n: number): Committer {
  let count = 0;
  let failed = false;
  return {
    commit(batch) {
      count++;
      if (count === n) {
        failed = true;
        // As from a worker: the answer comes later, while the hub decides the next batch.
        return new Promise((_, reject) => setTimeout(() => reject(new CommitError('disk full')), 30));
      }
      // Like the real committers: after a failure, refuse until resumed.
      if (failed) return Promise.reject(new CommitError('an earlier batch was not saved'));
      return inner.commit(batch);
    },
    resume() {
      failed = false;
      inner.resume();
    },
    get transactions() {
      return inner.transactions;
    },
    close: () => inner.close(),
  };
}

const issue = (hub: Hub, key: string) =>
  hub.execute('issueTicket', { serviceId: 'eid-renew', idempotencyKey: key }, KIOSK);

describe('commit failures', () => {
  it('refuse the failed batch and what was decided on it, reload, and carry on gap-free', async () => {
    const db = open();
    const hub = new Hub({
      db,
      identityKey: 'k'.repeat(40),
      sealer: testSealer(),
      committer: failingOnce(inlineCommitter(db), 2),
    });
    const first = await issue(hub, 'tap-commit-1');
    expect(first.ok).toBe(true);
    // Two batches in flight: the first of them fails, the second was decided on top of it.
    const failed = issue(hub, 'tap-commit-2');
    await new Promise((r) => setImmediate(r));
    const dependent = issue(hub, 'tap-commit-2'); // a retry of the same tap: a replay of the unsaved ticket
    expect(await failed).toMatchObject({ ok: false, error: { code: 'storage_unavailable' } });
    expect(await dependent).toMatchObject({ ok: false, error: { code: 'storage_unavailable' } });
    // Nothing of it is in memory or on disk; the next ticket takes the number that was not used.
    expect([...hub.state.visits.values()].map((v) => v.ticket)).toEqual(['A001']);
    const next = (await issue(hub, 'tap-commit-2')) as { ok: true; data: IssuedTicket };
    expect(next.ok).toBe(true);
    expect(next.data.visit.ticket).toBe('A002');
    expect(db.prepare('SELECT COUNT(*) AS n FROM visits').get()).toEqual({ n: 2 });
    await hub.close();
  });

  it('when the store cannot even be read back, refuses clearly, retries, and carries on once it can', async () => {
    const db = open();
    const hub = new Hub({
      db,
      identityKey: 'k'.repeat(40),
      sealer: testSealer(),
      committer: failingOnce(inlineCommitter(db), 2),
    });
    expect((await issue(hub, 'tap-unread-1')).ok).toBe(true);
    // The failed commit's reload fails too, once (a disk that fails reads as well as writes).
    const reload = vi.spyOn(hub, 'reload').mockImplementationOnce(() => {
      throw new Error('I/O error reading hub.sqlite');
    });
    expect(await issue(hub, 'tap-unread-2')).toMatchObject({
      ok: false,
      error: { code: 'storage_unavailable' },
    });
    // Meanwhile nothing is held waiting: new requests get the reason at once.
    const meanwhile = await issue(hub, 'tap-unread-3');
    expect(meanwhile).toMatchObject({ ok: false, error: { code: 'storage_unavailable' } });
    expect((meanwhile as { error: { message: string } }).error.message).toContain('I/O error');
    // The hub retries by itself; once the store reads again, tickets flow, numbered without a gap.
    await vi.waitFor(() => expect(reload).toHaveBeenCalledTimes(2), { timeout: 3000 });
    const next = (await issue(hub, 'tap-unread-4')) as { ok: true; data: IssuedTicket };
    expect(next.ok).toBe(true);
    expect(next.data.visit.number).toBe(2);
    expect(db.prepare('SELECT COUNT(*) AS n FROM visits').get()).toEqual({ n: 2 });
    await hub.close();
  });

  it('the worker writes batches that queued up behind a commit together, in one transaction', async () => {
    const db = open();
    const committer = workerCommitter(db.name);
    const rows = (queueId: string, day: string | null): ChangeRows[] => [
      { visits: [], events: [], counters: [], sequences: [[queueId, day as string, 1]], callStates: [] },
    ];
    const fifty = Array.from({ length: 50 }, (_, i) => committer.commit(rows(`q-${i}`, '2026-11-23')));
    await Promise.all(fifty);
    expect(db.prepare('SELECT COUNT(*) AS n FROM ticket_sequences').get()).toEqual({ n: 50 });
    // Posted back to back, they cannot each have had an fsync of their own.
    expect(committer.transactions).toBeGreaterThan(0);
    expect(committer.transactions).toBeLessThan(25);

    // A bad batch fails the transaction it shares, so its companions are refused too; a resume
    // posted after them is honoured in order, and the next batch is written.
    const bad = committer.commit(rows('q-bad', null));
    const companion = committer.commit(rows('q-companion', '2026-11-23'));
    committer.resume();
    const after = committer.commit(rows('q-after', '2026-11-23'));
    await expect(bad).rejects.toThrow(/NOT NULL/);
    await expect(companion).rejects.toBeInstanceOf(CommitError);
    await expect(after).resolves.toBeUndefined();
    const queues = db
      .prepare("SELECT queue_id FROM ticket_sequences WHERE queue_id IN ('q-bad', 'q-companion', 'q-after')")
      .all();
    expect(queues).toEqual([{ queue_id: 'q-after' }]);
    await committer.close();
  });

  it('the worker committer writes through its own connection and acknowledges in order', async () => {
    const db = open();
    const hub = new Hub({
      db,
      identityKey: 'k'.repeat(40),
      sealer: testSealer(),
      committer: workerCommitter(db.name),
    });
    const results = await Promise.all(Array.from({ length: 50 }, (_, i) => issue(hub, `tap-worker-${i}`)));
    expect(results.every((r) => r.ok)).toBe(true);
    const tickets = results
      .map((r) => (r as { ok: true; data: IssuedTicket }).data.visit.number)
      .sort((a, b) => a - b);
    expect(tickets).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    // Acknowledged means on disk, visible to the hub's own connection.
    expect(db.prepare('SELECT COUNT(*) AS n FROM visits').get()).toEqual({ n: 50 });
    expect(db.prepare('SELECT COUNT(*) AS n FROM outbox').get()).toEqual({ n: 50 });
    await hub.close();
  });
});
