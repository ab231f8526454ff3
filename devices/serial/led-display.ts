// A counter's LED display. The driver remembers what should be shown, so a display that is
// unplugged and plugged back in shows the current ticket again without anyone asking.
import { EventEmitter } from 'node:events';
import { FrameType } from './codec.js';
import type { SerialDeviceDriver } from './driver.js';
import type { FrameLink } from './link.js';
import { encodeShow } from './messages.js';

export class LedDisplayDriver extends EventEmitter implements SerialDeviceDriver {
  private link: FrameLink | null = null;
  private wanted: string | null = null;

  get text(): string | null {
    return this.wanted;
  }

  attach(link: FrameLink): void {
    this.link = link;
    if (this.wanted !== null) void this.push().catch((err: Error) => this.emit('error', err));
  }

  detach(): void {
    this.link = null;
  }

  /** Validates first (bad text changes nothing), then sends if the display is connected. */
  async show(text: string): Promise<void> {
    encodeShow(text);
    this.wanted = text;
    if (this.link) await this.push();
  }

  async clear(): Promise<void> {
    this.wanted = '';
    if (this.link) await this.push();
  }

  private async push(): Promise<void> {
    const link = this.link;
    if (!link || this.wanted === null) return;
    if (this.wanted === '') await link.send(FrameType.CLEAR);
    else {
      const { type, payload } = encodeShow(this.wanted);
      await link.send(type, payload);
    }
  }
}
