/**
 * The gateways that send nothing: `log` writes a masked number and the text to the hub's log
 * (the default, so a hub without a provider still works), and `demo` also prints each message in
 * full on the console and keeps the last ones for the demo outbox page, so a newcomer can read the
 * one-time code of a remote join.
 */
import { maskMobile } from '../../../../shared/domain/identity.js';
import type { OutgoingSms, PartAccepted, SmsTransport } from './transport.js';

export class LogSmsTransport implements SmsTransport {
  readonly kind = 'log' as const;
  constructor(private readonly log: (entry: { to: string; text: string }) => void) {}

  send(sms: OutgoingSms, accepted: PartAccepted): Promise<void> {
    this.log({ to: maskMobile(sms.to), text: sms.text });
    sms.encoded.parts.forEach((_, i) => accepted(i, undefined));
    return Promise.resolve();
  }
}

export interface DemoSms {
  id: string;
  /** The demo shows the number as typed: it is the newcomer's own phone, on their own machine. */
  to: string;
  text: string;
  parts: number;
  encoding: 'gsm7' | 'ucs2';
  at: number;
}

export const DEMO_OUTBOX_SIZE = 50;

export class DemoSmsTransport implements SmsTransport {
  readonly kind = 'demo' as const;
  /** Newest last; memory only, gone when the demo stops. */
  readonly messages: DemoSms[] = [];

  constructor(
    private readonly print: (line: string) => void,
    private readonly now: () => number = Date.now,
  ) {}

  send(sms: OutgoingSms, accepted: PartAccepted): Promise<void> {
    this.messages.push({
      id: sms.id,
      to: sms.to,
      text: sms.text,
      parts: sms.encoded.parts.length,
      encoding: sms.encoded.encoding,
      at: this.now(),
    });
    if (this.messages.length > DEMO_OUTBOX_SIZE) this.messages.shift();
    this.print(`[demo SMS] to ${sms.to}: ${sms.text}`);
    sms.encoded.parts.forEach((_, i) => accepted(i, `demo-${sms.id}-${i}`));
    return Promise.resolve();
  }
}
