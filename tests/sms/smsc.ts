/** A small SMSC for tests, on 127.0.0.1, built with the smpp package's server: binds, submits, receipts. */
import { once, EventEmitter } from 'node:events';
import type { AddressInfo } from 'node:net';
import smpp, { type PDU, type Session } from 'smpp';

export interface Submitted {
  pdu: PDU;
  messageId: string;
  /** The decoded text and the UDH information elements of the part. */
  text: string;
  udh: Buffer[];
}

export interface TestSmsc {
  port: number;
  binds: PDU[];
  submits: Submitted[];
  /** The command_status to answer the next submits with, in turn (then ESME_ROK). */
  refuseNext: number[];
  /** Answers submit_sm to this destination with this status, always. */
  refuseDestination: Map<string, number>;
  /** Resolves once `n` submits were accepted in all. */
  accepted(n: number): Promise<void>;
  /** Resolves once `n` binds happened in all. */
  bound(n: number): Promise<void>;
  receipt(messageId: string, stat: 'DELIVRD' | 'UNDELIV'): void;
  /** Drops every session, as an SMSC restart would. */
  dropSessions(): void;
  /** The unbind requests received, answered or not. */
  unbinds: PDU[];
  /** Resolves once every connection this SMSC accepted has been ended or dropped by the client. */
  clientsGone(): Promise<void>;
  close(): Promise<void>;
}

/**
 * `messageId`: how this SMSC writes the id it answers submit_sm with (default `msg-<n>`).
 * `ignoreUnbind`: an SMSC that never answers unbind and never closes its side of the connection
 * (it keeps the socket half open), as a hung or overloaded one would.
 */
export async function startSmsc(
  password = 'secret',
  opts: { messageId?: (seq: number) => string; ignoreUnbind?: boolean } = {},
): Promise<TestSmsc> {
  const events = new EventEmitter();
  const sessions: Session[] = [];
  let seq = 0;
  const smsc: Omit<TestSmsc, 'port' | 'close'> = {
    binds: [],
    submits: [],
    unbinds: [],
    refuseNext: [],
    refuseDestination: new Map(),
    accepted: (n) => waitFor(() => smsc.submits.length >= n),
    bound: (n) => waitFor(() => smsc.binds.length >= n),
    receipt(messageId, stat) {
      const session = sessions.at(-1)!;
      session.deliver_sm({
        esm_class: 0x04,
        data_coding: 0,
        short_message: `id:${messageId} sub:001 dlvrd:${stat === 'DELIVRD' ? '001' : '000'} submit date:2501011200 done date:2501011201 stat:${stat} err:000 text:`,
      });
    },
    dropSessions() {
      for (const s of [...sessions]) s.destroy();
    },
    clientsGone: () => waitFor(() => connected === 0),
  };
  // Connections whose client has not yet ended its side (counted on the socket, not the session:
  // a half-open socket stays among the sessions).
  let connected = 0;
  const waitFor = async (fact: () => boolean) => {
    while (!fact()) await once(events, 'change');
  };
  const server = smpp.createServer({ allowHalfOpen: opts.ignoreUnbind === true }, (session) => {
    sessions.push(session);
    connected++;
    let gone = false;
    const clientGone = () => {
      if (gone) return;
      gone = true;
      connected--;
      events.emit('change');
    };
    session.socket.on('end', clientGone);
    session.socket.on('close', clientGone);
    session.on('error', () => {});
    session.on('close', () => sessions.splice(sessions.indexOf(session), 1));
    session.on('bind_transceiver', (pdu: PDU) => {
      session.send(
        pdu.response(pdu.password === password ? { system_id: 'test-smsc' } : { command_status: 0x0e }),
      );
      smsc.binds.push(pdu);
      events.emit('change');
    });
    session.on('enquire_link', (pdu: PDU) => session.send(pdu.response()));
    session.on('unbind', (pdu: PDU) => {
      smsc.unbinds.push(pdu);
      events.emit('change');
      if (opts.ignoreUnbind) return;
      session.send(pdu.response());
      session.close();
    });
    session.on('submit_sm', (pdu: PDU) => {
      const status = smsc.refuseDestination.get(pdu.destination_addr ?? '') ?? smsc.refuseNext.shift();
      if (status) {
        session.send(pdu.response({ command_status: status }));
        return;
      }
      const messageId = opts.messageId ? opts.messageId(++seq) : `msg-${++seq}`;
      const body = pdu.short_message;
      const decoded =
        body !== undefined && typeof body === 'object' && !Buffer.isBuffer(body) ? body : undefined;
      smsc.submits.push({
        pdu,
        messageId,
        text: typeof decoded?.message === 'string' ? decoded.message : '',
        udh: decoded?.udh ?? [],
      });
      session.send(pdu.response({ message_id: messageId }));
      events.emit('change');
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return Object.assign(smsc, {
    port: (server.address() as AddressInfo).port,
    close: async () => {
      smsc.dropSessions();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  });
}
