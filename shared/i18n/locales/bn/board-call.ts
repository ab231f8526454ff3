/** Bengali: a call on the waiting-hall board, written and spoken (machine-translated). */
import type { VisitorNamespaces } from '../types.js';

export const boardCall: VisitorNamespaces['boardCall'] = {
  line: 'টিকিট {{ticket}}: অনুগ্রহ করে কাউন্টার {{counter}}-এ যান',
  speech: 'টিকিট নম্বর {{ticket}}, কাউন্টার নম্বর {{counter}}',
};
