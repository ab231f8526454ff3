/** Tagalog: the printed ticket's lines (machine-translated, see shared/i18n/languages.ts). */
import type { VisitorNamespaces } from '../types.js';

export const ticket: VisitorNamespaces['ticket'] = {
  waitMinutes_zero: 'Tinatayang paghihintay: {{minutes}} min',
  waitMinutes_one: 'Tinatayang paghihintay: {{minutes}} min',
  waitMinutes_other: 'Tinatayang paghihintay: {{minutes}} min',
  waitRange_zero: 'Tinatayang paghihintay: {{low}}-{{high}} min',
  waitRange_one: 'Tinatayang paghihintay: {{low}}-{{high}} min',
  waitRange_other: 'Tinatayang paghihintay: {{low}}-{{high}} min',
  waitUpTo_zero: 'Tinatayang paghihintay: hanggang {{high}} min',
  waitUpTo_one: 'Tinatayang paghihintay: hanggang {{high}} min',
  waitUpTo_other: 'Tinatayang paghihintay: hanggang {{high}} min',
  scan: 'I-scan para masubaybayan ang iyong turno',
  onBehalf: 'Sa ngalan ng: {{relation}}',
};
