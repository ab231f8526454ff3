/**
 * The assistant's learned second opinion (shared/domain/assistant/classifier, issue #16): what it
 * sees of a text, a toy training set whose answers are known, and how the assistant uses it.
 */
import { describe, expect, it } from 'vitest';
import {
  charNgrams,
  classifierWords,
  featureCounts,
} from '../../shared/domain/assistant/classifier/features.js';
import { trainClassifier } from '../../shared/domain/assistant/classifier/naive-bayes.js';
import {
  createSecondOpinion,
  labelOfDocument,
  trainingExamples,
} from '../../shared/domain/assistant/classifier/second-opinion.js';
import { createAssistant } from '../../shared/domain/assistant/assistant.js';
import type { AssistantOptions } from '../../shared/domain/assistant/assistant.js';
import { DEMO_CATALOGUE } from '../../main/demo/catalogue.js';
import { DEMO_FORMS } from '../../main/demo/forms.js';
import { DEMO_REPRESENTATIVE_FAQ_ID } from '../../main/demo/faq.js';
import { DEMO_ELSEWHERE_SERVICES, DEMO_FAQ_ENTRIES } from './demo-assistant.js';

describe('what the classifier sees', () => {
  it('folds Arabic spelling variants and drops digits and punctuation', () => {
    expect(classifierWords('أريد تجديد الهوية؟')).toEqual(classifierWords('اريد تجديد الهويه'));
    expect(classifierWords('إقامة مستشفى آخر')).toEqual(['اقامه', 'مستشفي', 'اخر']);
    expect(classifierWords('Renew my ID, 2 times!')).toEqual(['renew', 'my', 'id', 'times']);
  });

  it('takes 2 to 4 letter n-grams inside word boundaries', () => {
    expect(charNgrams('abc')).toEqual(['_a', 'ab', 'bc', 'c_', '_ab', 'abc', 'bc_', '_abc', 'abc_']);
    expect(charNgrams('a')).toEqual(['_a', 'a_', '_a_']);
  });

  it('counts whole words and n-grams, each under its own prefix', () => {
    const counts = featureCounts('visa visa');
    expect(counts.get('w:visa')).toBe(2);
    expect(counts.get('c:vi')).toBe(2);
    expect(counts.get('c:_vis')).toBe(2);
    expect(counts.has('c:_visa')).toBe(false);
    expect(counts.has('visa')).toBe(false);
  });
});

describe('a toy training set whose answers are known', () => {
  const classifier = trainClassifier([
    { text: 'renew my driving licence', label: 'licence' },
    { text: 'driving licence renewal fee', label: 'licence' },
    { text: 'تجديد رخصة القيادة', label: 'licence' },
    { text: 'where can I park my car', label: 'parking' },
    { text: 'is parking free', label: 'parking' },
    { text: 'وين المواقف', label: 'parking' },
  ]);

  it('knows its labels and gives probabilities that sum to one, most likely first', () => {
    expect(classifier.labels).toEqual(['licence', 'parking']);
    const { ranked } = classifier.predict('licence renewal');
    expect(ranked.map((r) => r.label)).toEqual(['licence', 'parking']);
    expect(ranked.reduce((s, r) => s + r.p, 0)).toBeCloseTo(1, 9);
    expect(ranked[0]!.p).toBeGreaterThan(ranked[1]!.p);
  });

  it('carries a word across spellings it never saw', () => {
    expect(classifier.predict('lisence renewel').ranked[0]!.label).toBe('licence');
    expect(classifier.predict('parkng for free?').ranked[0]!.label).toBe('parking');
    expect(classifier.predict('ابي اجدد رخصتي').ranked[0]!.label).toBe('licence');
    expect(classifier.predict('موقف').ranked[0]!.label).toBe('parking');
  });

  it('is unsure, not confident, about a text it has no features of', () => {
    const { ranked } = classifier.predict('zzz qqq');
    expect(ranked[0]!.p).toBeCloseTo(0.5, 9);
  });

  it('refuses to train on nothing', () => {
    expect(() => trainClassifier([])).toThrow(/at least one/);
  });
});

describe('the second opinion over the demo centre', () => {
  const opinion = createSecondOpinion(DEMO_CATALOGUE, DEMO_FAQ_ENTRIES, DEMO_ELSEWHERE_SERVICES);

  it('learns from the catalogue, the FAQ and the services offered elsewhere', () => {
    const labels = new Set(
      trainingExamples(DEMO_CATALOGUE, DEMO_FAQ_ENTRIES, DEMO_ELSEWHERE_SERVICES, {}).map((e) => e.label),
    );
    for (const s of DEMO_CATALOGUE.services) expect(labels.has(`service:${s.id}`), s.id).toBe(true);
    expect(labels.has('topic:facilities')).toBe(true);
    expect(labels.has('not-offered')).toBe(true);
    // An FAQ entry without a known topic is its own label.
    expect(labels.has('faq:photo-specs')).toBe(true);
  });

  it('names an FAQ entry by its topic and the services it is about', () => {
    const faqs = new Map(DEMO_FAQ_ENTRIES.map((f) => [f.id, f]));
    expect(labelOfDocument('service', 'eid-renew', faqs)).toEqual(['service:eid-renew']);
    expect(labelOfDocument('faq', 'toilets', faqs)).toEqual(['topic:facilities']);
    expect(labelOfDocument('faq', 'no-such-entry', faqs)).toEqual(['faq:no-such-entry']);
  });

  it('puts its belief on a question’s topic in words it was not given', () => {
    const p = opinion.predict('وين الحمامات لو سمحت');
    expect(p.ranked[0]!.label).toBe('topic:facilities');
    expect(opinion.support(p, ['topic:facilities'])).toBe(p.ranked[0]!.p);
    // Related labels count together: the live wait and the citizen's own turn.
    const wait = opinion.predict('how long is the wait now');
    expect(opinion.support(wait, ['live:current-wait'])).toBeCloseTo(
      opinion.support(wait, ['live:current-wait', 'live:my-counter']),
      9,
    );
  });
});

describe('the assistant with and without its second opinion', () => {
  const assistant = (secondOpinion: AssistantOptions['secondOpinion']) =>
    createAssistant(
      DEMO_CATALOGUE,
      DEMO_FAQ_ENTRIES,
      { secondOpinion },
      {
        forms: DEMO_FORMS,
        elsewhere: DEMO_ELSEWHERE_SERVICES,
        representativeFaqId: DEMO_REPRESENTATIVE_FAQ_ID,
      },
    );
  const off = assistant('off');
  const fallback = assistant('fallback');

  it('answers when the rules were unsure of the match the classifier is confident of', () => {
    const q = 'hired a guy for my shop how do i get him a labour permit';
    expect(off.ask(q, 'en').outcome).toBe('unsure');
    const a = fallback.ask(q, 'en');
    expect(a.outcome).toBe('answered');
    expect(a.services[0]?.id).toBe('work-permit');
  });

  it('turns a confident answer it strongly disagrees with into "did you mean"', () => {
    // (The complaint about a rude employee it once caught is now the rules' own: a complaint
    // about the centre's staff. A dropped ticket read as "where is my counter" is the case now, in
    // words the lexicon does not rewrite: "وقعت مني ومش لاقيها" it now reads as lost.)
    const q = 'التذكره وقعت ومش قادر الاقيها، أعمل إيه؟';
    expect(off.ask(q, 'ar')).toMatchObject({ outcome: 'answered', kind: 'my-counter' });
    const a = assistant('calibrate').ask(q, 'ar');
    expect(a.outcome).toBe('unsure');
    expect(a.handover).toBe(true);
  });

  it('leaves the rules’ refusals alone', () => {
    for (const q of ['اكتب لي قصيدة عن الإمارات', 'كم سعر الذهب اليوم'])
      expect(fallback.ask(q, 'ar').outcome, q).toBe('out_of_scope');
    expect(fallback.ask('how to get a trade license', 'en').outcome).toBe('not_offered');
  });
});
