/**
 * The display board's announcement queue and the words it speaks. Pure: the browser announcer
 * (renderer/display/announcer.ts) plays what `nextAnnouncement` hands it and reports `done`, so
 * one announcement never cuts into another and a recall is simply announced again.
 */
import type { CallAnnouncement } from '../contract/views.js';

export type SpeechLanguage = 'ar' | 'en';

export interface Announcement {
  /** Unique per call event, so the same ticket recalled is a new item. */
  key: string;
  prefix: string;
  number: number;
  counterLabel: string;
  recall: boolean;
}

export interface AnnouncementQueue {
  readonly pending: readonly Announcement[];
  readonly current: Announcement | null;
  /** Keys already taken in, so a repeated delivery of one event is not announced twice. */
  readonly seen: readonly string[];
}

const SEEN_LIMIT = 200;

export const emptyAnnouncementQueue = (): AnnouncementQueue => ({ pending: [], current: null, seen: [] });

export function announcementOf(call: CallAnnouncement): Announcement {
  return {
    key: call.callId,
    prefix: call.prefix,
    number: call.number,
    counterLabel: call.counterLabel,
    recall: call.recall,
  };
}

/** Adds a call at the back; the same event delivered twice is taken once. */
export function enqueueAnnouncement(q: AnnouncementQueue, a: Announcement): AnnouncementQueue {
  if (q.seen.includes(a.key)) return q;
  return { ...q, pending: [...q.pending, a], seen: [...q.seen, a.key].slice(-SEEN_LIMIT) };
}

/** Starts the next announcement unless one is playing (never interrupts). */
export function nextAnnouncement(q: AnnouncementQueue): {
  queue: AnnouncementQueue;
  start: Announcement | null;
} {
  if (q.current || q.pending.length === 0) return { queue: q, start: null };
  const [start, ...rest] = q.pending;
  return { queue: { ...q, current: start!, pending: rest }, start: start! };
}

/** The one playing has finished. */
export function announcementDone(q: AnnouncementQueue): AnnouncementQueue {
  return { ...q, current: null };
}

/**
 * What the board says. The ticket's letter and number are spoken apart ("A 42", never "A042"):
 * run together, speech engines read the letter as part of a word and the zero-padding as "zero",
 * and the number is said as a whole number ("forty-two", "اثنان وأربعون") as people expect.
 */
export function speechText(
  a: Pick<Announcement, 'prefix' | 'number' | 'counterLabel'>,
  lang: SpeechLanguage,
): string {
  const ticket = `${a.prefix} ${a.number}`;
  return lang === 'ar'
    ? `التذكرة رقم ${ticket}، الكاونتر رقم ${a.counterLabel}`
    : `Ticket ${ticket}, counter ${a.counterLabel}`;
}

/** BCP 47 tags the announcer asks speechSynthesis for, in the screen's language order. */
export const SPEECH_LOCALES: Record<SpeechLanguage, string> = { ar: 'ar-AE', en: 'en-GB' };

export function speechParts(
  a: Pick<Announcement, 'prefix' | 'number' | 'counterLabel'>,
  order: readonly SpeechLanguage[],
): { lang: SpeechLanguage; locale: string; text: string }[] {
  return order.map((lang) => ({ lang, locale: SPEECH_LOCALES[lang], text: speechText(a, lang) }));
}
