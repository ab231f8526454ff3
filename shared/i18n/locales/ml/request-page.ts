/** Malayalam: the public request status page behind the receipt's QR code (machine-translated). */
import type { VisitorNamespaces } from '../types.js';

export const requestPage: VisitorNamespaces['requestPage'] = {
  title: 'അപേക്ഷയുടെ നില',
  number: 'അപേക്ഷ നമ്പർ',
  service: 'സേവനം',
  submittedAt: 'സമർപ്പിച്ച തീയതി',
  current: 'നിലവിലെ സ്ഥിതി',
  history: 'സ്ഥിതി ചരിത്രം',
  status_submitted: 'സമർപ്പിച്ചു',
  status_in_progress: 'നടപടിയിൽ',
  status_waiting_for_customer: 'നിങ്ങളുടെ നടപടിക്കായി കാത്തിരിക്കുന്നു',
  status_ready: 'തയ്യാർ',
  status_completed: 'പൂർത്തിയായി',
  status_rejected: 'നിരസിച്ചു',
  sourceHub: 'കേന്ദ്രത്തിന് അറിയാവുന്ന ഏറ്റവും പുതിയ സ്ഥിതിയാണിത്; പുതിയ മാറ്റങ്ങൾ ഇനിയും എത്തിയിട്ടുണ്ടാകില്ല.',
  loading: 'ലോഡ് ചെയ്യുന്നു…',
  notFound: 'ഈ ലിങ്ക് ഒരു അപേക്ഷയും തുറക്കുന്നില്ല. രസീതിൽ അച്ചടിച്ച QR കോഡ് വീണ്ടും സ്കാൻ ചെയ്യുക.',
  failed: 'അപേക്ഷയുടെ നില ഇപ്പോൾ കാണിക്കാനാവില്ല. പിന്നീട് വീണ്ടും ശ്രമിക്കുക.',
  refresh: 'പുതുക്കുക',
};
