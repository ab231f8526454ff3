/**
 * Spoken guidance: reads the current step in the chosen language. Any touch stops it, so
 * the voice never talks over what the citizen is doing.
 */
export class SpeechGuide {
  private readonly synth: SpeechSynthesis | undefined =
    typeof speechSynthesis === 'undefined' ? undefined : speechSynthesis;

  get available(): boolean {
    return this.synth !== undefined;
  }

  speak(text: string, language: 'ar' | 'en'): void {
    if (!this.synth) return;
    this.synth.cancel();
    const u = new SpeechSynthesisUtterance(text);
    u.lang = language === 'ar' ? 'ar-AE' : 'en-GB';
    u.rate = 0.9;
    this.synth.speak(u);
  }

  stop(): void {
    this.synth?.cancel();
  }
}
