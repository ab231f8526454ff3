/** Persian: a call on the waiting-hall board, written and spoken (machine-translated). */
import type { VisitorNamespaces } from '../types.js';

export const boardCall: VisitorNamespaces['boardCall'] = {
  line: 'نوبت {{ticket}}: لطفاً به باجهٔ {{counter}} بروید',
  speech: 'نوبت شماره {{ticket}}، باجهٔ شماره {{counter}}',
};
