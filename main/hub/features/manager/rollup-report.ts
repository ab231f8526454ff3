/**
 * Reports over `visit_facts` (read through facts-store.ts). Each day's sums and histogram of waits (whole seconds) per
 * group are rolled up once and kept until that day's facts change, so a year's report merges a few
 * thousand small rows instead of scanning every visit. Percentiles are read off the merged
 * histogram; happiness comes from the feedback table. The figures are finished by the same
 * `finishRow` as the reference computation, so the two can be compared exactly.
 */
import type { Catalogue } from '../../../../shared/contract/catalogue.js';
import type { ReportGroupBy, ReportQuery } from '../../../../shared/contract/manager.js';
import {
  CHANNELS,
  emptyTotals,
  finishRow,
  voteKeyOf,
  type FeedbackVote,
  type GroupTotals,
  type ReportBody,
} from '../../../../shared/domain/reports.js';
import type { Db } from '../../core/store/database.js';
import {
  rollupSums,
  rollupsInRange,
  rollupWaitHistogram,
  saveRollups,
  staleRollupDays,
  storedVotes,
} from './facts-store.js';

export { hasTable } from './facts-store.js';

/** Percentile by nearest rank from a histogram of whole seconds → count, ascending. */
function percentileFromHistogram(hist: [number, number][], n: number, p: number): number | null {
  if (n === 0) return null;
  const rank = Math.max(1, Math.ceil(p * n));
  let seen = 0;
  for (const [s, c] of hist) {
    seen += c;
    if (seen >= rank) return s;
  }
  return hist.at(-1)?.[0] ?? null;
}

function addTotals(into: GroupTotals, t: GroupTotals): void {
  for (const k of Object.keys(t) as (keyof GroupTotals)[]) {
    if (k === 'channels') for (const c of CHANNELS) into.channels[c]! += t.channels[c] ?? 0;
    else if (k === 'votes')
      for (const f of ['happy', 'neutral', 'unhappy'] as const) into.votes[f] += t.votes[f];
    else into[k] += t[k];
  }
}

/** Happiness votes in range, with the agency each service belongs to (the feedback table has none). */
export function votesInRange(
  db: Db,
  catalogue: Catalogue,
  from: string,
  to: string,
): (FeedbackVote & { n: number })[] {
  const agencyOf = new Map(catalogue.services.map((s) => [s.id, s.agencyId]));
  return storedVotes(db, from, to).map((v) => ({ ...v, agencyId: agencyOf.get(v.serviceId) ?? '' }));
}

const TOTAL_FIELDS = [
  'visits',
  'called',
  'waitSumMs',
  'withinTarget',
  'transactions',
  'transactionSumMs',
  'walks',
  'walkingSumMs',
  'noShows',
  'abandoned',
  'transfers',
] as const;

/**
 * Builds the rollups (sums and wait histogram per day and group) for days in range whose facts
 * changed since they were last built: one grouped scan over just those days.
 */
export function ensureRollups(
  db: Db,
  groupBy: ReportGroupBy,
  from: string,
  to: string,
  limit = Infinity,
): number {
  const stale = staleRollupDays(db, groupBy, from, to).slice(0, limit);
  if (stale.length === 0) return 0;
  // Contiguous runs of stale days are read with one range scan each.
  const CHUNK = 31;
  for (let i = 0; i < stale.length; i += CHUNK) {
    const days = stale.slice(i, i + CHUNK);
    const lo = days[0]!.day;
    const hi = days.at(-1)!.day;
    const wanted = new Set(days.map((d) => d.day));
    const sums = rollupSums(db, groupBy, lo, hi);
    const hists = new Map<string, number[]>();
    for (const [day, k, sec, n] of rollupWaitHistogram(db, groupBy, lo, hi)) {
      const id = `${day}\u0000${k}`;
      let h = hists.get(id);
      if (!h) hists.set(id, (h = []));
      h.push(sec, n);
    }
    const rows: { day: string; key: string; totals: string; hist: string }[] = [];
    for (const r of sums) {
      const [day, k, ...numbers] = r as [string, string, ...number[]];
      if (!wanted.has(day)) continue;
      rows.push({
        day,
        key: k,
        totals: JSON.stringify(numbers),
        hist: JSON.stringify(hists.get(`${day}\u0000${k}`) ?? []),
      });
    }
    saveRollups(db, groupBy, days, rows);
  }
  return stale.length;
}

/** A report from the per-day rollups (built first where missing or stale), merged in memory. */
export function sqlReport(db: Db, catalogue: Catalogue, query: ReportQuery): ReportBody {
  ensureRollups(db, query.groupBy, query.from, query.to);
  const rollups = rollupsInRange(db, query.groupBy, query.from, query.to);
  const totals = new Map<string, GroupTotals>();
  const hists = new Map<string, Map<number, number>>();
  const overallHist = new Map<number, number>();
  for (const [k, totalsJson, histJson] of rollups) {
    let t = totals.get(k);
    if (!t) totals.set(k, (t = emptyTotals()));
    const numbers = JSON.parse(totalsJson) as number[];
    TOTAL_FIELDS.forEach((f, i) => (t[f] += numbers[i] ?? 0));
    CHANNELS.forEach((c, i) => (t.channels[c]! += numbers[TOTAL_FIELDS.length + i] ?? 0));
    let h = hists.get(k);
    if (!h) hists.set(k, (h = new Map()));
    const pairs = JSON.parse(histJson) as number[];
    for (let i = 0; i < pairs.length; i += 2) {
      h.set(pairs[i]!, (h.get(pairs[i]!) ?? 0) + pairs[i + 1]!);
      overallHist.set(pairs[i]!, (overallHist.get(pairs[i]!) ?? 0) + pairs[i + 1]!);
    }
  }
  const overall = emptyTotals();
  for (const t of totals.values()) addTotals(overall, t);
  for (const v of votesInRange(db, catalogue, query.from, query.to)) {
    overall.votes[v.face] += v.n;
    const k = voteKeyOf(v, query.groupBy);
    const t = k === null ? undefined : totals.get(k);
    if (t) t.votes[v.face] += v.n;
  }
  const sorted = (h: Map<number, number> | undefined): [number, number][] =>
    [...(h ?? new Map<number, number>()).entries()].sort((a, b) => a[0] - b[0]);
  const finish = (k: string, t: GroupTotals, h: [number, number][]) =>
    finishRow(k, t, {
      medianWaitS: percentileFromHistogram(h, t.called, 0.5),
      p90WaitS: percentileFromHistogram(h, t.called, 0.9),
    });
  return {
    rows: [...totals.keys()].sort().map((k) => finish(k, totals.get(k)!, sorted(hists.get(k)))),
    total: finish('total', overall, sorted(overallHist)),
  };
}
