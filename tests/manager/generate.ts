/**
 * Generated visits with known outcomes, as the event log would record them, plus ground truth per
 * visit (so tests can check figures without going through any report code). Deterministic per seed.
 */
import type { Catalogue } from '../../shared/contract/catalogue.js';
import type { ReportEvent } from '../../shared/domain/reports.js';
import type { Db } from '../../main/hub/core/store/database.js';

export interface GeneratedVisit {
  visitId: string;
  serviceId: string;
  agencyId: string;
  channel: string;
  issuedAt: number;
  outcome: 'served' | 'no_show' | 'abandoned' | 'removed';
  waitMs: number | null;
  transactionMs: number | null;
  transfers: number;
  counterId: string | null;
  staffId: string | null;
}

/** Small, fast, seedable PRNG (mulberry32). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CHANNELS = ['kiosk', 'kiosk', 'kiosk', 'appointment', 'floor', 'remote'];

export function generateVisits(
  catalogue: Catalogue,
  opts: { seed: number; count: number; from: number; days: number },
): { visits: GeneratedVisit[]; events: ReportEvent[] } {
  const rnd = prng(opts.seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const visits: GeneratedVisit[] = [];
  const events: ReportEvent[] = [];
  const system = { kind: 'system' };
  for (let i = 0; i < opts.count; i++) {
    const service = pick(catalogue.services);
    const counter = pick(catalogue.counters);
    const staffId = `s-agent${1 + Math.floor(rnd() * 8)}`;
    const issuedAt =
      opts.from + Math.floor(rnd() * opts.days) * 86_400_000 + Math.floor(rnd() * 12 * 3_600_000);
    const r = rnd();
    const outcome: GeneratedVisit['outcome'] =
      r < 0.72 ? 'served' : r < 0.82 ? 'no_show' : r < 0.95 ? 'abandoned' : 'removed';
    const called = outcome === 'served' || outcome === 'no_show' || (outcome === 'abandoned' && rnd() < 0.3);
    const waitMs = called ? Math.floor(rnd() * rnd() * 45 * 60_000) : null;
    const walkingMs = outcome === 'served' ? Math.floor(rnd() * 90_000) : null;
    const transactionMs = outcome === 'served' ? 60_000 + Math.floor(rnd() * 20 * 60_000) : null;
    const transfers = outcome === 'served' && rnd() < 0.1 ? 1 : 0;
    const channel = pick(CHANNELS);
    const visitId = `v${opts.seed}-${i}`;
    const ev = (
      type: string,
      at: number,
      data: Record<string, unknown>,
      actor: ReportEvent['actor'] = system,
    ) => events.push({ visitId, type, at, actor, data });
    ev('visit.issued', issuedAt, {
      queueId: service.queueId,
      serviceId: service.id,
      agencyId: service.agencyId,
      channel,
    });
    let t = issuedAt;
    if (waitMs !== null) {
      t += waitMs;
      ev('visit.called', t, { counterId: counter.id, staffId, waitedMs: waitMs });
    }
    if (outcome === 'served') {
      t += walkingMs!;
      ev('visit.serving_started', t, { counterId: counter.id, walkingMs });
      if (transfers) {
        t += 30_000;
        ev('visit.transferred', t, { fromCounterId: counter.id });
        t += 60_000;
        ev('visit.called', t, { counterId: counter.id, staffId, waitedMs: 60_000 });
      }
      t += transactionMs!;
      ev('visit.completed', t, { counterId: counter.id, transactionMs }, { kind: 'staff', staffId });
    } else if (outcome === 'no_show') ev('visit.no_show', t + 60_000, { counterId: counter.id });
    else if (outcome === 'abandoned') ev('visit.cancelled', t + 120_000, {});
    else ev('visit.removed', t + 3_600_000, { reason: 'end_of_day' });
    visits.push({
      visitId,
      serviceId: service.id,
      agencyId: service.agencyId,
      channel,
      issuedAt,
      outcome,
      waitMs,
      transactionMs,
      transfers,
      counterId: waitMs === null ? null : counter.id,
      staffId: waitMs === null ? null : staffId,
    });
  }
  events.sort((a, b) => a.at - b.at);
  return { visits, events };
}

/** Writes generated events into a hub database (with the minimal visit rows they refer to). */
export function insertEvents(
  db: Db,
  visits: readonly GeneratedVisit[],
  events: readonly ReportEvent[],
): void {
  const visit = db.prepare(
    `INSERT INTO visits (id, business_day, queue_id, prefix, number, status, public_token, issued_at, updated_at, doc)
     VALUES (?, 'generated', 'q', 'ZZ', ?, 'completed', ?, ?, ?, '{}')`,
  );
  const event = db.prepare(
    'INSERT INTO visit_events (id, visit_id, type, at, actor, data) VALUES (?, ?, ?, ?, ?, ?)',
  );
  db.transaction(() => {
    visits.forEach((v, i) => visit.run(v.visitId, i + 1, `tok-${v.visitId}`, v.issuedAt, v.issuedAt));
    events.forEach((e, i) =>
      event.run(
        `e-${i}-${e.visitId}`,
        e.visitId,
        e.type,
        e.at,
        JSON.stringify(e.actor),
        JSON.stringify(e.data),
      ),
    );
  })();
}
