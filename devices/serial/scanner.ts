// A serial barcode/QR scanner speaking the generic protocol: each SCAN frame is one code.
import { EventEmitter } from 'node:events';
import { FrameType, type Frame } from './codec.js';
import type { SerialDeviceDriver } from './driver.js';
import type { FrameLink } from './link.js';
import { decodeScan } from './messages.js';

type ScannerDriverEvents = { scan: [code: string]; 'bad-input': [err: Error] };

export class ScannerDriver extends EventEmitter<ScannerDriverEvents> implements SerialDeviceDriver {
  private link: FrameLink | null = null;
  private readonly onFrame = (f: Frame): void => {
    if (f.type !== FrameType.SCAN) return;
    try {
      this.emit('scan', decodeScan(f.payload));
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
