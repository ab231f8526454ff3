// A counter's call keypad: turns KEY frames into key presses. Malformed presses are
// reported and ignored; they never reach the queue.
import { FrameType } from './codec.js';
import { DecodingInputDriver } from './decoding-input-driver.js';
import { decodeKey, type KeyPress } from './messages.js';

/** Emits 'key' with each press and 'bad-input' with the error for a malformed one. */
export class KeypadDriver extends DecodingInputDriver<'key', KeyPress> {
  constructor() {
    super(FrameType.KEY, decodeKey, 'key');
  }
}
