/**
 * The predictors compared: Dawr's estimate and the classical delay predictors of the queueing
 * literature (Ibrahim and Whitt), each computed from what the hub knows at the moment of issue.
 */
import { countersServing, estimateVisit } from '../../shared/domain/estimate.js';
import { MINUTE } from '../domain/helpers.js';
import type { Knowledge, Predictor } from './centre-day.js';

/** Waiting visits of the queue's lines other than the one just issued, oldest first. */
function othersWaiting(k: Knowledge): number[] {
  const lines = k.h.state.lines.get(k.visit.queueId);
  if (!lines) return [];
  return [...lines.priority.ids(), ...lines.normal.ids()]
    .filter((id) => id !== k.visit.id)
    .map((id) => k.h.state.visits.get(id)!.issuedAt)
    .sort((a, b) => a - b);
}

function meanServiceMs(k: Knowledge): number {
  const samples = k.h.state.serviceTimes.get(k.visit.queueId);
  if (samples && samples.length) return samples.reduce((a, b) => a + b, 0) / samples.length;
  const expected = k.h.state.config.services.get(k.visit.serviceIds[0]!)?.expectedMinutes ?? 10;
  return expected * MINUTE;
}

export const dawr: Predictor = (k) => {
  const e = estimateVisit(k.h.state, k.visit, k.now);
  return {
    p50: e.p50Minutes,
    p90: e.p90Minutes,
    ...(e.p10Minutes !== undefined ? { p10: e.p10Minutes } : {}),
    ahead: e.ahead,
  };
};

/** LES: the wait of the last customer to enter service from this queue. */
export const les: Predictor = (k) => ({ p50: (k.lastEnteredWait.get(k.visit.queueId) ?? 0) / MINUTE });

/**
 * HOL: the head of the line has waited w while the n people now in line arrived; the newcomer, (n+1)th,
 * is predicted to wait w·(n+1)/n.
 */
export const hol: Predictor = (k) => {
  const waiting = othersWaiting(k);
  if (!waiting.length) return { p50: 0 };
  const w = k.now - waiting[0]!;
  return { p50: (w * (waiting.length + 1)) / waiting.length / MINUTE };
};

/** QL: (people in line + 1) × mean service time / counters serving the queue. */
export const ql: Predictor = (k) => {
  const n = othersWaiting(k).length;
  const c = Math.max(1, countersServing(k.h.state, k.visit.queueId));
  return { p50: ((n + 1) * meanServiceMs(k)) / c / MINUTE };
};

/** A constant per service: the mean wait of this service's visits called so far today. */
export const constant: Predictor = (k) => {
  const s = k.servedWaits.get(k.visit.serviceIds[0]!);
  if (s && s.n) return { p50: s.sum / s.n / MINUTE };
  return { p50: k.h.state.config.services.get(k.visit.serviceIds[0]!)?.expectedMinutes ?? 10 };
};

export const PREDICTORS: Record<string, Predictor> = { dawr, LES: les, HOL: hol, QL: ql, constant };
export const BASELINES = ['LES', 'HOL', 'QL', 'constant'] as const;
