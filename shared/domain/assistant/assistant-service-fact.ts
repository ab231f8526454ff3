/** Which fact of a service a question asks for (fees, duration, online…) and the fact itself. */
import type { Service } from '../../contract/catalogue.js';
import type { AnswerKind } from './contract.js';
import { durationFact, feeFact, onlineFact, type Fact } from './facts.js';
import type { Intents } from './intent.js';
import type { FactKind } from './classifier/fact-opinion.js';
import type { AssistantContext } from './assistant-context.js';

/** The kind of answer a question about service `s` wants, and its facts. */
export function serviceFact(
  ctx: AssistantContext,
  s: Service,
  read: Intents,
  guessed: FactKind | undefined,
): { kind: AnswerKind; fact?: Fact; missing?: boolean } {
  const form = ctx.forms.get(s.id);
  // The question words read no fact (or a typo hid it): the fact classifier's sure guess counts.
  const readsFact =
    read.representative || read.online || read.fees || read.duration || read.documents || read.eligibility;
  // A guess only chooses among facts the centre holds: a hand-over ("the centre has no fee for
  // this", "eligibility is for a person") needs the question's own words, else the card is shown.
  if (!readsFact && guessed && guessed !== 'eligibility') {
    const chosen = serviceFact(
      ctx,
      s,
      {
        ...read,
        representative: guessed === 'representative',
        online: guessed === 'online',
        fees: guessed === 'fees',
        duration: guessed === 'duration',
      },
      undefined,
    );
    if (!chosen.missing) return chosen;
  }
  const intents = read;
  // "Does my wife on my visa need a work permit": whether, before who comes or what it costs.
  if (intents.permitNeeded) return { kind: 'eligibility', missing: true };
  if (intents.representative) return { kind: 'representative' };
  if (intents.online) return { kind: 'online', fact: onlineFact(s) };
  if (intents.fees) {
    const fact = feeFact(form);
    return fact ? { kind: 'fees', fact } : { kind: 'fees', missing: true };
  }
  if (intents.duration) return { kind: 'duration', fact: durationFact(s, form) };
  if (intents.documents) return { kind: 'documents', fact: { facts: {}, source: 'catalogue' } };
  // "Can I …, while …?": the catalogue holds no eligibility rules, so a person answers.
  if (intents.eligibility) return { kind: 'eligibility', missing: true };
  return { kind: 'service', fact: { facts: {}, source: 'catalogue' } };
}
