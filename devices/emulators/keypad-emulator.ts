// A call keypad whose buttons a test (or the demo) can press.
import { encodeKey, type KeyName } from '../serial/messages.js';
import { SerialDeviceEmulator } from './serial-device.js';

export class KeypadEmulator extends SerialDeviceEmulator {
  /** Resolves when the host acknowledged the press. */
  press(key: KeyName, arg = 0): Promise<void> {
    const { type, payload } = encodeKey({ key, arg });
    return this.send(type, payload);
  }

  /** Sends raw KEY payload bytes, to test how the host treats a faulty keypad. */
  pressRaw(payload: Uint8Array): Promise<void> {
    return this.send(encodeKey({ key: 'next', arg: 0 }).type, payload);
  }
}
