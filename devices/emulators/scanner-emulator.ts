// A barcode/QR scanner that "reads" whatever code the test hands it.
import { encodeScan } from '../serial/messages.js';
import { SerialDeviceEmulator } from './serial-device.js';

export class ScannerEmulator extends SerialDeviceEmulator {
  scan(code: string): Promise<void> {
    const { type, payload } = encodeScan(code);
    return this.send(type, payload);
  }
}
