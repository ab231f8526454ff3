/**
 * "Your turn is near" accuracy on simulated days. The hub sends the notice by the rule in
 * shared/domain/estimate-notice.ts (the estimate within a lead time, or few ahead); the simulator also
 * measures the rule it replaced (3 or fewer ahead) and the plain estimate rules it was chosen against.
 * Each rule is checked after every batch of commits, as the hub does; a notice is too late when the
 * citizen is called before (or at the very instant) it would go.
 */
import { DEFAULT_NEAR_NOTICE, turnIsNear } from '../../shared/domain/estimate-notice.js';
import type { NoticeRule, TicketRecord } from './centre-day.js';
import { quantile } from './quantile.js';

/** Minutes of warning the estimate-based rules aim to give (the hub's default lead time). */
export const NOTICE_LEAD_MINUTES = DEFAULT_NEAR_NOTICE.leadMinutes;

/** The name the hub's own rule is reported under. */
export const HUB_NOTICE_RULE = `hub: mid p10–p50 ≤ ${NOTICE_LEAD_MINUTES} or ≤ ${DEFAULT_NEAR_NOTICE.ahead} ahead`;

export const NOTICE_RULES: Record<string, NoticeRule> = {
  [HUB_NOTICE_RULE]: (e) => turnIsNear(e, DEFAULT_NEAR_NOTICE),
  // The rule the hub had before: a count, blind to how fast the line moves.
  ['≤ 3 ahead (before)']: (e) => e.ahead <= 3,
  [`p50 ≤ ${NOTICE_LEAD_MINUTES} min`]: (e) => e.p50Minutes <= NOTICE_LEAD_MINUTES,
  // The low end of the range: the notice goes when the call could plausibly come within the lead time.
  [`p10 ≤ ${NOTICE_LEAD_MINUTES} min`]: (e) => (e.p10Minutes ?? e.p50Minutes) <= NOTICE_LEAD_MINUTES,
  [`mid p10–p50 ≤ ${NOTICE_LEAD_MINUTES} alone`]: (e) => turnIsNear(e, { ...DEFAULT_NEAR_NOTICE, ahead: 0 }),
};

export interface NoticeFigures {
  /** Citizens the figures are over: called (and present), but not at the instant they took the ticket. */
  called: number;
  /** Share called before the notice went (or at the same instant). */
  tooLate: number;
  /** Minutes from the notice to the call (too late counts as 0): 10th, 50th, 90th percentile. */
  leadP10: number;
  leadP50: number;
  leadP90: number;
  /** Of those who waited at least the lead time, the share warned less than half of it before the call. */
  shortNotice: number;
}

function shareShort(called: readonly TicketRecord[], leads: readonly number[]): number {
  const long = called.flatMap((r, i) => (r.waited! >= NOTICE_LEAD_MINUTES ? [leads[i]!] : []));
  return long.filter((l) => l < NOTICE_LEAD_MINUTES / 2).length / Math.max(1, long.length);
}

export function noticeFigures(records: readonly TicketRecord[]): Record<string, NoticeFigures> {
  // Someone called the moment they take a ticket needs no notice and could not get one.
  const called = records.filter((r) => r.waited !== null && r.waited > 0);
  const out: Record<string, NoticeFigures> = {};
  for (const name of Object.keys(NOTICE_RULES)) {
    const leads = called.map((r) => {
      const at = r.noticedAfter[name];
      return at === undefined ? 0 : Math.max(0, r.waited! - at);
    });
    out[name] = {
      called: called.length,
      tooLate: leads.filter((l) => l === 0).length / Math.max(1, called.length),
      leadP10: quantile(leads, 0.1),
      leadP50: quantile(leads, 0.5),
      leadP90: quantile(leads, 0.9),
      shortNotice: shareShort(called, leads),
    };
  }
  return out;
}
