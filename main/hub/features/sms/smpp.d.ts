/**
 * The part of the `smpp` package (0.5, CommonJS, no published types) that Dawr uses: a client
 * session and, for tests, a server. Typed only as far as used.
 */
declare module 'smpp' {
  import type { EventEmitter } from 'node:events';
  import type { Server as NetServer } from 'node:net';

  /** A decoded short_message: text, and the UDH information elements when esm_class has UDHI. */
  export interface DecodedShortMessage {
    message: string | Buffer;
    udh?: Buffer[];
  }

  export interface PduFields {
    command_status?: number;
    sequence_number?: number;
    system_id?: string;
    password?: string;
    system_type?: string;
    interface_version?: number;
    source_addr_ton?: number;
    source_addr_npi?: number;
    source_addr?: string;
    dest_addr_ton?: number;
    dest_addr_npi?: number;
    destination_addr?: string;
    esm_class?: number;
    registered_delivery?: number;
    data_coding?: number;
    /** Sent as given when a Buffer (UDH + payload); decoded to DecodedShortMessage when received. */
    short_message?: Buffer | string | DecodedShortMessage;
    message_id?: string;
    receipted_message_id?: string;
    message_state?: number;
  }

  export interface PDU extends PduFields {
    command: string;
    command_status: number;
    sequence_number: number;
    isResponse(): boolean;
    response(fields?: PduFields): PDU;
  }

  export type PduCallback = (pdu: PDU) => void;

  export interface Session extends EventEmitter {
    socket: {
      remoteAddress?: string;
      writable: boolean;
      on(event: 'end' | 'close', listener: () => void): void;
    };
    bind_transceiver(fields: PduFields, onResponse?: PduCallback): boolean;
    submit_sm(fields: PduFields, onResponse?: PduCallback): boolean;
    deliver_sm(fields: PduFields, onResponse?: PduCallback): boolean;
    enquire_link(fields?: PduFields, onResponse?: PduCallback): boolean;
    unbind(fields?: PduFields, onResponse?: PduCallback): boolean;
    send(pdu: PDU, onResponse?: PduCallback): boolean;
    close(callback?: () => void): void;
    destroy(callback?: () => void): void;
    pause(): void;
    resume(): void;
  }

  export interface ConnectOptions {
    host: string;
    port: number;
    tls?: boolean;
    /** Sends enquire_link this often (ms), keeping an idle bind alive through NATs and SMSC timers. */
    auto_enquire_link_period?: number;
  }

  export interface Server extends NetServer {
    sessions: Session[];
  }

  interface Smpp {
    connect(options: ConnectOptions, onConnect?: () => void): Session;
    createServer(onSession: (session: Session) => void): Server;
    /** `options` go to net.Server (tests keep a socket half open with `allowHalfOpen`). */
    createServer(options: { allowHalfOpen?: boolean }, onSession: (session: Session) => void): Server;
  }

  const smpp: Smpp;
  export default smpp;
}
