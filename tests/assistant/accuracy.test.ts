/**
 * How often the assistant's first (top-1) or first three (top-3) matches hold the expected
 * service or FAQ entry, over questions written by hand in each language. Figures are printed;
 * the floors below are what the kiosk needs to be worth asking.
 */
import { describe, expect, it } from 'vitest';
import { DEMO_CATALOGUE } from '../../main/demo/catalogue.js';
import type { Language } from '../../shared/domain/assistant/contract.js';
import { ARABIC_QUESTIONS } from './questions.ar.js';
import { ENGLISH_QUESTIONS, type LabelledQuestion } from './questions.en.js';
import { HELD_OUT_ARABIC, HELD_OUT_ENGLISH } from './questions.heldout.js';
import { DEMO_FAQ_ENTRIES, demoAssistant } from './demo-assistant.js';

const assistant = demoAssistant();

function accuracy(questions: LabelledQuestion[], language: Language) {
  let top1 = 0;
  let top3 = 0;
  let handedOver = 0;
  const misses: string[] = [];
  for (const { q, expect: expected } of questions) {
    const answer = assistant.ask(q, language);
    if (answer.handover) handedOver++;
    const ids = answer.matches.map((m) => `${m.kind}:${m.id}`);
    const at = ids.indexOf(expected);
    if (at === 0) top1++;
    if (at >= 0 && at < 3) top3++;
    else misses.push(`${q} → expected ${expected}, got ${ids.slice(0, 3).join(', ') || 'nothing'}`);
  }
  return {
    top1: top1 / questions.length,
    top3: top3 / questions.length,
    handover: handedOver / questions.length,
    misses,
  };
}

const known = new Set([
  ...DEMO_CATALOGUE.services.map((s) => `service:${s.id}`),
  ...DEMO_FAQ_ENTRIES.map((f) => `faq:${f.id}`),
]);

describe('assistant accuracy on hand-written questions', () => {
  const sets = [
    { name: 'English', language: 'en' as const, questions: ENGLISH_QUESTIONS, top1: 0.85, top3: 0.95 },
    { name: 'Arabic', language: 'ar' as const, questions: ARABIC_QUESTIONS, top1: 0.85, top3: 0.95 },
    { name: 'English held-out', language: 'en' as const, questions: HELD_OUT_ENGLISH, top1: 0.7, top3: 0.85 },
    { name: 'Arabic held-out', language: 'ar' as const, questions: HELD_OUT_ARABIC, top1: 0.7, top3: 0.85 },
  ];

  it('has at least 60 questions per language, each labelled with a real service or FAQ entry', () => {
    expect(ENGLISH_QUESTIONS.length).toBeGreaterThanOrEqual(60);
    expect(ARABIC_QUESTIONS.length).toBeGreaterThanOrEqual(60);
    const all = sets.flatMap((s) => s.questions);
    expect(all.filter((q) => !known.has(q.expect)).map((q) => q.expect)).toEqual([]);
  });

  for (const set of sets) {
    it(`${set.name}: top-1 ≥ ${set.top1}, top-3 ≥ ${set.top3}`, () => {
      const r = accuracy(set.questions, set.language);
      console.log(
        `[assistant] ${set.name} (${set.questions.length} questions): top-1 ${r.top1.toFixed(3)}, top-3 ${r.top3.toFixed(3)}, handed over ${r.handover.toFixed(3)}` +
          (r.misses.length ? `\n  outside top-3:\n  ${r.misses.join('\n  ')}` : ''),
      );
      expect(r.top1).toBeGreaterThanOrEqual(set.top1);
      expect(r.top3).toBeGreaterThanOrEqual(set.top3);
      // Answerable questions should rarely be sent to a person.
      expect(r.handover).toBeLessThanOrEqual(0.15);
    });
  }
});
