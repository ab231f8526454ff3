/**
 * Reports from the visit event log. `foldVisitEvent` turns a visit's events into one row of facts
 * (the hub keeps these in a table as events arrive); `referenceReport` is the plain, obviously
 * correct computation over those facts that the hub's SQL reports are tested against.
 *
 * Definitions (also in docs/dashboard.md):
 * - wait: issue → first call (the customer's wait); walking: first call → serving started;
 *   transaction: serving started → completed.
 * - service level: share of called visits whose wait was within their service's target *as it was
 *   when the ticket was issued* (so a later configuration change does not rewrite history).
 * - median and 90th percentile: nearest rank over waits in whole seconds (floored).
 * - no-show and abandonment rates: share of all visits in the group.
 */
import type { ReportGroupBy, ReportQuery, ReportRow } from '../contract/manager.js';
import { localTime } from './time.js';
import { waitWithinTarget } from './service-level.js';

export interface ReportEvent {
  visitId: string;
  type: string;
  at: number;
  actor: { kind: string; staffId?: string };
  data: Record<string, unknown>;
}

export interface VisitFacts {
  visitId: string;
  day: string;
  hour: number;
  /** 0 = Sunday. */
  weekday: number;
  issuedAt: number;
  serviceId: string;
  agencyId: string;
  queueId: string;
  channel: string;
  counterId: string | null;
  staffId: string | null;
  waitMs: number | null;
  walkingMs: number | null;
  transactionMs: number | null;
  /** The service's target wait when the ticket was issued. */
  targetMs: number | null;
  served: boolean;
  noShow: boolean;
  abandoned: boolean;
  removed: boolean;
  transfers: number;
}

export interface FoldContext {
  timeZone: string;
  /** The service's target wait now (looked up at issue time only). */
  targetMs(serviceId: string): number | null;
}

const str = (x: unknown): string | null => (typeof x === 'string' ? x : null);
const num = (x: unknown): number | null => (typeof x === 'number' && Number.isFinite(x) ? x : null);

/** Applies one event to a visit's facts; events before `visit.issued` (none should exist) are ignored. */
export function foldVisitEvent(
  facts: VisitFacts | undefined,
  e: ReportEvent,
  ctx: FoldContext,
): VisitFacts | undefined {
  if (e.type === 'visit.issued') {
    const local = localTime(e.at, ctx.timeZone);
    const serviceId = str(e.data.serviceId) ?? '';
    return {
      visitId: e.visitId,
      day: local.day,
      hour: Math.floor(local.minutesOfDay / 60),
      weekday: local.weekday,
      issuedAt: e.at,
      serviceId,
      agencyId: str(e.data.agencyId) ?? '',
      queueId: str(e.data.queueId) ?? '',
      channel: str(e.data.channel) ?? 'kiosk',
      counterId: null,
      staffId: null,
      waitMs: null,
      walkingMs: null,
      transactionMs: null,
      targetMs: ctx.targetMs(serviceId),
      served: false,
      noShow: false,
      abandoned: false,
      removed: false,
      transfers: 0,
    };
  }
  if (!facts) return undefined;
  const f = { ...facts };
  const counterId = str(e.data.counterId);
  switch (e.type) {
    case 'visit.called':
      if (f.waitMs === null) f.waitMs = num(e.data.waitedMs);
      f.counterId = counterId ?? f.counterId;
      f.staffId = str(e.data.staffId) ?? f.staffId;
      break;
    case 'visit.serving_started':
      if (f.walkingMs === null) f.walkingMs = num(e.data.walkingMs);
      f.counterId = counterId ?? f.counterId;
      break;
    case 'visit.completed': {
      f.served = true;
      const ms = num(e.data.transactionMs);
      if (ms !== null) f.transactionMs = (f.transactionMs ?? 0) + ms;
      f.counterId = counterId ?? f.counterId;
      if (e.actor.kind === 'staff' && e.actor.staffId) f.staffId = e.actor.staffId;
      break;
    }
    case 'visit.no_show':
      f.noShow = true;
      break;
    case 'visit.cancelled':
      f.abandoned = true;
      break;
    case 'visit.removed':
      f.removed = true;
      break;
    case 'visit.transferred':
      f.transfers += 1;
      break;
    default:
      return facts;
  }
  return f;
}

/** One happiness vote as the feedback table keeps it (not joinable to a visit, by design). */
export interface FeedbackVote {
  day: string;
  serviceId: string;
  agencyId: string;
  counterId: string | null;
  staffId: string | null;
  face: 'happy' | 'neutral' | 'unhappy';
}

export const CHANNELS = ['kiosk', 'appointment', 'floor', 'remote', 'api'] as const;
export const NO_GROUP = 'none';

/** Sums and counts for a group: both report paths reduce to these, then `finishRow` divides. */
export interface GroupTotals {
  visits: number;
  called: number;
  waitSumMs: number;
  withinTarget: number;
  transactions: number;
  transactionSumMs: number;
  walks: number;
  walkingSumMs: number;
  noShows: number;
  abandoned: number;
  transfers: number;
  channels: Record<string, number>;
  votes: { happy: number; neutral: number; unhappy: number };
}

export function emptyTotals(): GroupTotals {
  return {
    visits: 0,
    called: 0,
    waitSumMs: 0,
    withinTarget: 0,
    transactions: 0,
    transactionSumMs: 0,
    walks: 0,
    walkingSumMs: 0,
    noShows: 0,
    abandoned: 0,
    transfers: 0,
    channels: Object.fromEntries(CHANNELS.map((c) => [c, 0])),
    votes: { happy: 0, neutral: 0, unhappy: 0 },
  };
}

const ratio = (a: number, b: number): number | null => (b > 0 ? a / b : null);

export function finishRow(
  key: string,
  t: GroupTotals,
  percentiles: { medianWaitS: number | null; p90WaitS: number | null },
): ReportRow {
  const votes = t.votes.happy + t.votes.neutral + t.votes.unhappy;
  return {
    key,
    visits: t.visits,
    avgWaitS: t.called > 0 ? t.waitSumMs / t.called / 1000 : null,
    medianWaitS: percentiles.medianWaitS,
    p90WaitS: percentiles.p90WaitS,
    avgTransactionS: t.transactions > 0 ? t.transactionSumMs / t.transactions / 1000 : null,
    avgWalkingS: t.walks > 0 ? t.walkingSumMs / t.walks / 1000 : null,
    serviceLevel: ratio(t.withinTarget, t.called),
    noShowRate: ratio(t.noShows, t.visits),
    abandonmentRate: ratio(t.abandoned, t.visits),
    transfers: t.transfers,
    happiness: {
      votes,
      happy: ratio(t.votes.happy, votes),
      neutral: ratio(t.votes.neutral, votes),
      unhappy: ratio(t.votes.unhappy, votes),
    },
    channels: Object.fromEntries(CHANNELS.map((c) => [c, t.channels[c] ?? 0])) as ReportRow['channels'],
  };
}

/** Nearest-rank percentile of an ascending list. */
export function nearestRank(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)]!;
}

/** The groupings that a visit's facts and a feedback vote both carry, read the same way from either. */
type SharedGrouping = Exclude<ReportGroupBy, 'hour' | 'weekday'>;
type Grouped = Pick<FeedbackVote, 'serviceId' | 'agencyId' | 'counterId' | 'staffId'>;

function sharedKeyOf(x: Grouped, by: SharedGrouping): string {
  switch (by) {
    case 'service':
      return x.serviceId;
    case 'agency':
      return x.agencyId;
    case 'counter':
      return x.counterId ?? NO_GROUP;
    case 'staff':
      return x.staffId ?? NO_GROUP;
  }
}

export function groupKeyOf(f: VisitFacts, by: ReportGroupBy): string {
  if (by === 'hour') return String(f.hour);
  if (by === 'weekday') return String(f.weekday);
  return sharedKeyOf(f, by);
}

/** Votes carry no hour, so reports by hour show no happiness. */
export function voteKeyOf(v: FeedbackVote, by: ReportGroupBy): string | null {
  if (by === 'hour') return null;
  if (by === 'weekday') return String(new Date(`${v.day}T12:00:00Z`).getUTCDay());
  return sharedKeyOf(v, by);
}

export interface ReportBody {
  rows: ReportRow[];
  total: ReportRow;
}

/** The reference computation: straightforward loops and sorts over every fact in range. */
export function referenceReport(
  facts: readonly VisitFacts[],
  votes: readonly FeedbackVote[],
  query: ReportQuery,
): ReportBody {
  const inRange = facts.filter((f) => f.day >= query.from && f.day <= query.to);
  const groups = new Map<string, VisitFacts[]>();
  for (const f of inRange) {
    const k = groupKeyOf(f, query.groupBy);
    const members = groups.get(k);
    if (members) members.push(f);
    else groups.set(k, [f]);
  }
  const votesInRange = votes.filter((v) => v.day >= query.from && v.day <= query.to);
  const row = (key: string, members: readonly VisitFacts[], groupVotes: readonly FeedbackVote[]) => {
    const t = emptyTotals();
    const waits: number[] = [];
    for (const f of members) {
      t.visits++;
      if (f.waitMs !== null) {
        t.called++;
        t.waitSumMs += f.waitMs;
        waits.push(Math.floor(f.waitMs / 1000));
        if (f.targetMs !== null && waitWithinTarget(f.waitMs, f.targetMs)) t.withinTarget++;
      }
      if (f.served && f.transactionMs !== null) {
        t.transactions++;
        t.transactionSumMs += f.transactionMs;
      }
      if (f.walkingMs !== null) {
        t.walks++;
        t.walkingSumMs += f.walkingMs;
      }
      if (f.noShow) t.noShows++;
      if (f.abandoned) t.abandoned++;
      t.transfers += f.transfers;
      t.channels[f.channel] = (t.channels[f.channel] ?? 0) + 1;
    }
    for (const v of groupVotes) t.votes[v.face]++;
    waits.sort((a, b) => a - b);
    return finishRow(key, t, { medianWaitS: nearestRank(waits, 0.5), p90WaitS: nearestRank(waits, 0.9) });
  };
  const rows = [...groups.keys()].sort().map((k) =>
    row(
      k,
      groups.get(k)!,
      votesInRange.filter((v) => voteKeyOf(v, query.groupBy) === k),
    ),
  );
  return { rows, total: row('total', inRange, votesInRange) };
}

/**
 * A report row's figures in the order and units of the report table and its CSV: visits, waits and
 * transaction in minutes, walking in seconds, shares in %, then visits per channel.
 */
export function reportCells(r: ReportRow): (number | null)[] {
  const min = (s: number | null) => (s === null ? null : s / 60);
  return [
    r.visits,
    min(r.avgWaitS),
    min(r.medianWaitS),
    min(r.p90WaitS),
    min(r.avgTransactionS),
    r.avgWalkingS,
    percent(r.serviceLevel),
    percent(r.noShowRate),
    percent(r.abandonmentRate),
    r.transfers,
    percent(r.happiness.happy),
    percent(r.happiness.neutral),
    percent(r.happiness.unhappy),
    ...CHANNELS.map((c) => r.channels[c] ?? 0),
  ];
}

/** Report rows as CSV (RFC 4180), the same figures as on screen; `label` names a group key. */
export function reportCsv(
  body: ReportBody,
  headers: readonly string[],
  label: (key: string) => string,
): string {
  const cell = (x: string | number | null) => {
    const s = x === null ? '' : typeof x === 'number' ? formatNumber(x) : x;
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const line = (r: ReportRow, name: string) => [name, ...reportCells(r)].map(cell).join(',');
  return [
    headers.map(cell).join(','),
    ...body.rows.map((r) => line(r, label(r.key))),
    line(body.total, label('total')),
  ].join('\r\n');
}

export const percent = (x: number | null): number | null => (x === null ? null : x * 100);

/** One decimal place, as the report page shows figures. */
export function formatNumber(x: number): string {
  return Number.isInteger(x) ? String(x) : x.toFixed(1);
}
