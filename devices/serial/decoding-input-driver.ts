// What the input devices (keypad, scanner) share: listen on whatever link the supervisor hands
// over for one frame type, decode each payload and emit the value under the device's own event
// name. A payload that does not decode is emitted as 'bad-input' and goes no further.
import { EventEmitter } from 'node:events';
import type { Frame } from './codec.js';
import type { SerialDeviceDriver } from './driver.js';
import type { FrameLink } from './link.js';

export type DecodingInputEvents<Name extends string, T> = { [N in Name]: [value: T] } & {
  'bad-input': [err: Error];
};

export class DecodingInputDriver<Name extends string, T>
  extends EventEmitter<DecodingInputEvents<Name, T>>
  implements SerialDeviceDriver
{
  private link: FrameLink | null = null;
  private readonly onFrame = (f: Frame): void => {
    if (f.type !== this.frameType) return;
    // The event map is generic here, so emit through the untyped view; subclasses stay typed.
    const emitter = this as EventEmitter;
    try {
      emitter.emit(this.eventName, this.decode(f.payload));
    } catch (err) {
      emitter.emit('bad-input', err as Error);
    }
  };

  constructor(
    private readonly frameType: number,
    private readonly decode: (payload: Uint8Array) => T,
    private readonly eventName: Name,
  ) {
    super();
  }

  attach(link: FrameLink): void {
    this.link = link;
    link.on('frame', this.onFrame);
  }

  detach(): void {
    this.link?.off('frame', this.onFrame);
    this.link = null;
  }
}
