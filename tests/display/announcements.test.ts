import { describe, expect, it } from 'vitest';
import {
  announcementDone,
  announcementOf,
  emptyAnnouncementQueue,
  enqueueAnnouncement,
  nextAnnouncement,
  speechParts,
  speechText,
} from '../../shared/domain/announcements.js';
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

describe('speech text', () => {
  it('says the letter and number apart, in Arabic and English', () => {
    const a = announcementOf(call());
    expect(speechText(a, 'ar')).toBe('التذكرة رقم A 42، الكاونتر رقم 3');
    expect(speechText(a, 'en')).toBe('Ticket A 42, counter 3');
  });

  it('follows the screen language order with the voices asked for', () => {
    const parts = speechParts(announcementOf(call({ prefix: 'C', number: 7, counterLabel: '12' })), [
      'en',
      'ar',
    ]);
    expect(parts).toEqual([
      { lang: 'en', locale: 'en-GB', text: 'Ticket C 7, counter 12' },
      { lang: 'ar', locale: 'ar-AE', text: 'التذكرة رقم C 7، الكاونتر رقم 12' },
    ]);
  });
});
