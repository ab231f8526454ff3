/** Urdu: a call on the waiting-hall board, written and spoken (machine-translated). */
import type { VisitorNamespaces } from '../types.js';

export const boardCall: VisitorNamespaces['boardCall'] = {
  line: 'ٹکٹ {{ticket}}: براہ کرم کاؤنٹر {{counter}} پر جائیں',
  speech: 'ٹکٹ نمبر {{ticket}}، کاؤنٹر نمبر {{counter}}',
};
