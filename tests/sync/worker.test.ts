/**
 * The sync worker against a real central (in process, SQLite) and a real hub: batches in order,
 * durable acknowledgement (an acknowledged event is never sent again), retry after failures,
 * dead letters that do not block the rest, and the identity retention job.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCentralStore } from '../../main/central/store/open.js';
import { startTestCentral, type TestCentral } from '../central/helpers.js';
import { api, KIOSK_KEY, login, startTestHub, type TestHub } from '../support/hub.js';
import { createSync, type RunningSync } from '../../main/hub/features/sync/module.js';
import { syncConfigFromEnv } from '../../main/hub/features/sync/config.js';
import type { CentralClient } from '../../main/hub/features/sync/central-client.js';
import type { SyncAlert } from '../../main/hub/features/sync/worker.js';
import { clearExpiredIdentity } from '../../main/hub/features/sync/retention.js';
import type { HubCloudEvent } from '../../main/hub/features/sync/map-event.js';
import { centralEvents, emiratesId } from './processes.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let hub: TestHub;
let central: TestCentral;
let agent: string;
const centralDir = mkdtempSync(join(tmpdir(), 'dawr-sync-central-'));
const quietLog = { info: () => {}, warn: () => {}, error: () => {} };

beforeAll(async () => {
  central = await startTestCentral(await openCentralStore(`sqlite:${join(centralDir, 'central.db')}`));
  hub = await startTestHub();
  agent = `Bearer ${await login(hub.url, 'agent1', '111111')}`;
  expect((await api(hub.url, 'POST', '/counters/c4/open', agent, {})).status).toBe(200);
});
afterAll(async () => {
  await hub.cleanup();
  await central.close();
  await central.store.close();
  rmSync(centralDir, { recursive: true, force: true });
});

let serial = 100;
async function serve(n: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const r = await api(hub.url, 'POST', '/visits', `Device ${KIOSK_KEY}`, {
      serviceId: 'licence-renew',
      idempotencyKey: `worker-${serial}`,
      identity: { kind: 'emiratesId', value: emiratesId(serial++) },
    });
    const id = (r.body.visit as { id: string }).id;
    await api(hub.url, 'POST', `/counters/c4/call/${id}`, agent, {});
    await api(hub.url, 'POST', `/counters/c4/start/${id}`, agent, {});
    await api(hub.url, 'POST', `/counters/c4/complete/${id}`, agent, {
      services: [{ serviceId: 'licence-renew', outcome: 'done' }],
    });
    ids.push(id);
  }
  return ids;
}

/** A sync whose client records every event id it sends, and can be told to fail. */
function testSync(alerts: SyncAlert[], failNext = { count: 0 }, env: Record<string, string> = {}) {
  const config = syncConfigFromEnv({
    DAWR_CENTRAL_URL: central.url,
    DAWR_CENTRAL_TOKEN: central.tokens.hubA,
    DAWR_CENTRE_ID: 'centre-a',
    DAWR_SYNC_BATCH: '10',
    ...env,
  });
  const sync = createSync(hub.hub, config, quietLog, (a) => alerts.push(a));
  const sent: string[] = [];
  const real = sync.client!;
  const recording: CentralClient = {
    ...real,
    sendBatch: async (events, signal) => {
      if (failNext.count > 0) {
        failNext.count--;
        return { kind: 'retry', error: 'central unreachable: test' };
      }
      sent.push(...events.map((e) => e.id));
      return real.sendBatch(events, signal);
    },
  };
  (sync.worker as unknown as { opts: { client: CentralClient } }).opts.client = recording;
  return { sync, sent };
}

async function drain(sync: RunningSync): Promise<number> {
  let steps = 0;
  while ((await sync.worker!.step()) !== 'idle') steps++;
  return steps;
}

describe('sync worker', () => {
  it('sends the outbox in order in batches and never sends an acknowledged event again', async () => {
    await serve(6);
    const alerts: SyncAlert[] = [];
    const { sync, sent } = testSync(alerts);
    const backlog = sync.health().backlog;
    expect(backlog).toBeGreaterThanOrEqual(24);
    expect(await drain(sync)).toBe(Math.ceil(backlog / 10));
    const h = sync.health();
    expect(h).toMatchObject({ backlog: 0, oldestUnsentAt: null, lastError: null, deadLetterCount: 0 });
    expect(h.totals.duplicate).toBe(0);
    expect(h.totals.accepted).toBe(sent.length);
    expect(new Set(sent).size).toBe(sent.length);
    // More traffic, drained by a second worker (as after a restart): only the new events go out.
    await serve(2);
    const again = testSync(alerts);
    await drain(again.sync);
    expect(again.sent.length).toBe(8);
    expect(again.sent.filter((id) => sent.includes(id))).toEqual([]);
    expect(again.sync.health().totals.duplicate).toBe(0);
    expect(alerts).toEqual([]);
  });

  it('keeps the batch after a failure, records the error, and delivers it on the retry', async () => {
    await serve(1);
    const failNext = { count: 2 };
    const { sync, sent } = testSync([], failNext);
    expect(await sync.worker!.step()).toBe('failed');
    expect(await sync.worker!.step()).toBe('failed');
    const failing = sync.health();
    expect(failing.backlog).toBe(4);
    expect(failing.failures).toBe(2);
    expect(failing.lastError).toMatch(/unreachable/);
    expect(failing.oldestUnsentAt).not.toBeNull();
    expect(await sync.worker!.step()).toBe('sent');
    expect(sync.health()).toMatchObject({ backlog: 0, failures: 0, lastError: null });
    expect(sent.length).toBe(4);
  });

  it('dead-letters events central rejects, with an alert, without blocking the rest', async () => {
    const [bad, good] = await serve(2);
    // A hash central cannot accept (e.g. written by an older hub): every event of that visit is invalid.
    hub.hub.db
      .prepare(`UPDATE visits SET doc = json_set(doc, '$.customer.idHash', 'not-a-hash') WHERE id = ?`)
      .run(bad);
    const alerts: SyncAlert[] = [];
    const { sync } = testSync(alerts);
    await drain(sync);
    const h = sync.health();
    expect(h.backlog).toBe(0);
    expect(h.deadLetterCount).toBe(4);
    expect(h.deadLetters.every((d) => d.visitId === bad && d.code === 'invalid_data')).toBe(true);
    expect(alerts.filter((a) => a.kind === 'dead_letter')).toHaveLength(4);
    const stored = await central.store.findCustomer({
      idHash: (
        JSON.parse(
          (hub.hub.db.prepare('SELECT doc FROM visits WHERE id = ?').get(good) as { doc: string }).doc,
        ) as { customer: { idHash: string } }
      ).customer.idHash,
    });
    expect(stored).not.toBeNull();
    const metrics = await (await fetch(`${hub.url}/metrics`)).text();
    expect(metrics).toMatch(/dawr_sync_backlog_events \d+/);
  });

  it('clears identity from visits past retention once they are synced, not before', async () => {
    const [synced] = await serve(1);
    const [pending] = await serve(1);
    const { sync } = testSync([]);
    // Sync only the first visit's events (4 rows) and leave the second in the outbox.
    (sync.worker as unknown as { batchSize: number }).batchSize = 4;
    await sync.worker!.step();
    const customerOf = (id: string) =>
      (
        JSON.parse(
          (hub.hub.db.prepare('SELECT doc FROM visits WHERE id = ?').get(id) as { doc: string }).doc,
        ) as {
          customer: unknown;
        }
      ).customer;
    const later = hub.hub.clock.now() + 91 * 86_400_000;
    expect(
      clearExpiredIdentity(hub.hub.db, { now: hub.hub.clock.now(), retentionDays: 90, waitForSync: true }),
    ).toBe(0);
    expect(
      clearExpiredIdentity(hub.hub.db, { now: later, retentionDays: 90, waitForSync: true }),
    ).toBeGreaterThan(0);
    expect(customerOf(synced!)).toBeNull();
    expect(customerOf(pending!)).not.toBeNull();
    const issued = hub.hub.db
      .prepare(`SELECT data FROM visit_events WHERE visit_id = ? AND type = 'visit.issued'`)
      .get(synced) as { data: string };
    expect(JSON.parse(issued.data)).not.toHaveProperty('customer');
    await drain(sync);
  });

  it('sends several batches at once, never one visit in two, and keeps the acknowledged ones when one fails', async () => {
    const visits = await serve(8);
    const { sync } = testSync([], { count: 0 }, { DAWR_SYNC_IN_FLIGHT: '3' });
    const worker = sync.worker!;
    // A client that holds every batch until the test lets it through (or fails it).
    const real = (worker as unknown as { opts: { client: CentralClient } }).opts.client;
    const held: { events: readonly HubCloudEvent[]; go: (fail: boolean) => void; done: boolean }[] = [];
    (worker as unknown as { opts: { client: CentralClient } }).opts.client = {
      ...real,
      sendBatch: (events, signal) =>
        new Promise((resolve) => {
          const entry = {
            events,
            done: false,
            go: (fail: boolean) => {
              entry.done = true;
              if (fail) resolve({ kind: 'retry', error: 'central unreachable: test' });
              else void real.sendBatch(events, signal).then(resolve);
            },
          };
          held.push(entry);
        }),
    };
    const subjects = (events: readonly HubCloudEvent[]) => new Set(events.map((e) => e.subject));
    let settled = false;
    const first = worker.pump().finally(() => (settled = true));
    // Three batches went out together, and no visit is in two of them.
    expect(held).toHaveLength(3);
    const [a, b, c] = held.map((h) => subjects(h.events));
    for (const [x, y] of [
      [a!, b!],
      [a!, c!],
      [b!, c!],
    ] as const)
      expect([...x].filter((v) => y.has(v))).toEqual([]);
    // Acknowledged out of order; the second one fails; whatever started meanwhile goes through.
    held[2]!.go(false);
    held[1]!.go(true);
    held[0]!.go(false);
    while (!settled) {
      const next = held.find((h) => !h.done);
      if (next) next.go(false);
      await new Promise((r) => setImmediate(r));
    }
    expect(await first).toBe('failed');
    const failedSeqs = held[1]!.events.map((e) => e.dawrseq);
    const waiting = (
      hub.hub.db.prepare('SELECT seq FROM outbox ORDER BY seq').all() as { seq: number }[]
    ).map((r) => r.seq);
    for (const seq of failedSeqs) expect(waiting).toContain(seq);
    // The acknowledged prefix stops before the failed batch, though later batches were acknowledged.
    const { last_acked_seq } = hub.hub.db.prepare('SELECT last_acked_seq FROM sync_state').get() as {
      last_acked_seq: number;
    };
    expect(last_acked_seq).toBeLessThan(Math.min(...failedSeqs));
    expect(sync.health().failures).toBe(1);

    (worker as unknown as { opts: { client: CentralClient } }).opts.client = real;
    while ((await worker.pump()) !== 'idle');
    expect(sync.health()).toMatchObject({ backlog: 0, failures: 0 });
    // Central holds each event once, and each visit's events arrived in the hub's order.
    const stored = (await centralEvents({ url: `sqlite:${join(centralDir, 'central.db')}` })).filter((e) =>
      visits.includes(e.subject),
    );
    expect(stored).toHaveLength(visits.length * 4);
    expect(new Set(stored.map((e) => e.id)).size).toBe(stored.length);
    for (const visit of visits) {
      const mine = stored.filter((e) => e.subject === visit);
      const byArrival = [...mine].sort((x, y) => x.arrival! - y.arrival!).map((e) => e.seq);
      expect(byArrival).toEqual([...byArrival].sort((x, y) => x - y));
    }
  });

  it('refuses a bad configuration with a clear message', () => {
    expect(() => syncConfigFromEnv({ DAWR_CENTRAL_URL: 'http://127.0.0.1:1' })).toThrow(/DAWR_CENTRAL_TOKEN/);
    expect(() =>
      syncConfigFromEnv({ DAWR_CENTRAL_URL: 'not a url', DAWR_CENTRAL_TOKEN: 'x'.repeat(20) }),
    ).toThrow(/DAWR_CENTRAL_URL/);
    expect(syncConfigFromEnv({}).central).toBeUndefined();
    expect(syncConfigFromEnv({}).inFlight).toBe(4);
    expect(() => syncConfigFromEnv({ DAWR_SYNC_IN_FLIGHT: '0' })).toThrow(/DAWR_SYNC_IN_FLIGHT/);
  });
});
