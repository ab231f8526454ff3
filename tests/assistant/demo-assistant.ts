/** The assistant over the demo centre, its forms and FAQ, as the hub builds it on first start. */
import { createAssistant } from '../../shared/domain/assistant/assistant.js';
import { FaqEntry } from '../../shared/domain/assistant/contract.js';
import { ElsewhereService } from '../../shared/domain/assistant/elsewhere.js';
import { DEMO_CATALOGUE } from '../../main/demo/catalogue.js';
import { DEMO_ELSEWHERE, DEMO_FAQ, DEMO_REPRESENTATIVE_FAQ_ID } from '../../main/demo/faq.js';
import { DEMO_FORMS } from '../../main/demo/forms.js';

export const DEMO_FAQ_ENTRIES = DEMO_FAQ.map((f) => FaqEntry.parse(f));
export const DEMO_ELSEWHERE_SERVICES = DEMO_ELSEWHERE.map((e) => ElsewhereService.parse(e));
export const demoAssistant = () =>
  createAssistant(
    DEMO_CATALOGUE,
    DEMO_FAQ_ENTRIES,
    {},
    {
      forms: DEMO_FORMS,
      elsewhere: DEMO_ELSEWHERE_SERVICES,
      representativeFaqId: DEMO_REPRESENTATIVE_FAQ_ID,
    },
  );
