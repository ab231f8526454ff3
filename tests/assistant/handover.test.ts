/** The assistant hands over to a person when it cannot answer, and answers plainly when it can. */
import { describe, expect, it } from 'vitest';
import { demoAssistant } from './demo-assistant.js';

const assistant = demoAssistant();

const OFF_TOPIC_EN = [
  'what is the weather on mars',
  'tell me a joke',
  'recipe for pizza',
  'who won the football match yesterday',
  'asdkjh qwe zzzz',
  'what is the capital of France',
  'play some music',
  '42',
  '???',
  'how old are you',
];
const OFF_TOPIC_AR = [
  'كيف حالك',
  'من فاز بالمباراة امس',
  'كم عمرك',
  'ما عاصمة فرنسا',
  'شغل لي اغنية',
  'وصفة كبسة دجاج',
  'ههههههه',
  '١٢٣٤٥',
  'السلام عليكم',
  'الطقس حار اليوم',
];

describe('handover', () => {
  it('hands nonsense and off-topic questions over to a person, in both languages', () => {
    const answered = [...OFF_TOPIC_EN, ...OFF_TOPIC_AR].filter((q) => !assistant.ask(q, 'en').handover);
    expect(answered).toEqual([]);
  });

  it('hands over when the visitor asks for a member of staff', () => {
    for (const q of [
      'I want to speak to a person',
      'can I talk to a real human',
      'ابي اكلم موظف',
      'أريد التحدث مع موظف',
    ]) {
      const a = assistant.ask(q, 'en');
      expect(a, q).toMatchObject({ handover: true, outcome: 'asked_for_person' });
    }
  });

  it('answers a clear question without handing over, with the service and its documents', () => {
    const a = assistant.ask('كم تستغرق تجديد الهوية؟', 'ar');
    expect(a.handover).toBe(false);
    expect(a.outcome).toBe('answered');
    expect(a.services[0]).toMatchObject({ id: 'eid-renew', expectedMinutes: 8 });
    expect(a.services[0]!.documents.map((d) => d.en)).toContain('Original Emirates ID card');
  });

  it('answers an FAQ with its text in both languages and the services it is about', () => {
    const a = assistant.ask('where is the eye test', 'en');
    expect(a.faqs[0]).toMatchObject({ id: 'eye-test-location' });
    expect(a.faqs[0]!.answer.ar).toMatch(/فحص النظر/);
    expect(a.services.map((s) => s.id)).toContain('licence-renew');
  });

  it('keeps its best guesses when unsure, so the kiosk can offer them', () => {
    const a = assistant.ask('I bought a used car, how do I transfer ownership', 'en');
    expect(a.matches[0]).toMatchObject({ kind: 'service', id: 'vehicle-register' });
    expect(a.confidence).toBeGreaterThan(0);
    expect(a.confidence).toBeLessThanOrEqual(1);
  });
});
