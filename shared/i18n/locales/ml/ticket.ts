/** Malayalam: the printed ticket's lines (machine-translated, see shared/i18n/languages.ts). */
import type { VisitorNamespaces } from '../types.js';

export const ticket: VisitorNamespaces['ticket'] = {
  waitMinutes_zero: 'പ്രതീക്ഷിക്കുന്ന കാത്തിരിപ്പ്: {{minutes}} മിനിറ്റ്',
  waitMinutes_one: 'പ്രതീക്ഷിക്കുന്ന കാത്തിരിപ്പ്: {{minutes}} മിനിറ്റ്',
  waitMinutes_other: 'പ്രതീക്ഷിക്കുന്ന കാത്തിരിപ്പ്: {{minutes}} മിനിറ്റ്',
  waitRange_zero: 'പ്രതീക്ഷിക്കുന്ന കാത്തിരിപ്പ്: {{low}}-{{high}} മിനിറ്റ്',
  waitRange_one: 'പ്രതീക്ഷിക്കുന്ന കാത്തിരിപ്പ്: {{low}}-{{high}} മിനിറ്റ്',
  waitRange_other: 'പ്രതീക്ഷിക്കുന്ന കാത്തിരിപ്പ്: {{low}}-{{high}} മിനിറ്റ്',
  waitUpTo_zero: 'പ്രതീക്ഷിക്കുന്ന കാത്തിരിപ്പ്: {{high}} മിനിറ്റ് വരെ',
  waitUpTo_one: 'പ്രതീക്ഷിക്കുന്ന കാത്തിരിപ്പ്: {{high}} മിനിറ്റ് വരെ',
  waitUpTo_other: 'പ്രതീക്ഷിക്കുന്ന കാത്തിരിപ്പ്: {{high}} മിനിറ്റ് വരെ',
  scan: 'നിങ്ങളുടെ ഊഴം അറിയാൻ കോഡ് സ്കാൻ ചെയ്യുക',
  onBehalf: 'പ്രതിനിധി: {{relation}}',
};
