/**
 * Keeps `visit_facts` (one row per visit) up to date from `visit_events`, by a cursor over the
 * event sequence. Idempotent and restartable: the cursor moves in the same transaction as the rows.
 */
import type { Catalogue } from '../../../shared/contract/catalogue.js';
import { foldVisitEvent, type FoldContext, type VisitFacts } from '../../../shared/domain/reports.js';
import type { Db } from '../store/database.js';

export const FACTS_CURSOR_KEY = 'facts_cursor';
const BATCH = 5000;

export interface FactRow {
  day: string;
  visit_id: string;
  hour: number;
  weekday: number;
  issued_at: number;
  service_id: string;
  agency_id: string;
  queue_id: string;
  channel: string;
  counter_id: string | null;
  staff_id: string | null;
  wait_ms: number | null;
  walking_ms: number | null;
  transaction_ms: number | null;
  target_ms: number | null;
  served: number;
  no_show: number;
  abandoned: number;
  removed: number;
  transfers: number;
}

export function factsFromRow(r: FactRow): VisitFacts {
  return {
    visitId: r.visit_id,
    day: r.day,
    hour: r.hour,
    weekday: r.weekday,
    issuedAt: r.issued_at,
    serviceId: r.service_id,
    agencyId: r.agency_id,
    queueId: r.queue_id,
    channel: r.channel,
    counterId: r.counter_id,
    staffId: r.staff_id,
    waitMs: r.wait_ms,
    walkingMs: r.walking_ms,
    transactionMs: r.transaction_ms,
    targetMs: r.target_ms,
    served: r.served === 1,
    noShow: r.no_show === 1,
    abandoned: r.abandoned === 1,
    removed: r.removed === 1,
    transfers: r.transfers,
  };
}

export function rowParams(f: VisitFacts): unknown[] {
  return [
    f.day,
    f.visitId,
    f.hour,
    f.weekday,
    f.issuedAt,
    f.serviceId,
    f.agencyId,
    f.queueId,
    f.channel,
    f.counterId,
    f.staffId,
    f.waitMs,
    f.walkingMs,
    f.transactionMs,
    f.targetMs,
    f.served ? 1 : 0,
    f.noShow ? 1 : 0,
    f.abandoned ? 1 : 0,
    f.removed ? 1 : 0,
    f.transfers,
  ];
}

export const INSERT_FACT_SQL = `INSERT OR REPLACE INTO visit_facts (day, visit_id, hour, weekday, issued_at, service_id,
  agency_id, queue_id, channel, counter_id, staff_id, wait_ms, walking_ms, transaction_ms, target_ms, served, no_show,
  abandoned, removed, transfers) VALUES (${Array(20).fill('?').join(', ')})`;

export function foldContext(catalogue: Catalogue): FoldContext {
  const targets = new Map(catalogue.services.map((s) => [s.id, s.target.withinMinutes * 60_000]));
  return { timeZone: catalogue.centre.timeZone, targetMs: (id) => targets.get(id) ?? null };
}

/** A visit event as stored (actor and data as JSON text). */
export interface StoredEventRow {
  visit_id: string;
  type: string;
  at: number;
  actor: string;
  data: string;
}

/**
 * Folds stored events, in order, into the facts of the visits they touch, starting from each
 * visit's stored facts (`stored`). Writes nothing; the caller decides whether to.
 */
export function foldEventRows(
  rows: readonly StoredEventRow[],
  stored: (visitId: string) => FactRow | undefined,
  ctx: ReturnType<typeof foldContext>,
): Map<string, VisitFacts | undefined> {
  const touched = new Map<string, VisitFacts | undefined>();
  for (const r of rows) {
    let current = touched.get(r.visit_id);
    if (!touched.has(r.visit_id)) {
      const row = stored(r.visit_id);
      current = row ? factsFromRow(row) : undefined;
    }
    const event = {
      visitId: r.visit_id,
      type: r.type,
      at: r.at,
      actor: JSON.parse(r.actor) as { kind: string; staffId?: string },
      data: JSON.parse(r.data) as Record<string, unknown>,
    };
    touched.set(r.visit_id, foldVisitEvent(current, event, ctx));
  }
  return touched;
}

/**
 * Folds events not yet folded, at most `limit` of them (default: all); returns how many it read.
 * The facts are derived data, rebuilt from the event log if lost, so their transactions do not
 * fsync (synchronous=NORMAL for the fold): on a power cut the cursor and its rows are lost together
 * and simply folded again. Short, non-syncing transactions also keep the commit worker from
 * waiting on this connection's write lock.
 */
export function syncFacts(db: Db, catalogue: Catalogue, limit = Number.POSITIVE_INFINITY): number {
  const ctx = foldContext(catalogue);
  const readCursor = db.prepare('SELECT value FROM manager_settings WHERE key = ?');
  const writeCursor = db.prepare(
    'INSERT INTO manager_settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );
  const events = db.prepare(
    'SELECT seq, visit_id, type, at, actor, data FROM visit_events WHERE seq > ? ORDER BY seq LIMIT ?',
  );
  const existing = db.prepare('SELECT * FROM visit_facts WHERE visit_id = ?');
  const insert = db.prepare(INSERT_FACT_SQL);
  const bumpDay = db.prepare(
    'INSERT INTO fact_days (day, version) VALUES (?, 1) ON CONFLICT (day) DO UPDATE SET version = version + 1',
  );
  let total = 0;
  const durability = db.pragma('synchronous', { simple: true }) as number;
  db.pragma('synchronous = NORMAL');
  try {
    for (;;) {
      const want = Math.min(BATCH, limit - total);
      if (want <= 0) return total;
      const read = foldBatch(want);
      total += read;
      if (read < want) return total;
    }
  } finally {
    db.pragma(`synchronous = ${durability}`);
  }

  function foldBatch(want: number): number {
    return db.transaction(() => {
      const cursor = Number((readCursor.get(FACTS_CURSOR_KEY) as { value: string } | undefined)?.value ?? 0);
      const rows = events.all(cursor, want) as {
        seq: number;
        visit_id: string;
        type: string;
        at: number;
        actor: string;
        data: string;
      }[];
      if (rows.length === 0) return 0;
      const touched = foldEventRows(rows, (id) => existing.get(id) as FactRow | undefined, ctx);
      const days = new Set<string>();
      for (const f of touched.values()) {
        if (!f) continue;
        insert.run(...rowParams(f));
        days.add(f.day);
      }
      // Report rollups of these days are now stale.
      for (const d of days) bumpDay.run(d);
      writeCursor.run(FACTS_CURSOR_KEY, String(rows.at(-1)!.seq));
      return rows.length;
    })();
  }
}

export function factsForDays(db: Db, from: string, to: string): VisitFacts[] {
  return (db.prepare('SELECT * FROM visit_facts WHERE day BETWEEN ? AND ?').all(from, to) as FactRow[]).map(
    factsFromRow,
  );
}
