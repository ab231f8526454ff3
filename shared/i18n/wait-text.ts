/**
 * The wait figure (shared/domain/wait-shown.ts) in words, for every app that writes it in a sentence
 * or a table cell: kiosk, counter, dashboard, floor, phone status page. "من ١٣ إلى ٨٩ دقيقة" /
 * "13–89 minutes" by the plural rules of durations.ts, "أقل من دقيقة" / "Less than a minute", or
 * "لا كاونتر مفتوح الآن" / "No counter open now". The board, read from across the hall in two
 * languages at once, writes the same figure as bare numbers (renderer/display/board.tsx).
 */
import type { WaitShown } from '../domain/wait-shown.js';
import { minutesRange, type ShowNumber, type Translate } from './durations.js';

/**
 * `place`: 'alone' for a label, cell or line of its own ("Less than a minute"); 'inline' inside a
 * sentence, after other words ("…, estimated wait: less than a minute"), where a cased language's
 * capital would be wrong (issue #15). A range is the same either way.
 */
export function waitText(
  t: Translate,
  shown: WaitShown,
  show?: ShowNumber,
  place: 'alone' | 'inline' = 'alone',
): string {
  const inline = place === 'inline' ? 'Inline' : '';
  if (shown.kind === 'none') return t(`units.waitNoCounter${inline}`, {});
  if (shown.kind === 'soon') return t(`units.waitSoon${inline}`, {});
  return minutesRange(t, shown.low, shown.high, show);
}
