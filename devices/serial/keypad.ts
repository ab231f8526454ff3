// A counter's call keypad: turns KEY frames into key presses. Malformed presses are
// reported and ignored; they never reach the queue.
import { EventEmitter } from 'node:events';
import { FrameType, type Frame } from './codec.js';
import type { SerialDeviceDriver } from './driver.js';
import type { FrameLink } from './link.js';
import { decodeKey, type KeyPress } from './messages.js';

type KeypadDriverEvents = { key: [press: KeyPress]; 'bad-input': [err: Error] };

export class KeypadDriver extends EventEmitter<KeypadDriverEvents> implements SerialDeviceDriver {
  private link: FrameLink | null = null;
  private readonly onFrame = (f: Frame): void => {
    if (f.type !== FrameType.KEY) return;
    try {
      this.emit('key', decodeKey(f.payload));
    } catch (err) {
      this.emit('bad-input', err as Error);
    }
  };

  attach(link: FrameLink): void {
    this.link = link;
    link.on('frame', this.onFrame);
  }

  detach(): void {
    this.link?.off('frame', this.onFrame);
    this.link = null;
  }
}
