/** Hindi: a call on the waiting-hall board, written and spoken (machine-translated). */
import type { VisitorNamespaces } from '../types.js';

export const boardCall: VisitorNamespaces['boardCall'] = {
  line: 'टिकट {{ticket}}: कृपया काउंटर {{counter}} पर जाएँ',
  speech: 'टिकट नंबर {{ticket}}, काउंटर नंबर {{counter}}',
};
