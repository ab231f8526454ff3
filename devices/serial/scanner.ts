// A serial barcode/QR scanner speaking the generic protocol: each SCAN frame is one code.
import { FrameType } from './codec.js';
import { DecodingInputDriver } from './decoding-input-driver.js';
import { decodeScan } from './messages.js';

/** Emits 'scan' with each code and 'bad-input' with the error for a malformed frame. */
export class ScannerDriver extends DecodingInputDriver<'scan', string> {
  constructor() {
    super(FrameType.SCAN, decodeScan, 'scan');
  }
}
