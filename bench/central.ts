// Drains a backlog of visit events from one hub into central over HTTP (issue 7 benchmark).
// Run: npx tsx bench/central.ts [events] [batchSize]; PostgreSQL too when DAWR_TEST_PG_URL is set.
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { hashIdentifier } from '../main/common/identity-hash.js';
import { createCentralServer } from '../main/central/server.js';
import { hashToken } from '../main/central/sources.js';
import { openCentralStore } from '../main/central/store/open.js';
import type { CentralStore } from '../main/central/store/types.js';

const TOTAL = Number(process.argv[2] ?? 100_000);
const BATCH = Number(process.argv[3] ?? 500);
const HASH_KEY = randomBytes(32);
const SOURCE = 'urn:dawr:hub:bench-centre';
// A visit's life as the hub's outbox records it: issued → called → serving → completed → feedback,
// with one transfer in five: about six events per visit, as the estimate assumes.
const STEPS = ['issued', 'called', 'serving_started', 'completed'] as const;

function visitEvents(visit: number, seqStart: number): Record<string, unknown>[] {
  const customer =
    visit % 10 === 0
      ? undefined // walk-ins who gave no identifier
      : {
          idHash: hashIdentifier(
            HASH_KEY,
            'eid',
            `784-19${String(50 + (visit % 50)).padStart(2, '0')}-${String(visit % 5_000_000).padStart(7, '0')}-1`,
          ),
          ...(visit % 3 === 0
            ? {
                mobileHash: hashIdentifier(
                  HASH_KEY,
                  'mobile',
                  `05${String(visit % 100_000_000).padStart(8, '0')}`,
                ),
              }
            : {}),
        };
  const base = Date.UTC(2026, 0, 1, 5, 0) + visit * 20_000;
  const steps: string[] = [...STEPS];
  if (visit % 5 === 0) steps.splice(3, 0, 'transferred');
  let seq = seqStart;
  const events = steps.map((step, i) => ({
    specversion: '1.0',
    id: randomUUID(),
    source: SOURCE,
    type: `ae.gov.dawr.visit.${step}`,
    time: new Date(base + i * 240_000).toISOString(),
    datacontenttype: 'application/json',
    dawrseq: seq++,
    data: {
      visitId: `v-${visit}`,
      centreId: 'bench-centre',
      ticket: `A${String(visit % 1000).padStart(3, '0')}`,
      agencyId: 'rta',
      serviceId: 'licence-renewal',
      channel: 'kiosk',
      ...(customer ? { customer } : {}),
      staffId: `staff-${visit % 40}`,
      counterId: `c-${visit % 20}`,
      ...(step === 'transferred' ? { toServiceId: 'eye-test' } : {}),
      ...(step === 'completed' ? { outcome: 'served' } : {}),
      occurredAt: new Date(base + i * 240_000).toISOString(),
    },
  }));
  events.push({
    specversion: '1.0',
    id: randomUUID(),
    source: SOURCE,
    type: 'ae.gov.dawr.feedback.given',
    time: new Date(base + 1_500_000).toISOString(),
    datacontenttype: 'application/json',
    dawrseq: seq++,
    data: {
      visitId: `v-${visit}`,
      rating: 1 + (visit % 5),
      occurredAt: new Date(base + 1_500_000).toISOString(),
    } as never,
  });
  return events;
}

function backlog(total: number): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (let visit = 0; out.length < total; visit++) out.push(...visitEvents(visit, out.length + 1));
  return out.slice(0, total);
}

async function drain(label: string, store: CentralStore, events: Record<string, unknown>[]): Promise<number> {
  const token = randomBytes(24).toString('base64url');
  const app = createCentralServer({
    store,
    sources: [
      { id: 'bench-hub', kind: 'hub', tokenSha256: hashToken(token), eventSources: [SOURCE], canRead: true },
    ],
  });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  // Serialise batches up front: the hub's sender would have them ready in its outbox.
  const bodies: string[] = [];
  for (let i = 0; i < events.length; i += BATCH) bodies.push(JSON.stringify(events.slice(i, i + BATCH)));
  const latencies: number[] = [];
  const started = performance.now();
  let accepted = 0;
  // One batch in flight at a time, as a hub draining its outbox in order does.
  for (const body of bodies) {
    const t = performance.now();
    const res = await fetch(`${url}/api/v1/events:batch`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/cloudevents-batch+json' },
      body,
    });
    const reply = (await res.json()) as {
      accepted: number;
      rejected: number;
      results: Array<{ code?: string; message?: string }>;
    };
    if (res.status !== 200 || reply.rejected > 0) {
      throw new Error(
        `${label}: batch failed ${res.status} ${JSON.stringify(reply.results?.find((r) => r.code) ?? reply)}`,
      );
    }
    accepted += reply.accepted;
    latencies.push(performance.now() - t);
  }
  const seconds = (performance.now() - started) / 1000;
  await app.close();
  latencies.sort((a, b) => a - b);
  const rate = accepted / seconds;
  const pct = (p: number): string =>
    latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))]!.toFixed(1);
  console.log(
    `${label.padEnd(10)} ${accepted} events in ${seconds.toFixed(2)} s = ${Math.round(rate)} events/s; ` +
      `batch of ${BATCH}: p50 ${pct(0.5)} ms, p99 ${pct(0.99)} ms`,
  );
  return rate;
}

async function main(): Promise<void> {
  const events = backlog(TOTAL);
  const dayOutage = 1500 * 6;
  console.log(
    `central ingest bench: ${TOTAL} visit events from one hub, ${BATCH} per batch, one batch in flight, fetch over 127.0.0.1`,
  );
  const dir = mkdtempSync(join(tmpdir(), 'dawr-central-bench-'));
  try {
    const sqlite = await openCentralStore(`sqlite:${join(dir, 'central.db')}`);
    const rate = await drain('sqlite', sqlite, events);
    await sqlite.close();
    console.log(
      `  a day-long outage of a busy centre (${dayOutage} events) drains in ~${(dayOutage / rate).toFixed(2)} s; target >= 10000/s: ${rate >= 10_000 ? 'met' : 'NOT met'}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const pgUrl = process.env.DAWR_TEST_PG_URL;
  if (!pgUrl) {
    console.log('postgres   skipped: set DAWR_TEST_PG_URL (eval "$(bash scripts/postgres-for-tests.sh)")');
    return;
  }
  const schema = `bench_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  const store = await openCentralStore(pgUrl, { schema });
  try {
    const rate = await drain('postgres', store, events);
    console.log(
      `  a day-long outage of a busy centre (${dayOutage} events) drains in ~${(dayOutage / rate).toFixed(2)} s`,
    );
  } finally {
    await store.close();
    const client = new pg.Client({ connectionString: pgUrl });
    await client.connect();
    await client.query(`DROP SCHEMA ${schema} CASCADE`);
    await client.end();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
