/**
 * The report tables: `visit_facts` (one row per visit, folded from `visit_events`), `fact_days`
 * (each day's facts version), the rollups `report_daily` / `report_built`, and the happiness votes
 * read from `feedback`. SQL and row mapping only; folding and report arithmetic live in facts.ts
 * and rollup-report.ts.
 */
import type { ReportGroupBy } from '../../../../shared/contract/manager.js';
import { CHANNELS, type FeedbackVote, type VisitFacts } from '../../../../shared/domain/reports.js';
import type { Db } from '../../core/store/database.js';

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

/** A visit event as stored (actor and data as JSON text). */
export interface StoredEventRow {
  visit_id: string;
  type: string;
  at: number;
  actor: string;
  data: string;
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

/** The statements a fold runs many times, prepared once per fold. */
export interface FactFold {
  eventsAfter(seq: number, limit: number): (StoredEventRow & { seq: number })[];
  storedFacts(visitId: string): FactRow | undefined;
  saveFacts(f: VisitFacts): void;
  /** Marks a day's report rollups stale. */
  bumpDay(day: string): void;
}

export function factFold(db: Db): FactFold {
  const events = db.prepare(
    'SELECT seq, visit_id, type, at, actor, data FROM visit_events WHERE seq > ? ORDER BY seq LIMIT ?',
  );
  const existing = db.prepare('SELECT * FROM visit_facts WHERE visit_id = ?');
  const insert = db.prepare(INSERT_FACT_SQL);
  const bumpDay = db.prepare(
    'INSERT INTO fact_days (day, version) VALUES (?, 1) ON CONFLICT (day) DO UPDATE SET version = version + 1',
  );
  return {
    eventsAfter: (seq, limit) => events.all(seq, limit) as (StoredEventRow & { seq: number })[],
    storedFacts: (visitId) => existing.get(visitId) as FactRow | undefined,
    saveFacts: (f) => void insert.run(...rowParams(f)),
    bumpDay: (day) => void bumpDay.run(day),
  };
}

/** Every event past `seq`, in order (the read-only fold reads them all at once). */
export function eventsAfter(db: Db, seq: number): StoredEventRow[] {
  return db
    .prepare('SELECT visit_id, type, at, actor, data FROM visit_events WHERE seq > ? ORDER BY seq')
    .all(seq) as StoredEventRow[];
}

/** Looks up stored facts by visit with one prepared statement (for folds). */
export function storedFactsReader(db: Db): (visitId: string) => FactRow | undefined {
  const stored = db.prepare('SELECT * FROM visit_facts WHERE visit_id = ?');
  return (visitId) => stored.get(visitId) as FactRow | undefined;
}

export function factsForDays(db: Db, from: string, to: string): VisitFacts[] {
  return (db.prepare('SELECT * FROM visit_facts WHERE day BETWEEN ? AND ?').all(from, to) as FactRow[]).map(
    factsFromRow,
  );
}

export function hasTable(db: Db, table: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(table) !== undefined;
}

/** Happiness votes per day, service, counter, staff and face in range (no agency: feedback has none). */
export function storedVotes(
  db: Db,
  from: string,
  to: string,
): (Omit<FeedbackVote, 'agencyId'> & { n: number })[] {
  if (!hasTable(db, 'feedback')) return [];
  return db
    .prepare(
      `SELECT business_day AS day, service_id AS serviceId, counter_id AS counterId, staff_id AS staffId, face, COUNT(*) AS n
       FROM feedback WHERE business_day BETWEEN ? AND ? GROUP BY 1, 2, 3, 4, 5`,
    )
    .all(from, to) as (Omit<FeedbackVote, 'agencyId'> & { n: number })[];
}

const KEY_SQL: Record<ReportGroupBy, string> = {
  service: 'service_id',
  agency: 'agency_id',
  counter: "COALESCE(counter_id, 'none')",
  staff: "COALESCE(staff_id, 'none')",
  hour: 'CAST(hour AS TEXT)',
  weekday: 'CAST(weekday AS TEXT)',
};

/** Days in range whose facts changed since their rollups for this grouping were built. */
export function staleRollupDays(
  db: Db,
  groupBy: ReportGroupBy,
  from: string,
  to: string,
): { day: string; version: number }[] {
  return db
    .prepare(
      `SELECT f.day, f.version FROM fact_days f LEFT JOIN report_built b ON b.group_by = ? AND b.day = f.day
       WHERE f.day BETWEEN ? AND ? AND (b.version IS NULL OR b.version <> f.version)`,
    )
    .all(groupBy, from, to) as { day: string; version: number }[];
}

/**
 * Per day and group in [lo, hi]: [day, key, visits, called, waitSum, withinTarget, transactions,
 * transactionSum, walks, walkingSum, noShows, abandoned, transfers, ...one count per channel].
 */
export function rollupSums(db: Db, groupBy: ReportGroupBy, lo: string, hi: string): (string | number)[][] {
  const channelCols = CHANNELS.map((c) => `SUM(channel = '${c}')`).join(', ');
  return db
    .prepare(
      `SELECT day, ${KEY_SQL[groupBy]} AS k, COUNT(*), COUNT(wait_ms), COALESCE(SUM(wait_ms), 0), COALESCE(SUM(wait_ms <= target_ms), 0),
        SUM(served = 1 AND transaction_ms IS NOT NULL), COALESCE(SUM(CASE WHEN served = 1 THEN transaction_ms END), 0),
        COUNT(walking_ms), COALESCE(SUM(walking_ms), 0), SUM(no_show), SUM(abandoned), SUM(transfers), ${channelCols}
       FROM visit_facts WHERE day BETWEEN ? AND ? GROUP BY day, k`,
    )
    .raw()
    .all(lo, hi) as (string | number)[][];
}

/** Waits in whole seconds per day and group in [lo, hi]: [day, key, seconds, count], ascending. */
export function rollupWaitHistogram(
  db: Db,
  groupBy: ReportGroupBy,
  lo: string,
  hi: string,
): [string, string, number, number][] {
  return db
    .prepare(
      `SELECT day, ${KEY_SQL[groupBy]} AS k, wait_ms / 1000 AS s, COUNT(*) FROM visit_facts
       WHERE day BETWEEN ? AND ? AND wait_ms IS NOT NULL GROUP BY day, k, s ORDER BY day, k, s`,
    )
    .raw()
    .all(lo, hi) as [string, string, number, number][];
}

/** Replaces these days' rollups and records the facts version they were built from, in one transaction. */
export function saveRollups(
  db: Db,
  groupBy: ReportGroupBy,
  days: readonly { day: string; version: number }[],
  rows: readonly { day: string; key: string; totals: string; hist: string }[],
): void {
  const clearDay = db.prepare('DELETE FROM report_daily WHERE group_by = ? AND day = ?');
  const insert = db.prepare(
    'INSERT INTO report_daily (group_by, day, key, totals, hist) VALUES (?, ?, ?, ?, ?)',
  );
  const built = db.prepare(
    'INSERT INTO report_built (group_by, day, version) VALUES (?, ?, ?) ON CONFLICT (group_by, day) DO UPDATE SET version = excluded.version',
  );
  db.transaction(() => {
    for (const d of days) clearDay.run(groupBy, d.day);
    for (const r of rows) insert.run(groupBy, r.day, r.key, r.totals, r.hist);
    for (const d of days) built.run(groupBy, d.day, d.version);
  })();
}

/** The stored rollups in range: [key, totals JSON, histogram JSON]. */
export function rollupsInRange(
  db: Db,
  groupBy: ReportGroupBy,
  from: string,
  to: string,
): [string, string, string][] {
  return db
    .prepare('SELECT key, totals, hist FROM report_daily WHERE group_by = ? AND day BETWEEN ? AND ?')
    .raw()
    .all(groupBy, from, to) as [string, string, string][];
}
