/**
 * A call on the waiting-hall board in a visitor's language (issue #19): the line written under the
 * call and the sentence spoken for it. `{{ticket}}` is the ticket as it is said ("A 42", letter and
 * number apart) or written ("A042"); `{{counter}}` the counter's label.
 */
import type { AppStrings } from '../catalog.js';

export const boardCall: AppStrings = {
  ar: {
    line: 'التذكرة {{ticket}}: تفضل إلى الكاونتر {{counter}}',
    speech: 'التذكرة رقم {{ticket}}، الكاونتر رقم {{counter}}',
  },
  en: {
    line: 'Ticket {{ticket}}: please go to counter {{counter}}',
    speech: 'Ticket {{ticket}}, counter {{counter}}',
  },
};
