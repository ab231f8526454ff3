/** Urdu: the printed ticket's lines (machine-translated, see shared/i18n/languages.ts). */
import type { VisitorNamespaces } from '../types.js';

export const ticket: VisitorNamespaces['ticket'] = {
  waitMinutes_zero: 'متوقع انتظار: {{minutes}} منٹ',
  waitMinutes_one: 'متوقع انتظار: {{minutes}} منٹ',
  waitMinutes_other: 'متوقع انتظار: {{minutes}} منٹ',
  // Written out, like the Arabic: a bare digit range is reordered between right-to-left words.
  waitRange_zero: 'متوقع انتظار: {{low}} سے {{high}} منٹ',
  waitRange_one: 'متوقع انتظار: {{low}} سے {{high}} منٹ',
  waitRange_other: 'متوقع انتظار: {{low}} سے {{high}} منٹ',
  waitUpTo_zero: 'متوقع انتظار: {{high}} منٹ تک',
  waitUpTo_one: 'متوقع انتظار: {{high}} منٹ تک',
  waitUpTo_other: 'متوقع انتظار: {{high}} منٹ تک',
  scan: 'اپنی باری دیکھنے کے لیے کوڈ اسکین کریں',
  onBehalf: 'کی جانب سے: {{relation}}',
};
