// An LED counter display: records what it was told to show.
import { EventEmitter } from 'node:events';
import { FrameType, type Frame } from '../serial/codec.js';
import { decodeShow } from '../serial/messages.js';
import { SerialDeviceEmulator } from './serial-device.js';

export class LedDisplayEmulator extends SerialDeviceEmulator {
  readonly events = new EventEmitter();
  readonly history: string[] = [];
  shown = '';

  protected override onFrame(f: Frame): void {
    if (f.type === FrameType.SHOW) this.shown = decodeShow(f.payload);
    else if (f.type === FrameType.CLEAR) this.shown = '';
    else return;
    this.history.push(this.shown);
    this.events.emit('show', this.shown);
  }
}
