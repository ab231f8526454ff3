/**
 * Hub benchmarks (issue #2): call-next inside the engine, the raw durable commit rate of this
 * machine, and end-to-end issue/call over socket.io with 50 kiosks and 20 counters.
 */
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import type { Catalogue, CallingRule } from '../shared/contract/catalogue.js';
import { OPERATIONS } from '../shared/contract/operations.js';
import { decide } from '../shared/domain/engine.js';
import { applyChange, createState, type CentreState } from '../shared/domain/state.js';
import type { Context } from '../shared/domain/commands.js';
import type { Visit } from '../shared/contract/visit.js';
import { openDatabase } from '../main/hub/core/store/database.js';
import { WAL_LIMIT_BYTES } from '../main/sqlite/checkpointer.js';
import { seedIfEmpty } from '../main/hub/core/seed.js';
import { DEMO_CATALOGUE } from '../main/demo/catalogue.js';
import { line, ms, summarise } from './stats.js';
import { spawnReady } from './support/spawn-ready.js';
import { LeanSocket } from './support/lean-socket.js';
import { parseBuckets, quantileBound } from '../main/hub/core/latency-histogram.js';
import { HUB_MIGRATIONS } from '../main/hub/modules.js';

const QUEUES = 50;
const LOOP_SAMPLE_MS = 5;
const COUNTERS = 20;

export function benchCatalogue(): Catalogue {
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const queues = Array.from({ length: QUEUES }, (_, i) => ({
    id: `q${i}`,
    name: { ar: `طابور ${i}`, en: `Queue ${i}` },
    prefix: i < 26 ? letters[i]! : `${letters[Math.floor(i / 26) - 1]}${letters[i % 26]}`,
    open: true,
  }));
  const services = queues.map((q, i) => ({
    ...DEMO_CATALOGUE.services[i % DEMO_CATALOGUE.services.length]!,
    id: `svc${i}`,
    queueId: q.id,
  }));
  const profiles = Array.from({ length: 5 }, (_, p) => {
    const group = queues.filter((_, i) => i % 5 === p).map((q) => q.id);
    const rules: CallingRule[] = [
      { kind: 'appointmentsDue', queueIds: group, withinMinutes: 10 },
      { kind: 'queuesInOrder', queueIds: group.slice(0, 3) },
      { kind: 'longestWaiting', queueIds: group },
      { kind: 'longestWaitingAll' },
    ];
    return { id: `wp${p}`, name: { ar: `ملف ${p}`, en: `Profile ${p}` }, rules };
  });
  const counters = Array.from({ length: COUNTERS }, (_, i) => ({
    id: `k${i}`,
    label: String(i + 1),
    name: { ar: `كاونتر ${i + 1}`, en: `Counter ${i + 1}` },
    workProfileId: `wp${i % 5}`,
  }));
  // Open all day every day with no last-ticket cut-off: the bench measures the hub, and must give
  // the same figures whatever the hour it is run at (after closing, walk-in tickets are refused).
  const centre = {
    ...DEMO_CATALOGUE.centre,
    openingHours: Array.from({ length: 7 }, () => ({ open: '00:00', close: '00:00' })),
    lastTicketMinutesBeforeClose: 0,
    closedDates: [],
  };
  return { ...DEMO_CATALOGUE, centre, queues, services, workProfiles: profiles, counters };
}

function benchEngine(): void {
  const catalogue = benchCatalogue();
  const staff = new Map(catalogue.counters.map((_, i) => [`s${i}`, undefined]));
  const state: CentreState = createState({ catalogue, staffProfiles: staff });
  let now = Date.UTC(2026, 10, 23, 6, 0, 0);
  const ctx = (staffId: string): Context => ({
    now,
    actor: { kind: 'staff', staffId },
    newId: randomUUID,
    newToken: randomUUID,
  });
  const run = (staffId: string, name: Parameters<typeof decide>[2], input: unknown) => {
    const d = decide(state, ctx(staffId), name, input as never);
    applyChange(state, d.change);
    return d.result;
  };
  const issue = (i: number) =>
    run('s0', 'issueTicket', {
      ...OPERATIONS.issueTicket.input.parse({
        serviceId: `svc${i % QUEUES}`,
        idempotencyKey: `bench-key-${i}`,
        priority: i % 10 === 0 ? 'senior' : null,
      }),
      customer: null,
    });
  let issued = 0;
  for (; issued < 10_000; issued++) {
    now += 10;
    issue(issued);
  }
  catalogue.counters.forEach((c, i) => run(`s${i}`, 'openCounter', { counterId: c.id }));
  const samples: number[] = [];
  const ITER = 20_000;
  for (let i = 0; i < ITER; i++) {
    const k = i % COUNTERS;
    now += 50;
    const t0 = process.hrtime.bigint();
    const v = run(`s${k}`, 'callNext', { counterId: `k${k}` }) as Visit | null;
    samples.push(Number(process.hrtime.bigint() - t0) / 1e6);
    if (!v) throw new Error('bench: nobody waiting');
    // Serve and replace it, so 10,000 stay waiting.
    run(`s${k}`, 'startServing', { counterId: `k${k}`, visitId: v.id });
    run(`s${k}`, 'complete', {
      counterId: `k${k}`,
      visitId: v.id,
      services: [{ serviceId: v.serviceIds[0], outcome: 'done', notes: '' }],
    });
    issue(issued++);
  }
  const s = summarise(samples);
  console.log(
    `\nEngine call-next, 10,000 waiting across ${QUEUES} queues, ${COUNTERS} counters, ${ITER} calls:`,
  );
  line('call-next p50', ms(s.p50));
  line('call-next p99', ms(s.p99), '< 1 ms', s.p99 < 1);
}

function benchRawCommits(): number {
  const dir = mkdtempSync(join(tmpdir(), 'dawr-bench-raw-'));
  const db = new Database(join(dir, 'raw.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)');
  const ins = db.prepare('INSERT INTO t (v) VALUES (?)');
  const one = db.transaction((v: string) => ins.run(v));
  const t0 = performance.now();
  const each: number[] = [];
  while (performance.now() - t0 < 2000) {
    const c0 = performance.now();
    one('x'.repeat(200));
    each.push(performance.now() - c0);
  }
  const rate = each.length / ((performance.now() - t0) / 1000);
  db.close();
  rmSync(dir, { recursive: true, force: true });
  const lat = summarise(each);
  console.log('\nRaw durable commits (better-sqlite3, WAL, synchronous=FULL, one row per transaction):');
  line('commits per second', rate.toFixed(0));
  // The floor under every acknowledgement: no hub can acknowledge a durable write faster than this.
  line('one commit p50 / p99 / max', `${ms(lat.p50)} / ${ms(lat.p99)} / ${ms(lat.max)}`);
  return rate;
}

async function benchEndToEnd(rawRate: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'dawr-bench-e2e-'));
  const kioskKey = randomUUID();
  const catalogue = benchCatalogue();
  const db = openDatabase(join(dir, 'hub.sqlite'), { migrations: HUB_MIGRATIONS });
  seedIfEmpty(
    db,
    {
      catalogue,
      staff: catalogue.counters.map((_, i) => ({
        id: `s${i}`,
        username: `bench${i}`,
        displayName: `Bench ${i}`,
        roles: ['agent' as const],
        pin: '123456',
      })),
      devices: [{ id: 'kiosk-bench', role: 'kiosk', name: 'bench', key: kioskKey }],
    },
    Date.now(),
  );
  db.close();
  // DAWR_BENCH_PROFILE=dir writes a CPU profile of the hub process there.
  const profile = process.env.DAWR_BENCH_PROFILE
    ? ['--cpu-prof', `--cpu-prof-dir=${process.env.DAWR_BENCH_PROFILE}`]
    : [];
  const server = await spawnReady(
    'main/hub/cli.ts',
    // The saturation phase sends ~80 events/s on each of 50 kiosk sockets: the per-socket limit is off.
    { DAWR_DATA_DIR: dir, DAWR_PORT: '0', DAWR_LOG_LEVEL: 'error', DAWR_SOCKET_EVENTS_PER_SECOND: '0' },
    profile,
  );
  const url = server.url;
  try {
    const kiosks = await Promise.all(
      Array.from({ length: 50 }, () => LeanSocket.connect(url, '/kiosk', { deviceKey: kioskKey })),
    );
    const counters: LeanSocket[] = [];
    for (let i = 0; i < COUNTERS; i++) {
      const r = await fetch(`${url}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: `bench${i}`, pin: '123456' }),
      });
      const { token } = (await r.json()) as { token: string };
      const s = await LeanSocket.connect(url, '/counter', { token });
      await s.emitWithAck('openCounter', { counterId: `k${i}` });
      counters.push(s);
    }
    let seq = 0;
    const phase = async (
      label: string,
      durationMs: number,
      pace: { kioskMs: number; counterMs: number } | null,
    ) => {
      const issueLat: number[] = [];
      const callLat: number[] = [];
      const end = performance.now() + durationMs;
      const sleepUntil = (t: number) => new Promise((r) => setTimeout(r, Math.max(0, t - performance.now())));
      const kioskLoops = kiosks.map(async (k, ki) => {
        // Paced clients start spread out, as real kiosks would be.
        let next = performance.now() + (pace ? (pace.kioskMs * ki) / kiosks.length : 0);
        while (performance.now() < end) {
          if (pace) await sleepUntil(next);
          next += pace?.kioskMs ?? 0;
          const t0 = performance.now();
          const r = (await k.emitWithAck('issueTicket', {
            serviceId: `svc${seq % QUEUES}`,
            idempotencyKey: `e2e-key-${seq++}`,
          })) as { ok: boolean; error?: { code: string; message: string } };
          if (!r.ok) throw new Error(`issue refused: ${r.error?.code} ${r.error?.message}`);
          issueLat.push(performance.now() - t0);
        }
      });
      const counterLoops = counters.map(async (s, i) => {
        let next = performance.now() + (pace ? (pace.counterMs * i) / counters.length : 0);
        while (performance.now() < end) {
          if (pace) await sleepUntil(next);
          next += pace?.counterMs ?? 0;
          const t0 = performance.now();
          const r = (await s.emitWithAck('callNext', { counterId: `k${i}` })) as {
            ok: boolean;
            data: Visit | null;
          };
          callLat.push(performance.now() - t0);
          if (!r.ok || !r.data) continue;
          await s.emitWithAck('startServing', { counterId: `k${i}`, visitId: r.data.id });
          await s.emitWithAck('complete', {
            counterId: `k${i}`,
            visitId: r.data.id,
            services: [{ serviceId: r.data.serviceIds[0], outcome: 'done' }],
          });
        }
      });
      const before = await (await fetch(`${url}/metrics`)).text();
      // The WAL under this load: checkpoints that truncate keep it near WAL_LIMIT_BYTES (issue #13).
      const walFile = join(dir, 'hub.sqlite-wal');
      const walSize = () => (existsSync(walFile) ? statSync(walFile).size : 0);
      let walMax = walSize();
      const walSampler = setInterval(() => (walMax = Math.max(walMax, walSize())), 20);
      // The load generator's own stalls add to every latency it measures: report them too.
      const clientLoop = monitorEventLoopDelay({ resolution: LOOP_SAMPLE_MS });
      clientLoop.enable();
      await Promise.all([...kioskLoops, ...counterLoops]);
      clientLoop.disable();
      clearInterval(walSampler);
      const walAtEnd = walSize();
      const after = await (await fetch(`${url}/metrics`)).text();
      const metric = (text: string, name: string) =>
        Number(new RegExp(`^${name} (\\d+)`, 'm').exec(text)?.[1] ?? NaN);
      const delta = (name: string) => metric(after, name) - metric(before, name);
      const perBatch = delta('dawr_requests_total') / delta('dawr_commit_batches_total');
      const perFsync = delta('dawr_requests_total') / delta('dawr_commit_transactions_total');
      const is = summarise(issueLat);
      const cs = summarise(callLat);
      console.log(`\n${label}`);
      line('tickets issued per second', (is.n / (durationMs / 1000)).toFixed(0));
      line('call-next acks per second', (cs.n / (durationMs / 1000)).toFixed(0));
      line(
        'requests per decided batch / per fsync (mean)',
        `${perBatch.toFixed(1)} / ${perFsync.toFixed(1)}`,
      );
      // The histogram holds whole sampling intervals; the stall is what exceeds the interval.
      const clientStall = Math.max(0, clientLoop.percentile(99) / 1e6 - LOOP_SAMPLE_MS);
      line('load generator event-loop stall p99 (ms)', clientStall.toFixed(3));
      const hubBefore = parseBuckets(before, 'dawr_ack_latency_ms');
      const hubAfter = parseBuckets(after, 'dawr_ack_latency_ms');
      line(
        'in the hub (arrival to ack): p50 / p99 at most (ms)',
        `${quantileBound(hubBefore, hubAfter, 0.5)} / ${quantileBound(hubBefore, hubAfter, 0.99)}`,
      );
      const mb = (b: number) => (b / 1024 / 1024).toFixed(1);
      line(
        'WAL size: largest / at the end (MB)',
        `${mb(Math.max(walMax, walAtEnd))} / ${mb(walAtEnd)}`,
        // Before issue #13 it grew to the 64 MB backstop and stayed there.
        `largest ≤ 4 × the ${mb(WAL_LIMIT_BYTES)} MB limit`,
        Math.max(walMax, walAtEnd) <= 4 * WAL_LIMIT_BYTES,
      );
      return { is, cs, issueRate: is.n / (durationMs / 1000) };
    };

    // Two paced loads: a busy centre's peak (each kiosk every second, each counter every 2 s),
    // and ten times that. A real centre's whole day is far below either.
    for (const [label, pace] of [
      [
        'busy-centre peak: each kiosk issues every 1 s (50/s), each counter calls every 2 s (10/s)',
        { kioskMs: 1000, counterMs: 2000 },
      ],
      [
        '10x a busy centre: each kiosk issues every 100 ms (500/s), each counter calls every 100 ms (200/s)',
        { kioskMs: 100, counterMs: 100 },
      ],
    ] as const) {
      const paced = await phase(`End to end, paced load, ${label}, 5 s:`, 5000, pace);
      line(
        'issue ack p50 / p99',
        `${ms(paced.is.p50)} / ${ms(paced.is.p99)}`,
        'p99 < 10 ms',
        paced.is.p99 < 10,
      );
      line(
        'call-next ack p50 / p99',
        `${ms(paced.cs.p50)} / ${ms(paced.cs.p99)}`,
        'p99 < 10 ms',
        paced.cs.p99 < 10,
      );
    }
    const metricsText = await (await fetch(`${url}/metrics`)).text();
    const loopDelay = (q: string) =>
      Number(new RegExp(`dawr_event_loop_delay_ms\\{quantile="${q}"\\} ([\\d.]+)`).exec(metricsText)?.[1]);
    line('hub event-loop delay p99 / max (ms, since start)', `${loopDelay('0.99')} / ${loopDelay('1')}`);
    // DAWR_BENCH_PACED_ONLY=1 stops after the paced phase (for profiling its tail).
    if (!process.env.DAWR_BENCH_PACED_ONLY) {
      const saturated = await phase(
        'End to end, saturation: 50 kiosks and 20 counters each sending as fast as acks return, 5 s (hub in its own process):',
        5000,
        null,
      );
      line(
        'issue ack p50 / p99 (queueing at saturation)',
        `${ms(saturated.is.p50)} / ${ms(saturated.is.p99)}`,
      );
      const ratio = saturated.issueRate / rawRate;
      line('issue throughput / raw durable commit rate', ratio.toFixed(2), '≥ 0.5, aim > 1.0', ratio >= 0.5);
    }
    [...kiosks, ...counters].forEach((s) => s.close());
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function runHubBench(): Promise<void> {
  console.log('== Hub (issue #2)');
  benchEngine();
  const raw = benchRawCommits();
  await benchEndToEnd(raw);
}

if (import.meta.url === `file://${process.argv[1]}`) await runHubBench();
