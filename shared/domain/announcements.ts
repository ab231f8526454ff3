/**
 * The display board's announcement queue and the words it speaks. Pure: the browser announcer
 * (renderer/display/announcer.ts) plays what `nextAnnouncement` hands it and reports `done`, so
 * one announcement never cuts into another and a recall is simply announced again.
 */
import type { CallAnnouncement } from '../contract/views.js';
import { languageInfo, type VisitorLanguage } from '../i18n/languages.js';

/** Any visitor language can be announced where the board has a voice for it (issue #19). */
export type SpeechLanguage = VisitorLanguage;

export interface Announcement {
  /** Unique per call event, so the same ticket recalled is a new item. */
  key: string;
  prefix: string;
  number: number;
  counterLabel: string;
  recall: boolean;
  /** The languages its queue adds after the screen's own (catalogue `announcementLanguages`). */
  added: readonly SpeechLanguage[];
}

export interface AnnouncementQueue {
  readonly pending: readonly Announcement[];
  readonly current: Announcement | null;
  /** Keys already taken in, so a repeated delivery of one event is not announced twice. */
  readonly seen: readonly string[];
}

const SEEN_LIMIT = 200;

export const emptyAnnouncementQueue = (): AnnouncementQueue => ({ pending: [], current: null, seen: [] });

export function announcementOf(call: CallAnnouncement, added: readonly SpeechLanguage[] = []): Announcement {
  return {
    key: call.callId,
    prefix: call.prefix,
    number: call.number,
    counterLabel: call.counterLabel,
    recall: call.recall,
    added,
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

/** What a sentence is filled with: the ticket as it is said and the counter's label. */
export interface SpeechVars {
  ticket: string;
  counter: string;
}

/**
 * What the board says. The ticket's letter and number are spoken apart ("A 42", never "A042"):
 * run together, speech engines read the letter as part of a word and the zero-padding as "zero",
 * and the number is said as a whole number ("forty-two", "اثنان وأربعون") as people expect. The
 * sentence itself is the language's `boardCall.speech` (shared/i18n), handed in as `say`.
 */
export function speechVars(a: Pick<Announcement, 'prefix' | 'number' | 'counterLabel'>): SpeechVars {
  return { ticket: `${a.prefix} ${a.number}`, counter: a.counterLabel };
}

/**
 * The languages a call is announced in: the screen's, in its order, then the ones its queue adds
 * (catalogue `announcementLanguages`), each once.
 */
export function announcementOrder(
  screen: readonly SpeechLanguage[],
  added: readonly SpeechLanguage[],
): SpeechLanguage[] {
  return [...new Set([...screen, ...added])];
}

/** Each language's sentence with the BCP 47 tag of the voice to ask speechSynthesis for. */
export function speechParts(
  a: Pick<Announcement, 'prefix' | 'number' | 'counterLabel'>,
  order: readonly SpeechLanguage[],
  say: (lang: SpeechLanguage, vars: SpeechVars) => string,
): { lang: SpeechLanguage; locale: string; text: string }[] {
  const vars = speechVars(a);
  return order.map((lang) => ({ lang, locale: languageInfo(lang).speechTag, text: say(lang, vars) }));
}

/**
 * Whether a voice speaks the language: its tag's primary subtag is the registry's speech tag's or the
 * language's own code (Tagalog voices say `fil`, some engines `tl`).
 */
export function voiceSpeaks(voiceLang: string, lang: SpeechLanguage): boolean {
  const primary = voiceLang.toLowerCase().split(/[-_]/)[0] ?? '';
  return primary === lang || primary === languageInfo(lang).speechTag.toLowerCase().split('-')[0];
}
