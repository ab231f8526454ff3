/** The assistant over the demo centre and its FAQ, as the hub builds it on first start. */
import { createAssistant } from '../../shared/domain/assistant/assistant.js';
import { FaqEntry } from '../../shared/domain/assistant/contract.js';
import { DEMO_CATALOGUE } from '../../main/demo/catalogue.js';
import { DEMO_FAQ } from '../../main/demo/faq.js';

export const DEMO_FAQ_ENTRIES = DEMO_FAQ.map((f) => FaqEntry.parse(f));
export const demoAssistant = () => createAssistant(DEMO_CATALOGUE, DEMO_FAQ_ENTRIES);
