/**
 * Spoken guidance with a fake speechSynthesis: it reads the heading and the options, speaks only
 * with a voice for the language, and follows the voice list as the browser fills it in.
 */
import { describe, expect, it } from 'vitest';
import {
  SpeechGuide,
  spokenText,
  voiceMatches,
  type SpeechSynthesisLike,
  type UtteranceSpec,
} from '../../renderer/kiosk/speech.js';

/** A browser speech engine whose voices the test sets; it records what it was asked to say. */
class FakeSynth implements SpeechSynthesisLike {
  voices: { lang: string }[] = [];
  spoken: UtteranceSpec[] = [];
  cancels = 0;
  private readonly listeners = new Set<() => void>();
  getVoices() {
    return this.voices;
  }
  speak(u: SpeechSynthesisUtterance) {
    // The fake utterance factory below hands the spec through unchanged.
    this.spoken.push(u as unknown as UtteranceSpec);
  }
  cancel() {
    this.cancels++;
  }
  addEventListener(_type: 'voiceschanged', listener: () => void) {
    this.listeners.add(listener);
  }
  removeEventListener(_type: 'voiceschanged', listener: () => void) {
    this.listeners.delete(listener);
  }
  /** Chromium loads its voices late and says so with `voiceschanged`. */
  setVoices(langs: string[]) {
    this.voices = langs.map((lang) => ({ lang }));
    for (const l of this.listeners) l();
  }
  get listenerCount() {
    return this.listeners.size;
  }
}

const guideWith = (synth: FakeSynth) =>
  new SpeechGuide(synth, (spec) => ({ ...spec }) as unknown as SpeechSynthesisUtterance);

describe('voiceMatches', () => {
  it('takes any region and either separator as the language', () => {
    expect(voiceMatches('ar-AE', 'ar')).toBe(true);
    expect(voiceMatches('ar_SA', 'ar')).toBe(true);
    expect(voiceMatches('AR', 'ar')).toBe(true);
    expect(voiceMatches('en-GB', 'ar')).toBe(false);
    expect(voiceMatches('arn-CL', 'ar')).toBe(false);
    expect(voiceMatches('en-US', 'en')).toBe(true);
  });
});

describe('spokenText', () => {
  it('reads the heading, then every option once, joined in the language', () => {
    expect(spokenText('اختر الخدمة', ['تجديد', 'إصدار', 'تجديد', ' ', 'بدل فاقد'], 'ar')).toBe(
      'اختر الخدمة. الخيارات: تجديد، إصدار أو بدل فاقد.',
    );
    expect(spokenText('Choose a service', ['Renew', 'Replace'], 'en')).toBe(
      'Choose a service. Choices: Renew or Replace.',
    );
  });
  it('reads only the heading when there is nothing to choose', () => {
    expect(spokenText('Your ticket', [], 'en')).toBe('Your ticket');
    expect(spokenText('Your ticket', ['Your ticket'], 'en')).toBe('Your ticket');
  });
});

describe('SpeechGuide', () => {
  it('speaks the heading and the options with a voice for the language', () => {
    const synth = new FakeSynth();
    synth.setVoices(['ar-SA', 'en-US']);
    const guide = guideWith(synth);
    guide.speak('كيف يمكننا مساعدتك؟', 'ar', ['أخذ تذكرة', 'لدي موعد']);
    expect(synth.spoken).toEqual([
      { text: 'كيف يمكننا مساعدتك؟. الخيارات: أخذ تذكرة أو لدي موعد.', lang: 'ar-AE', rate: 0.9 },
    ]);
    // A new step cuts the old one short.
    expect(synth.cancels).toBe(1);
  });

  it('says nothing, and offers nothing, without a voice for the language', () => {
    const synth = new FakeSynth();
    synth.setVoices(['en-GB']);
    const guide = guideWith(synth);
    expect(guide.hasVoice('ar')).toBe(false);
    expect(guide.hasVoice('en')).toBe(true);
    guide.speak('اختر الجهة', 'ar', ['البلدية']);
    expect(synth.spoken).toEqual([]);
  });

  it('follows the voice list as it changes, until unsubscribed', () => {
    const synth = new FakeSynth();
    const guide = guideWith(synth);
    const seen: boolean[] = [];
    const off = guide.onVoicesChanged(() => seen.push(guide.hasVoice('ar')));
    expect(guide.hasVoice('ar')).toBe(false);
    synth.setVoices(['ar-EG']);
    synth.setVoices([]);
    off();
    synth.setVoices(['ar-EG']);
    expect(seen).toEqual([true, false]);
    expect(synth.listenerCount).toBe(0);
  });

  it('is a quiet no-op where the browser has no speech at all', () => {
    const guide = new SpeechGuide(undefined);
    expect(guide.available).toBe(false);
    expect(guide.hasVoice('ar')).toBe(false);
    expect(() => guide.speak('x', 'en', ['y'])).not.toThrow();
    expect(guide.onVoicesChanged(() => undefined)).toBeTypeOf('function');
  });
});
