/** Tagalog: a call on the waiting-hall board, written and spoken (machine-translated). */
import type { VisitorNamespaces } from '../types.js';

export const boardCall: VisitorNamespaces['boardCall'] = {
  line: 'Tiket {{ticket}}: pumunta po sa counter {{counter}}',
  speech: 'Tiket numero {{ticket}}, counter numero {{counter}}',
};
