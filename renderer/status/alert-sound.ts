/**
 * The call's sound. Phones block audio a page starts by itself (autoplay policy): an AudioContext
 * only plays once created or resumed inside a tap. So the page offers a button; its tap unlocks
 * the context (and plays a short confirmation tone), and the call can then sound later.
 */
export class AlertSound {
  private ctx: AudioContext | null = null;

  get enabled(): boolean {
    return this.ctx !== null && this.ctx.state === 'running';
  }

  /** Call from a click handler. Resolves false where the browser has no Web Audio. */
  async enable(): Promise<boolean> {
    const Ctor = window.AudioContext as typeof AudioContext | undefined;
    if (!Ctor) return false;
    this.ctx ??= new Ctor();
    await this.ctx.resume().catch(() => undefined);
    this.tone(0, 0.15, 660);
    return this.enabled;
  }

  /** Three rising tones: noticeable without being harsh. */
  playCall(): void {
    if (!this.enabled) return;
    [523, 659, 784].forEach((f, i) => this.tone(i * 0.35, 0.3, f));
  }

  private tone(startIn: number, seconds: number, hz: number) {
    const ctx = this.ctx;
    if (!ctx) return;
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    osc.frequency.value = hz;
    const t0 = ctx.currentTime + startIn;
    gain.gain.setValueAtTime(0.0001, t0);
    gain.gain.exponentialRampToValueAtTime(0.4, t0 + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, t0 + seconds);
    osc.connect(gain).connect(ctx.destination);
    osc.start(t0);
    osc.stop(t0 + seconds + 0.05);
  }
}
