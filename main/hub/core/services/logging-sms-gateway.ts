/** The SMS gateway of a hub without one: it only logs, masked (the default, tests and the demo). */
import { maskMobile } from '../../../../shared/domain/identity.js';
import type { SmsGateway } from './ids.js';

export interface LoggedSms {
  to: string;
  text: string;
}

/** Writes a masked number and the text to the log; keeps the last few for tests and the demo. */
export class LoggingSmsGateway implements SmsGateway {
  readonly recent: LoggedSms[] = [];
  constructor(private readonly log: (entry: LoggedSms) => void = () => {}) {}

  send(to: string, text: string): Promise<void> {
    const entry = { to: maskMobile(to), text };
    this.recent.push(entry);
    if (this.recent.length > 50) this.recent.shift();
    this.log(entry);
    return Promise.resolve();
  }
}
