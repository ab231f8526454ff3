/** Malayalam: a call on the waiting-hall board, written and spoken (machine-translated). */
import type { VisitorNamespaces } from '../types.js';

export const boardCall: VisitorNamespaces['boardCall'] = {
  line: 'ടിക്കറ്റ് {{ticket}}: ദയവായി കൗണ്ടർ {{counter}}-ലേക്ക് പോകുക',
  speech: 'ടിക്കറ്റ് നമ്പർ {{ticket}}, കൗണ്ടർ നമ്പർ {{counter}}',
};
