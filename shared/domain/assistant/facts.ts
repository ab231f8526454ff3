/**
 * Facts an answer gives from the centre's own data rather than FAQ text: fees and processing days
 * from the service forms, the time at the counter and online link from the catalogue, opening
 * hours from the centre settings. Nothing here is written by hand, so nothing drifts.
 */
import type { Catalogue, Service } from '../../contract/catalogue.js';
import type { FormDefinition } from '../../contract/forms.js';
import type { AnswerFacts, AnswerSource } from './contract.js';

export interface Fact {
  facts: AnswerFacts;
  source: AnswerSource;
}

/** Undefined when the centre lists no fee for the service (it has no form, or the form none). */
export function feeFact(form: FormDefinition | undefined): Fact | undefined {
  if (!form || form.fees.length === 0) return undefined;
  const fees = form.fees.map((f) => ({ label: f.label, amountAed: f.amountAed }));
  return { facts: { fees, totalAed: fees.reduce((n, f) => n + f.amountAed, 0) }, source: 'forms' };
}

/**
 * Minutes at the counter always (catalogue); working days until issued when a form says so, and 0
 * ("on the spot") when a form exists without them, as the forms contract defines.
 */
export function durationFact(service: Service, form: FormDefinition | undefined): Fact {
  if (!form) return { facts: { expectedMinutes: service.expectedMinutes }, source: 'catalogue' };
  return {
    facts: { expectedMinutes: form.expectedMinutes, processingDays: form.processingDays ?? 0 },
    source: 'forms',
  };
}

export function onlineFact(service: Service): Fact {
  return { facts: service.onlineUrl ? { onlineUrl: service.onlineUrl } : {}, source: 'catalogue' };
}

export function openingHoursFact(catalogue: Catalogue): Fact {
  return { facts: { openingHours: catalogue.centre.openingHours }, source: 'catalogue' };
}
