/**
 * The kiosk's virtual assistant: answers a question from the service catalogue, the service forms
 * and the centre's FAQ, offline, and says when it does not know (issue #16).
 *
 * In order: a request for a person; a question outside government services (`out_of_scope`); a
 * government service provided elsewhere (`not_offered`, with where to go); live questions (my
 * counter, the current wait, opening hours: the hub fills in the live facts); then BM25 over the
 * services and FAQ, where the question words choose the kind of answer (fees, duration, documents,
 * representative, online) and the topic words choose the service. A confident answer needs evidence
 * of the topic: generic and intent words (fee, counter, how long) and corrected misspellings count
 * for little or nothing. Anything less is `unsure`: "did you mean…?" with the hand-over first. Last,
 * the scope gate (scope-gate.ts) hands over a confident answer the classifier believes to be about
 * something outside the centre.
 */
import type { Catalogue } from '../../contract/catalogue.js';
import type { FaqEntry } from './contract.js';
import { withoutPersonalDetails } from './personal.js';
import type { Assistant, AssistantData, AssistantOptions } from './assistant-options.js';
import { createAssistantContext } from './assistant-context.js';
import { answer } from './assistant-answer.js';
import { gateOnScope } from './scope-gate.js';

export type { Assistant, AssistantData, AssistantOptions } from './assistant-options.js';

export function createAssistant(
  catalogue: Catalogue,
  faqs: readonly FaqEntry[],
  options: AssistantOptions = {},
  data: AssistantData = {},
): Assistant {
  const ctx = createAssistantContext(catalogue, faqs, options, data);
  return {
    ask(asked, language) {
      const question = withoutPersonalDetails(asked);
      return gateOnScope(ctx, question, language, answer(ctx, question, language));
    },
  };
}
