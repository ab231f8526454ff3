/**
 * When "your turn is near" goes to a waiting citizen's phone (web push or SMS), from the same estimate
 * the status page shows. The hub checks it after every commit; the simulator (tests/simulation) measures
 * it on simulated days: how often the citizen is called before the notice would have told them, and how
 * long before the call it comes.
 *
 * The rule: the middle of the low half of the shown range — halfway between p10 and p50 — is within the
 * lead time, or at most `ahead` people are ahead. Chosen on the tuning seeds against the alternatives
 * (README, "your turn is near"): p50 alone was late for up to 2.2 % of citizens in the peak (half of all
 * calls come before p50), p10 alone was never late but, in the peak, warned a tenth of citizens more than
 * 40 minutes early; the midpoint was never late and gave the fewest short notices, and the few-ahead
 * clause covers what the estimate cannot see (a counter that closes just after the estimate).
 */
import type { WaitEstimate } from './estimate.js';

export interface NearNoticeRule {
  /** Minutes of warning aimed at (time to walk back from a café nearby); 0 leaves only `ahead`. */
  leadMinutes: number;
  /** Also notify when this many or fewer are ahead; 0 leaves only the lead time. */
  ahead: number;
}

export const DEFAULT_NEAR_NOTICE: NearNoticeRule = { leadMinutes: 10, ahead: 1 };

export function turnIsNear(e: WaitEstimate, rule: NearNoticeRule): boolean {
  if (rule.ahead > 0 && e.ahead <= rule.ahead) return true;
  if (rule.leadMinutes <= 0) return false;
  const low = e.p10Minutes ?? e.p50Minutes;
  return (low + e.p50Minutes) / 2 <= rule.leadMinutes;
}
