/**
 * Classes of failure seen on the blind sets' tuning parts (issue #16, session 6), each checked with
 * questions in new wording (none copied from a blind set): where the trouble happened is no topic;
 * the machine itself and school work are out of scope; a complaint about the centre's staff is the
 * centre's complaints, about the employer a labour complaint; "called yet" is a turn still to come;
 * "waiting" beside a service asks its duration; a document named elsewhere inside a question about
 * a service here is no service elsewhere; the fact classifier picks the fact the words hid.
 */
import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../shared/domain/assistant/assistant.js';
import type { AssistantAnswer } from '../../shared/domain/assistant/contract.js';
import { createFactOpinion } from '../../shared/domain/assistant/classifier/fact-opinion.js';
import { DEMO_CATALOGUE } from '../../main/demo/catalogue.js';
import { DEMO_REPRESENTATIVE_FAQ_ID } from '../../main/demo/faq.js';
import { DEMO_FORMS } from '../../main/demo/forms.js';
import { DEMO_ELSEWHERE_SERVICES, DEMO_FAQ_ENTRIES, demoAssistant } from './demo-assistant.js';

const assistant = demoAssistant();
const ask = (q: string) => assistant.ask(q, /[a-z]/i.test(q) ? 'en' : 'ar');
const about = (a: AssistantAnswer) => `${a.matches[0]?.kind}:${a.matches[0]?.id}`;

describe('where the trouble happened is no topic', () => {
  it('answers a lost ID at the beach or the mall, and a cancellation before a flight', () => {
    const lost = ask('I lost my Emirates ID at the beach, what now');
    expect(lost.outcome).toBe('answered');
    expect(lost.services[0]?.id).toBe('eid-replace');
    const mall = ask('ضاعت هويتي في المول امس ابي بدل');
    expect(mall.outcome).toBe('answered');
    expect(mall.services[0]?.id).toBe('eid-replace');
  });

  it('still hands over the place or the trip itself', () => {
    for (const q of ['which mall has the best sale', 'find me a cheap flight to Cairo', 'افضل فندق في دبي'])
      expect(ask(q).outcome, q).toBe('out_of_scope');
  });
});

describe('the machine itself and school work are out of scope', () => {
  it('hands over "are you a robot", "who made you", homework and percentages', () => {
    for (const q of [
      'are you a robot or a real person?',
      'who made you',
      'انت روبوت ولا بشر؟',
      'can you do my homework',
      'what is 12% of 900',
      'كم ١٠٪ من ٥٠٠',
    ])
      expect(ask(q), q).toMatchObject({ handover: true, outcome: 'out_of_scope' });
  });
});

describe('who a complaint is about', () => {
  it('sends a complaint about a member of staff to the centre complaints entry', () => {
    for (const q of [
      'I want to make a complaint, the man at counter 3 shouted at me',
      'ابغى اشتكي على موظفه في الكاونتر ما ساعدتني',
    ]) {
      const a = ask(q);
      expect(a.outcome, q).toBe('answered');
      expect(a.kind, q).toBe('faq');
      expect(a.faqs[0]?.id, q).toBe('complaints');
    }
  });

  it('keeps a complaint about the employer or the pay a labour complaint', () => {
    for (const q of [
      'my employer has not paid my salary for 2 months, I want to complain',
      'ابي اشتكي على الكفيل ما عطاني راتبي',
    ])
      expect(ask(q).services[0]?.id, q).toBe('labour-complaint');
  });
});

describe('"called yet" is a turn still to come', () => {
  it('answers from the ticket, not the missed-turn entry', () => {
    for (const q of ['was my number called yet?', 'ناداوا على رقمي ولا لسا؟'])
      expect(ask(q), q).toMatchObject({ outcome: 'answered', kind: 'my-counter' });
  });

  it('still answers the missed-turn entry when the turn has passed', () => {
    const a = ask('they called my number and I missed it');
    expect(a.kind).not.toBe('my-counter');
    expect(about(a)).toBe('faq:missed-turn');
  });
});

describe('"waiting" beside a service', () => {
  it("asks the service's duration when someone is waiting for the result", () => {
    const a = ask('how many days does the building permit take, the contractor is waiting on me');
    expect(a.kind).toBe('duration');
    expect(a.services[0]?.id).toBe('building-permit');
  });

  // Without both classifiers: since session 8 the topic classifier, trained on more phrasings,
  // also overrules the queue here on its own.
  it('without the classifiers it was read as the queue (the class this fixes)', () => {
    const rulesOnly = createAssistant(
      DEMO_CATALOGUE,
      DEMO_FAQ_ENTRIES,
      { secondOpinion: 'off' },
      {
        forms: DEMO_FORMS,
        elsewhere: DEMO_ELSEWHERE_SERVICES,
        representativeFaqId: DEMO_REPRESENTATIVE_FAQ_ID,
      },
    );
    const q = 'how many days does the building permit take, the contractor is waiting on me';
    expect(rulesOnly.ask(q, 'en').kind).toBe('current-wait');
  });

  it('keeps "how long is the wait for the building permit right now" a live question', () => {
    expect(ask('how long is the wait for the building permit right now').kind).toBe('current-wait');
  });
});

describe('a document named inside a question about a service here', () => {
  it('answers the service, not "not at this centre"', () => {
    const a = ask(
      'my Emirates ID was stolen from my car, is a police report needed for the replacement card?',
    );
    expect(a.outcome).toBe('answered');
    expect(a.services[0]?.id).toBe('eid-replace');
  });

  it('still sends the document itself elsewhere', () => {
    for (const q of [
      'where do I file a police report for my stolen phone',
      'how many days does the golden visa take',
    ])
      expect(ask(q).outcome, q).toBe('not_offered');
  });
});

describe('the fact classifier', () => {
  it('tells fees, duration, online and the queue apart in new wording', () => {
    const facts = createFactOpinion();
    const top = (q: string) => facts.predict(q).ranked[0]?.label;
    expect(top('how much money to attest a lease')).toBe('fees');
    expect(top('كم يوم تاخذ المعامله لين تخلص')).toBe('duration');
    expect(top('can i finish it on the website from home')).toBe('online');
    expect(top('how many people are waiting in the queue right now')).toBe('live:current-wait');
  });
});
