/**
 * The scope gate (shared/domain/assistant/scope-gate.ts, issue #16): a confident answer the second
 * opinion believes to be out of scope or offered elsewhere, clearly more than the answer, is handed
 * over. A boat licence is no driving licence: the words "renew" and "licence" reach the driving
 * licence renewal, the classifier puts the question away from the centre.
 */
import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../shared/domain/assistant/assistant.js';
import { DEMO_CATALOGUE } from '../../main/demo/catalogue.js';
import { DEMO_REPRESENTATIVE_FAQ_ID } from '../../main/demo/faq.js';
import { DEMO_FORMS } from '../../main/demo/forms.js';
import { DEMO_ELSEWHERE_SERVICES, DEMO_FAQ_ENTRIES, demoAssistant } from './demo-assistant.js';

const BOAT_LICENCE = 'كيف اجدد رخصة القارب';

const withoutGate = () =>
  createAssistant(
    DEMO_CATALOGUE,
    DEMO_FAQ_ENTRIES,
    { awayMargin: { ar: Number.POSITIVE_INFINITY, en: Number.POSITIVE_INFINITY } },
    {
      forms: DEMO_FORMS,
      elsewhere: DEMO_ELSEWHERE_SERVICES,
      representativeFaqId: DEMO_REPRESENTATIVE_FAQ_ID,
    },
  );

describe('scope gate', () => {
  it('hands over an Arabic answer the classifier holds to be about something the centre does not do', () => {
    const gated = demoAssistant().ask(BOAT_LICENCE, 'ar');
    expect(gated.handover).toBe(true);
    expect(gated.outcome).toBe('unsure');
    // The rules alone answer the driving licence renewal: the gate is what hands over.
    const rulesOnly = withoutGate().ask(BOAT_LICENCE, 'ar');
    expect(rulesOnly.outcome).toBe('answered');
    expect(rulesOnly.services[0]?.id).toBe('licence-renew');
  });

  it('keeps answering what the classifier agrees with', () => {
    const answer = demoAssistant().ask('كم رسوم تجديد الرخصة', 'ar');
    expect(answer.outcome).toBe('answered');
    expect(answer.kind).toBe('fees');
    expect(answer.services[0]?.id).toBe('licence-renew');
  });

  it('is off for English visitors, where it cost correct answers on the validation thirds', () => {
    // The gate goes by the visitor's chosen language: the same words on the English kiosk are answered.
    const answer = demoAssistant().ask(BOAT_LICENCE, 'en');
    expect(answer).toEqual(withoutGate().ask(BOAT_LICENCE, 'en'));
    expect(answer.outcome).toBe('answered');
  });
});
