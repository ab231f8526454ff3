/** Malayalam: form messages the phone pages and forms show instead of the browser's (machine-translated). */
import type { VisitorNamespaces } from '../types.js';

export const form: VisitorNamespaces['form'] = {
  required: 'ഈ ഫീൽഡ് നിർബന്ധമാണ്.',
  wholeNumber: 'ഒരു പൂർണ്ണസംഖ്യ നൽകുക.',
  tooLong: 'വാചകം വളരെ നീളമുള്ളതാണ്.',
  tooShort: 'കുറഞ്ഞത് {{min}} അക്ഷരങ്ങൾ എഴുതുക.',
  atLeast: '{{min}} അല്ലെങ്കിൽ കൂടുതൽ നൽകുക.',
  atMost: '{{max}} അല്ലെങ്കിൽ കുറവ് നൽകുക.',
  invalid: 'ഈ മൂല്യം സാധുവല്ല.',
  wrongCredentials: 'ഉപയോക്തൃനാമം അല്ലെങ്കിൽ PIN തെറ്റാണ്.',
  invalidJson: 'ഇത് സാധുവായ JSON അല്ല. ബ്രാക്കറ്റുകൾ, കോമകൾ, ഉദ്ധരണി ചിഹ്നങ്ങൾ പരിശോധിക്കുക.',
  invalidJsonAt:
    'ഇത് സാധുവായ JSON അല്ല: വരി {{line}}, നിര {{column}} പരിശോധിക്കുക (ബ്രാക്കറ്റുകൾ, കോമകൾ, ഉദ്ധരണി ചിഹ്നങ്ങൾ).',
};
