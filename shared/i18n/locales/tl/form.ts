/** Tagalog: form messages the phone pages and forms show instead of the browser's (machine-translated). */
import type { VisitorNamespaces } from '../types.js';

export const form: VisitorNamespaces['form'] = {
  required: 'Kailangan ang field na ito.',
  wholeNumber: 'Maglagay ng buong numero.',
  tooLong: 'Masyadong mahaba ang teksto.',
  tooShort: 'Sumulat ng hindi bababa sa {{min}} na character.',
  atLeast: 'Maglagay ng {{min}} o higit pa.',
  atMost: 'Maglagay ng {{max}} o mas mababa.',
  invalid: 'Hindi wasto ang halagang ito.',
  wrongCredentials: 'Mali ang username o PIN.',
  invalidJson: 'Hindi ito wastong JSON. Tingnan ang mga bracket, kuwit at panipi.',
  invalidJsonAt:
    'Hindi ito wastong JSON: tingnan ang linya {{line}}, column {{column}} (mga bracket, kuwit at panipi).',
};
