/** Persian: the printed ticket's lines (machine-translated, see shared/i18n/languages.ts). */
import type { VisitorNamespaces } from '../types.js';

export const ticket: VisitorNamespaces['ticket'] = {
  waitMinutes_zero: 'انتظار تخمینی: {{minutes}} دقیقه',
  waitMinutes_one: 'انتظار تخمینی: {{minutes}} دقیقه',
  waitMinutes_other: 'انتظار تخمینی: {{minutes}} دقیقه',
  // Written out, like the Arabic: a bare digit range is reordered between right-to-left words.
  waitRange_zero: 'انتظار تخمینی: {{low}} تا {{high}} دقیقه',
  waitRange_one: 'انتظار تخمینی: {{low}} تا {{high}} دقیقه',
  waitRange_other: 'انتظار تخمینی: {{low}} تا {{high}} دقیقه',
  waitUpTo_zero: 'انتظار تخمینی: تا {{high}} دقیقه',
  waitUpTo_one: 'انتظار تخمینی: تا {{high}} دقیقه',
  waitUpTo_other: 'انتظار تخمینی: تا {{high}} دقیقه',
  scan: 'برای پیگیری نوبت خود کد را اسکن کنید',
  onBehalf: 'از طرف: {{relation}}',
};
