// Wires one counter's keypad and LED display to the hub: a key press performs the same
// counter action as the counter app, and the display shows the ticket that is now called.
// Presses are handled one at a time so a double press cannot call two tickets at once.
import { EventEmitter } from 'node:events';
import type { CounterActions, CounterTicket } from '../ports.js';
import type { KeypadDriver } from './keypad.js';
import type { LedDisplayDriver } from './led-display.js';
import type { KeyPress } from './messages.js';

export const IDLE_TEXT = '----';

type CounterStationEvents = {
  action: [press: KeyPress, ticket: CounterTicket];
  'action-failed': [press: KeyPress, err: Error];
};

export class CounterStation extends EventEmitter<CounterStationEvents> {
  private chain: Promise<void> = Promise.resolve();
  private readonly onKey = (press: KeyPress): void => {
    this.chain = this.chain.then(() => this.handle(press));
  };

  constructor(
    private readonly counterId: string,
    private readonly actions: CounterActions,
    private readonly keypad: KeypadDriver | null,
    private readonly display: LedDisplayDriver | null,
  ) {
    super();
    keypad?.on('key', this.onKey);
  }

  /** For changes made elsewhere (the counter app called a ticket): keep the display in step. */
  async showTicket(ticket: CounterTicket): Promise<void> {
    await this.display?.show(ticket?.ticketNumber ?? IDLE_TEXT);
  }

  close(): void {
    this.keypad?.off('key', this.onKey);
  }

  private async handle(press: KeyPress): Promise<void> {
    let ticket: CounterTicket;
    try {
      switch (press.key) {
        case 'next':
          ticket = await this.actions.callNext(this.counterId);
          break;
        case 'recall':
          ticket = await this.actions.recall(this.counterId);
          break;
        case 'no-show':
          ticket = await this.actions.noShow(this.counterId);
          break;
        case 'transfer':
          ticket = await this.actions.transfer(this.counterId, press.arg);
          break;
      }
    } catch (err) {
      this.emit('action-failed', press, err as Error);
      return;
    }
    this.emit('action', press, ticket);
    // A disconnected display catches up by itself when it returns (the driver keeps the text).
    await this.showTicket(ticket).catch(() => undefined);
  }
}
