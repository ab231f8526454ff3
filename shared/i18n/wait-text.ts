/**
 * The wait figure (shared/domain/wait-shown.ts) in words, for every app that writes it in a sentence
 * or a table cell: kiosk, counter, dashboard, floor, phone status page. "من ١٣ إلى ٨٩ دقيقة" /
 * "13–89 minutes" by the plural rules of durations.ts, "أقل من دقيقة" / "Less than a minute", or
 * "لا كاونتر مفتوح الآن" / "No counter open now". The board, read from across the hall in two
 * languages at once, writes the same figure as bare numbers (renderer/display/board.tsx).
 */
import type { WaitShown } from '../domain/wait-shown.js';
import { minutesRange, type ShowNumber, type Translate } from './durations.js';

export function waitText(t: Translate, shown: WaitShown, show?: ShowNumber): string {
  if (shown.kind === 'none') return t('units.waitNoCounter', {});
  if (shown.kind === 'soon') return t('units.waitSoon', {});
  return minutesRange(t, shown.low, shown.high, show);
}
