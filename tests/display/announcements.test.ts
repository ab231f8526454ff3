import { describe, expect, it } from 'vitest';
import {
  announcementDone,
  announcementOf,
  emptyAnnouncementQueue,
  enqueueAnnouncement,
  nextAnnouncement,
  announcementOrder,
  speechParts,
  speechVars,
  voiceSpeaks,
  type SpeechVars,
} from '../../shared/domain/announcements.js';
import { LOCALES, SOURCE_BUNDLES } from '../../shared/i18n/locales/all.js';
import type { VisitorLanguage } from '../../shared/i18n/languages.js';
import type { CallAnnouncement } from '../../shared/contract/views.js';

const call = (over: Partial<CallAnnouncement> = {}): CallAnnouncement => ({
  callId: 'e1',
  ticket: 'A042',
  prefix: 'A',
  number: 42,
  counterId: 'c3',
  counterLabel: '3',
  queueId: 'q-identity',
  recall: false,
  at: 1000,
  ...over,
});

describe('announcement queue', () => {
  it('plays one at a time and never interrupts the one playing', () => {
    let q = enqueueAnnouncement(emptyAnnouncementQueue(), announcementOf(call()));
    q = enqueueAnnouncement(q, announcementOf(call({ callId: 'e2', number: 43, at: 1001 })));
    const first = nextAnnouncement(q);
    expect(first.start?.number).toBe(42);
    const blocked = nextAnnouncement(first.queue);
    expect(blocked.start).toBeNull();
    const second = nextAnnouncement(announcementDone(blocked.queue));
    expect(second.start?.number).toBe(43);
    expect(nextAnnouncement(announcementDone(second.queue)).start).toBeNull();
  });

  it('announces a recall again but takes one event delivered twice only once', () => {
    let q = enqueueAnnouncement(emptyAnnouncementQueue(), announcementOf(call()));
    q = enqueueAnnouncement(q, announcementOf(call()));
    expect(q.pending).toHaveLength(1);
    q = enqueueAnnouncement(q, announcementOf(call({ callId: 'e3', recall: true, at: 2000 })));
    expect(q.pending.map((a) => a.recall)).toEqual([false, true]);
  });
});

/** Each language's sentence as the board's i18n gives it (shared/i18n/apps/board-call.ts, locales/). */
function say(lang: VisitorLanguage, vars: SpeechVars): string {
  const template =
    lang === 'ar' || lang === 'en'
      ? SOURCE_BUNDLES[lang].namespaces.boardCall.speech
      : LOCALES[lang].namespaces.boardCall.speech;
  return (template ?? '').replace('{{ticket}}', vars.ticket).replace('{{counter}}', vars.counter);
}

describe('speech text', () => {
  it('says the letter and number apart, in Arabic and English', () => {
    const a = announcementOf(call());
    expect(speechVars(a)).toEqual({ ticket: 'A 42', counter: '3' });
    expect(speechParts(a, ['ar', 'en'], say).map((p) => p.text)).toEqual([
      'التذكرة رقم A 42، الكاونتر رقم 3',
      'Ticket A 42, counter 3',
    ]);
  });

  it('follows the screen language order with the voices asked for', () => {
    const parts = speechParts(
      announcementOf(call({ prefix: 'C', number: 7, counterLabel: '12' })),
      ['en', 'ar'],
      say,
    );
    expect(parts).toEqual([
      { lang: 'en', locale: 'en-GB', text: 'Ticket C 7, counter 12' },
      { lang: 'ar', locale: 'ar-AE', text: 'التذكرة رقم C 7، الكاونتر رقم 12' },
    ]);
  });

  it('adds a queue’s languages after the screen’s, each once, in the registry’s voices', () => {
    const a = announcementOf(call({ prefix: 'B', number: 5, counterLabel: '2' }), ['ur', 'en', 'tl']);
    expect(a.added).toEqual(['ur', 'en', 'tl']);
    const order = announcementOrder(['ar', 'en'], a.added);
    expect(order).toEqual(['ar', 'en', 'ur', 'tl']);
    const parts = speechParts(a, order, say);
    expect(parts.map((p) => `${p.lang}:${p.locale}`)).toEqual([
      'ar:ar-AE',
      'en:en-GB',
      'ur:ur-PK',
      'tl:fil-PH',
    ]);
    expect(parts[2]!.text).toBe('ٹکٹ نمبر B 5، کاؤنٹر نمبر 2');
    expect(parts[3]!.text).toBe('Tiket numero B 5, counter numero 2');
  });

  it('knows a voice by its tag’s language, Tagalog by `fil` or `tl`, and not by a look-alike prefix', () => {
    expect(voiceSpeaks('ur-PK', 'ur')).toBe(true);
    expect(voiceSpeaks('fil-PH', 'tl')).toBe(true);
    expect(voiceSpeaks('tl_PH', 'tl')).toBe(true);
    expect(voiceSpeaks('en-US', 'en')).toBe(true);
    // "fa" must not match a Filipino voice, nor "ml" a Maltese one ("mt").
    expect(voiceSpeaks('fil-PH', 'fa')).toBe(false);
    expect(voiceSpeaks('mt-MT', 'ml')).toBe(false);
    expect(voiceSpeaks('hi-IN', 'bn')).toBe(false);
  });
});
