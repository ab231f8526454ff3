/**
 * Plays the board's announcements one after another: a chime (WebAudio), then the call spoken
 * in each of the screen's languages and then each its queue adds (#19), with speechSynthesis, in
 * those that have a voice; the others are skipped without a word on the board (device health
 * tells the technician). With no voice at all (Electron often lists none) it chimes and holds the
 * visual emphasis instead.
 * The queue itself is pure (shared/domain/announcements.ts); this only drives the browser.
 */
import {
  announcementDone,
  announcementOf,
  announcementOrder,
  emptyAnnouncementQueue,
  enqueueAnnouncement,
  nextAnnouncement,
  speechParts,
  voiceSpeaks,
  type Announcement,
  type AnnouncementQueue,
  type SpeechLanguage,
  type SpeechVars,
} from '../../shared/domain/announcements.js';
import { VISITOR_LANGUAGES } from '../../shared/i18n/languages.js';
import type { CallAnnouncement } from '../../shared/contract/views.js';

/** How long the visual emphasis holds when there is nothing to say aloud. */
const SILENT_HOLD_MS = 3000;
/**
 * The least time a call holds the board's large box (renderer/display/board-calls.ts boardView):
 * calls made together are shown one after another, each for at least this long, so a family
 * looking up at the chime from 5 m still finds the ticket there. Speech in two or more languages
 * usually takes longer; a chime with no voice (4.3 s) would not.
 */
export const MIN_CALL_SHOWN_MS = 6000;
/** A speech engine that never fires `end` must not stall the queue. */
const SPEECH_LIMIT_MS = 10_000;

export interface AnnouncerState {
  queue: AnnouncementQueue;
  /** Every announcement taken in, oldest first (for the read-only test hook). */
  log: Announcement[];
  /** The languages speechSynthesis has a voice for (any shipped language, not only the screen's). */
  voices: SpeechLanguage[];
}

export class Announcer {
  private state: AnnouncerState = { queue: emptyAnnouncementQueue(), log: [], voices: [] };
  private audio: AudioContext | null = null;
  private stopped = false;

  constructor(
    private readonly order: readonly SpeechLanguage[],
    /** The sentence in a language (its `boardCall.speech`), filled with the call's ticket and counter. */
    private readonly say: (lang: SpeechLanguage, vars: SpeechVars) => string,
    private readonly onChange: (s: AnnouncerState) => void,
  ) {
    const synth = typeof speechSynthesis === 'undefined' ? null : speechSynthesis;
    if (synth) {
      this.readVoices();
      synth.addEventListener('voiceschanged', () => this.readVoices());
    }
  }

  private readVoices() {
    const voices = speechSynthesis.getVoices();
    const have = VISITOR_LANGUAGES.filter((l) => voices.some((v) => voiceSpeaks(v.lang, l)));
    this.set({ ...this.state, voices: have });
  }

  private set(s: AnnouncerState) {
    this.state = s;
    this.onChange(s);
  }

  /** Takes a call in; `added` are the languages its queue announces after the screen's. */
  push(call: CallAnnouncement, added: readonly SpeechLanguage[] = []): void {
    const a = announcementOf(call, added);
    const queue = enqueueAnnouncement(this.state.queue, a);
    if (queue === this.state.queue) return;
    this.set({ ...this.state, queue, log: [...this.state.log, a].slice(-100) });
    void this.pump();
  }

  private async pump(): Promise<void> {
    const { queue, start } = nextAnnouncement(this.state.queue);
    if (!start) return;
    this.set({ ...this.state, queue });
    const shownLongEnough = delay(MIN_CALL_SHOWN_MS);
    try {
      await this.chime();
      const spoken = speechParts(start, announcementOrder(this.order, start.added), this.say).filter(
        // No voice, or the language's words not loaded: skipped, never said in another language.
        (p) => p.text !== '' && this.state.voices.includes(p.lang),
      );
      if (spoken.length === 0) await delay(SILENT_HOLD_MS);
      for (const part of spoken) await this.speak(part.text, part.lang, part.locale);
      await shownLongEnough;
    } finally {
      if (!this.stopped) {
        this.set({ ...this.state, queue: announcementDone(this.state.queue) });
        void this.pump();
      }
    }
  }

  private async chime(): Promise<void> {
    try {
      this.audio ??= new AudioContext();
      const ctx = this.audio;
      if (ctx.state === 'suspended') await Promise.race([ctx.resume(), delay(300)]);
      // Two soft tones, high then low: the familiar "ding-dong" that makes heads turn.
      [880, 660].forEach((hz, i) => {
        const osc = ctx.createOscillator();
        const gain = ctx.createGain();
        const t0 = ctx.currentTime + i * 0.45;
        osc.frequency.value = hz;
        gain.gain.setValueAtTime(0.0001, t0);
        gain.gain.exponentialRampToValueAtTime(0.4, t0 + 0.03);
        gain.gain.exponentialRampToValueAtTime(0.0001, t0 + 0.8);
        osc.connect(gain).connect(ctx.destination);
        osc.start(t0);
        osc.stop(t0 + 0.85);
      });
    } catch {
      // No audio device: the visual emphasis still shows.
    }
    await delay(1300);
  }

  private speak(text: string, lang: SpeechLanguage, locale: string): Promise<void> {
    return new Promise((resolve) => {
      const u = new SpeechSynthesisUtterance(text);
      u.lang = locale;
      const voice = speechSynthesis.getVoices().find((v) => voiceSpeaks(v.lang, lang));
      if (voice) u.voice = voice;
      u.rate = 0.9;
      const timer = setTimeout(resolve, SPEECH_LIMIT_MS);
      u.onend = u.onerror = () => {
        clearTimeout(timer);
        resolve();
      };
      speechSynthesis.speak(u);
    });
  }

  stop(): void {
    this.stopped = true;
    void this.audio?.close().catch(() => undefined);
  }
}

const delay = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
