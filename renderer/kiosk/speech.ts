/**
 * Spoken guidance: reads the current step in the chosen language — its heading, then the choices on
 * the screen — so someone who cannot read the screen still knows what to touch. Any touch stops it,
 * so the voice never talks over what the citizen is doing. It offers itself only when the browser
 * has a voice for the language: a button that stays silent is worse than no button.
 */
import { useEffect, useState } from 'react';
import { kiosk } from '../../shared/i18n/apps/kiosk.js';

type Language = 'ar' | 'en';

/** The part of the Web Speech API the guide uses, so tests can give it a fake. */
export interface SpeechSynthesisLike {
  getVoices(): readonly { lang: string }[];
  speak(utterance: SpeechSynthesisUtterance): void;
  cancel(): void;
  addEventListener(type: 'voiceschanged', listener: () => void): void;
  removeEventListener(type: 'voiceschanged', listener: () => void): void;
}

/** What the utterance factory is given; the browser's `SpeechSynthesisUtterance` by default. */
export interface UtteranceSpec {
  text: string;
  lang: string;
  rate: number;
}

const VOICE_LANG: Record<Language, string> = { ar: 'ar-AE', en: 'en-GB' };

/** Words that join the heading and the options when read aloud (from the kiosk's catalogue). */
const JOINERS: Record<Language, { choices: string; or: string; comma: string }> = {
  ar: { choices: kiosk.ar.speechChoices, or: kiosk.ar.speechOr, comma: '، ' },
  en: { choices: kiosk.en.speechChoices, or: kiosk.en.speechOr, comma: ', ' },
};

/** True when a voice's BCP 47 tag is of this language (`ar`, `ar-AE`, `ar_SA` all count for Arabic). */
export function voiceMatches(voiceLang: string, language: Language): boolean {
  return voiceLang.toLowerCase().replace('_', '-').split('-')[0] === language;
}

/** The text read for a screen: the heading, then each option once, in screen order. */
export function spokenText(heading: string, options: readonly string[], language: Language): string {
  const seen = new Set<string>();
  const unique = options
    .map((o) => o.replace(/\s+/g, ' ').trim())
    .filter((o) => o !== '' && o !== heading.trim() && !seen.has(o) && seen.add(o));
  const title = heading.trim();
  if (unique.length === 0) return title;
  const j = JOINERS[language];
  const list =
    unique.length === 1 ? unique[0]! : `${unique.slice(0, -1).join(j.comma)} ${j.or} ${unique.at(-1)!}`;
  return `${title}. ${j.choices} ${list}.`;
}

function browserSynth(): SpeechSynthesisLike | undefined {
  return typeof speechSynthesis === 'undefined' ? undefined : speechSynthesis;
}

function browserUtterance(spec: UtteranceSpec): SpeechSynthesisUtterance {
  const u = new SpeechSynthesisUtterance(spec.text);
  u.lang = spec.lang;
  u.rate = spec.rate;
  return u;
}

export class SpeechGuide {
  constructor(
    private readonly synth: SpeechSynthesisLike | undefined = browserSynth(),
    private readonly utterance: (spec: UtteranceSpec) => SpeechSynthesisUtterance = browserUtterance,
  ) {}

  /** Whether the browser speaks at all (it may still have no voice for a language). */
  get available(): boolean {
    return this.synth !== undefined;
  }

  /** Whether a voice for the language is installed; Chromium fills the list late (`voiceschanged`). */
  hasVoice(language: Language): boolean {
    return !!this.synth?.getVoices().some((v) => voiceMatches(v.lang, language));
  }

  /** Calls `listener` whenever the voice list changes; returns the unsubscribe. */
  onVoicesChanged(listener: () => void): () => void {
    const synth = this.synth;
    if (!synth) return () => undefined;
    synth.addEventListener('voiceschanged', listener);
    return () => synth.removeEventListener('voiceschanged', listener);
  }

  /** Reads the heading and the options; says nothing when there is no voice for the language. */
  speak(text: string, language: Language, options: readonly string[] = []): void {
    if (!this.synth || !this.hasVoice(language)) return;
    this.synth.cancel();
    this.synth.speak(
      this.utterance({ text: spokenText(text, options, language), lang: VOICE_LANG[language], rate: 0.9 }),
    );
  }

  /**
   * Reads what is on the screen now: `heading` (or the page's h1) and the options found in `root`.
   * Called after React has rendered the step, so the options are in the document.
   */
  speakScreen(language: Language, heading?: string, root: ParentNode = document): void {
    const content = screenContent(root);
    this.speak(heading ?? content.heading, language, content.options);
  }

  stop(): void {
    this.synth?.cancel();
  }
}

/**
 * The heading and the choices of the screen: every enabled button in the main content, by the
 * name a screen reader would use (aria-label, else its text). Keyboard and keypad keys are left out
 * (forty letters are not options), as is the navigation bar, which is the same on every screen.
 */
export function screenContent(root: ParentNode = document): { heading: string; options: string[] } {
  const main = root.querySelector('main') ?? root;
  const heading = main.querySelector('h1')?.textContent ?? '';
  const options: string[] = [];
  for (const b of main.querySelectorAll<HTMLElement>('button, [role="button"], [role="radio"]')) {
    if (b.closest('.osk, .keypad, [data-speech="skip"]')) continue;
    if (b instanceof HTMLButtonElement && b.disabled) continue;
    if (b.getClientRects().length === 0) continue;
    // innerText keeps the breaks between a tile's lines ("name" / "wait"), which textContent runs together.
    const name = b.getAttribute('aria-label') ?? (b.innerText || b.textContent || '');
    if (name.trim()) options.push(name);
  }
  return { heading, options };
}

/**
 * Whether spoken guidance can be offered for `language` now, following `voiceschanged`: the
 * listen button and the spoken-guidance mode show only while this is true.
 */
export function useSpeechVoice(language: Language, guide?: SpeechGuide): boolean {
  const [g] = useState(() => guide ?? new SpeechGuide());
  const [has, setHas] = useState(() => g.hasVoice(language));
  useEffect(() => {
    setHas(g.hasVoice(language));
    return g.onVoicesChanged(() => setHas(g.hasVoice(language)));
  }, [g, language]);
  return has;
}
