/**
 * Exactly-once at central under faults, with real processes on loopback: central SIGKILLed and
 * restarted mid-sync, the hub↔central link delayed, cut, reset and black-holed through a
 * fault-injecting proxy, and the hub SIGKILLed mid-sync. Afterwards central holds every hub
 * event exactly once and each visit's events in the hub's order, with several batches in flight at
 * once (a reset or a timeout hits more than one of them). Runs on SQLite, and on
 * PostgreSQL when DAWR_TEST_PG_URL is set.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { storeVariants } from '../central/helpers.js';
import { startFaultProxy, type FaultProxy } from '../support/fault-proxy.js';
import {
  centralEvents,
  credential,
  emiratesId,
  health,
  hubEvents,
  serveVisits,
  startCentralProcess,
  startHubProcess,
  trafficCredentials,
  waitUntil,
  type Proc,
} from './processes.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const variants = storeVariants();
const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
  for (const v of variants) await v.cleanup();
});

describe.each(variants.map((v) => [v.name, v] as const))('sync exactly-once (%s)', (_name, variant) => {
  it('delivers every event once, in per-visit order, through central restarts, link faults and a hub SIGKILL', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'dawr-sync-hub-'));
    const db =
      variant.name === 'sqlite' ? { url: `sqlite:${join(dataDir, 'central.db')}` } : variant.freshDatabase();
    const hubCred = credential('hub-centre-a', 'hub', 'urn:dawr:hub:centre-a');
    let central: Proc = await startCentralProcess(db, [hubCred]);
    const proxy: FaultProxy = await startFaultProxy(central.port);
    const hubEnv = { centralUrl: proxy.url, token: hubCred.token, centreId: 'centre-a' };
    let hub: Proc = await startHubProcess(dataDir, hubEnv);
    cleanups.push(
      () => central.kill(),
      () => hub.kill(),
      () => proxy.close(),
      () => rmSync(dataDir, { recursive: true, force: true }),
    );
    let creds = await trafficCredentials(hub, dataDir);
    let visits = 0;
    const identity = (i: number) =>
      i % 5 === 4
        ? null
        : i % 5 === 3
          ? { kind: 'mobile' as const, value: `05012${String(i).padStart(5, '0')}` }
          : { kind: 'emiratesId' as const, value: emiratesId(i) };

    // 1. Central SIGKILLed mid-sync and restarted on another port behind the proxy.
    visits += (await serveVisits(hub, creds, 30, 'a', identity)).length;
    await waitUntil('a first acknowledged batch', async () =>
      (await health(hub, creds.managerToken)).totals.accepted > 0 ? true : undefined,
    );
    await central.kill();
    visits += (await serveVisits(hub, creds, 10, 'b', identity)).length;
    const whileDown = await health(hub, creds.managerToken);
    expect(whileDown.backlog).toBeGreaterThan(0);
    expect(whileDown.lastError).toMatch(/unreachable|answered/);
    central = await startCentralProcess(db, [hubCred]);
    proxy.setTarget(central.port);

    // 2. A slow link, then a cut link, then resets while batches are in flight, then a black hole (timeouts).
    proxy.setDelay(150);
    visits += (await serveVisits(hub, creds, 10, 'c', identity)).length;
    await sleep(400);
    proxy.setMode('cut');
    visits += (await serveVisits(hub, creds, 10, 'd', identity)).length;
    proxy.setDelay(0);
    proxy.setMode('pass');
    for (let i = 0; i < 5; i++) {
      visits += (await serveVisits(hub, creds, 3, `e${i}`, identity)).length;
      proxy.resetAll();
      await sleep(30);
    }
    proxy.setMode('blackhole');
    visits += (await serveVisits(hub, creds, 5, 'f', identity)).length;
    await sleep(1800); // longer than DAWR_SYNC_TIMEOUT_MS: the batch in flight times out
    proxy.resetAll();
    proxy.setMode('pass');

    // 3. The hub SIGKILLed with a backlog and a batch in flight, then restarted on the same data.
    proxy.setDelay(100);
    visits += (await serveVisits(hub, creds, 20, 'g', identity)).length;
    await sleep(150);
    await hub.kill();
    proxy.setDelay(0);
    hub = await startHubProcess(dataDir, hubEnv);
    creds = await trafficCredentials(hub, dataDir);
    visits += (await serveVisits(hub, creds, 5, 'h', identity)).length;

    const drained = await waitUntil('the backlog to drain', async () => {
      const h = await health(hub, creds.managerToken);
      return h.backlog === 0 ? h : undefined;
    });
    expect(drained.deadLetterCount).toBe(0);
    // The backlogs above went out as several batches at once (DAWR_SYNC_IN_FLIGHT=3 in processes.ts).
    expect(proxy.mostRequestsAtOnce).toBeGreaterThanOrEqual(2);

    const sent = hubEvents(dataDir);
    const stored = (await centralEvents(db)).filter((e) => e.source === 'urn:dawr:hub:centre-a');
    expect(sent.length).toBe(visits * 4);
    // Exactly once: the same ids, no more, no fewer (the (source, id) key makes a second copy impossible,
    // so the count check is what catches a lost event).
    expect(stored.length).toBe(sent.length);
    expect(new Set(stored.map((e) => e.id))).toEqual(new Set(sent.map((e) => e.id)));
    // Per-visit order: each visit's events carry the hub's sequence, and (SQLite) arrived in that order.
    const hubOrder = new Map<string, string[]>();
    for (const e of sent) hubOrder.set(e.visitId, [...(hubOrder.get(e.visitId) ?? []), e.id]);
    const bySubject = new Map<string, typeof stored>();
    for (const e of stored) bySubject.set(e.subject, [...(bySubject.get(e.subject) ?? []), e]);
    for (const [visitId, ids] of hubOrder) {
      const events = bySubject.get(visitId) ?? [];
      expect([...events].sort((a, b) => a.seq - b.seq).map((e) => e.id)).toEqual(ids);
      if (variant.name === 'sqlite')
        expect([...events].sort((a, b) => a.arrival! - b.arrival!).map((e) => e.id)).toEqual(ids);
    }
    console.log(
      `sync exactly-once (${variant.name}): ${sent.length} events, ${drained.totals.duplicate} resent and recognised as duplicates, ${proxy.connections} proxied connections, at most ${proxy.mostRequestsAtOnce} at once`,
    );
  }, 120_000);
});
