/**
 * SMPP 3.4 client gateway: one bind_transceiver session to the telco's SMSC, kept up with
 * enquire_link and re-bound with backoff when it drops. Each part is one submit_sm (UDH +
 * payload, data_coding 0 or 8, alphanumeric sender as TON 5), with a delivery receipt asked for;
 * receipts (deliver_sm with the receipt esm_class) are handed to the outbox by message id.
 */
import smpp, { type PDU, type Session } from 'smpp';
import type { SmsReceipt } from './outbox.js';
import { SmsSendError, type OutgoingSms, type PartAccepted, type SmsTransport } from './transport.js';

export interface SmppSettings {
  host: string;
  port: number;
  systemId: string;
  password: string;
  systemType: string;
  /** The sender id: up to 11 letters/digits (shown as the sender), or an international number. */
  sourceAddr: string;
  tls: boolean;
  /** enquire_link period on an idle bind. */
  enquireLinkMs: number;
  /** How long a bind or a submit may wait for its answer. */
  responseTimeoutMs: number;
  /** Re-bind waits: from `reconnectBaseMs`, doubling, at most `reconnectMaxMs`. */
  reconnectBaseMs: number;
  reconnectMaxMs: number;
}

export const SMPP_DEFAULTS = {
  port: 2775,
  systemType: '',
  tls: false,
  enquireLinkMs: 30_000,
  responseTimeoutMs: 10_000,
  reconnectBaseMs: 1000,
  reconnectMaxMs: 60_000,
} as const;

/** SMPP 3.4 command_status values Dawr acts on (section 5.1.3). */
export const SMPP_STATUS = {
  ESME_ROK: 0x00,
  ESME_RINVMSGLEN: 0x01,
  ESME_RSYSERR: 0x08,
  ESME_RINVSRCADR: 0x0a,
  ESME_RINVDSTADR: 0x0b,
  ESME_RBINDFAIL: 0x0d,
  ESME_RINVPASWD: 0x0e,
  ESME_RINVSYSID: 0x0f,
  ESME_RMSGQFUL: 0x14,
  ESME_RINVNUMDESTS: 0x33,
  ESME_RINVESMCLASS: 0x43,
  ESME_RINVSRCTON: 0x48,
  ESME_RINVSRCNPI: 0x49,
  ESME_RINVDSTTON: 0x50,
  ESME_RINVDSTNPI: 0x51,
  ESME_RTHROTTLED: 0x58,
  ESME_RX_P_APPN: 0x65,
  ESME_RINVDCS: 0x104,
} as const;

/** Refusals that no retry can fix: the number, the sender or the message itself is wrong. */
const PERMANENT: ReadonlySet<number> = new Set([
  SMPP_STATUS.ESME_RINVMSGLEN,
  SMPP_STATUS.ESME_RINVSRCADR,
  SMPP_STATUS.ESME_RINVDSTADR,
  SMPP_STATUS.ESME_RINVNUMDESTS,
  SMPP_STATUS.ESME_RINVESMCLASS,
  SMPP_STATUS.ESME_RINVSRCTON,
  SMPP_STATUS.ESME_RINVSRCNPI,
  SMPP_STATUS.ESME_RINVDSTTON,
  SMPP_STATUS.ESME_RINVDSTNPI,
  SMPP_STATUS.ESME_RX_P_APPN,
  SMPP_STATUS.ESME_RINVDCS,
]);
const THROTTLING: ReadonlySet<number> = new Set([SMPP_STATUS.ESME_RTHROTTLED, SMPP_STATUS.ESME_RMSGQFUL]);

const ESM_UDH_INDICATOR = 0x40;
const ESM_TYPE_MASK = 0x3c;
const ESM_DELIVERY_RECEIPT = 0x04;
/** SMPP 3.4 message_state (5.2.28) as the stat words of the receipt text. */
const MESSAGE_STATE: Readonly<Record<number, string>> = {
  1: 'ENROUTE',
  2: 'DELIVRD',
  3: 'EXPIRED',
  4: 'DELETED',
  5: 'UNDELIV',
  6: 'ACCEPTD',
  7: 'UNKNOWN',
  8: 'REJECTD',
};

const hex = (status: number) => `0x${status.toString(16).padStart(8, '0')}`;

export function submitRefusal(status: number): SmsSendError {
  return new SmsSendError(
    `the SMSC refused the message (command_status ${hex(status)})`,
    PERMANENT.has(status),
    THROTTLING.has(status),
  );
}

/** TON/NPI of the sender: alphanumeric (TON 5) when it holds a letter, else an international number. */
export function sourceAddress(sourceAddr: string): { ton: number; npi: number; addr: string } {
  return /[A-Za-z]/.test(sourceAddr)
    ? { ton: 5, npi: 0, addr: sourceAddr }
    : { ton: 1, npi: 1, addr: sourceAddr.replace(/^\+/, '') };
}

/**
 * How long stop waits for unbind_resp before it destroys the socket: well inside the hub's 5 s limit
 * for a module's stop, and an SMSC that answers at all answers in milliseconds.
 */
const UNBIND_WAIT_MS = 1000;

// SMPP 3.4 message ids are C-octet strings of at most 65 octets.
const MAX_MESSAGE_ID = 65;

/**
 * The other ways an SMSC may have written the same message id: a decimal id read as a number and
 * written in hex, and a hex id written in decimal. Some SMSCs answer submit_sm with one and put the
 * other in the receipt text ("id:"), so both are offered to the outbox, after the id as given.
 */
export function messageIdSpellings(id: string): string[] {
  const out = new Set<string>();
  if (id.length === 0 || id.length > MAX_MESSAGE_ID) return [];
  if (/^[0-9]+$/.test(id)) out.add(BigInt(id).toString(16));
  if (/^[0-9a-f]+$/i.test(id)) out.add(BigInt(`0x${id}`).toString(10));
  out.delete(id.toLowerCase().replace(/^0+/, ''));
  return [...out];
}

/** The receipt in a deliver_sm, or undefined when it is a message from a phone (not a receipt). */
export function receiptOf(pdu: PDU): SmsReceipt | undefined {
  if (((pdu.esm_class ?? 0) & ESM_TYPE_MASK) !== ESM_DELIVERY_RECEIPT) return undefined;
  const body = pdu.short_message;
  const text =
    body === undefined
      ? ''
      : typeof body === 'string'
        ? body
        : Buffer.isBuffer(body)
          ? body.toString('latin1')
          : typeof body.message === 'string'
            ? body.message
            : body.message.toString('latin1');
  // The TLVs are exact when present; the text ("id:… stat:DELIVRD …", SMPP 3.4 appendix B) otherwise.
  const textId = /\bid:(\S+)/i.exec(text)?.[1];
  const providerId = pdu.receipted_message_id || textId;
  const stat =
    (pdu.message_state !== undefined ? MESSAGE_STATE[pdu.message_state] : undefined) ??
    /\bstat:(\w+)/i.exec(text)?.[1]?.toUpperCase();
  if (!providerId || !stat) return undefined;
  const alternativeIds = [
    ...(textId && textId !== providerId ? [textId] : []),
    ...messageIdSpellings(providerId),
    ...(textId && textId !== providerId ? messageIdSpellings(textId) : []),
  ];
  return alternativeIds.length > 0 ? { providerId, stat, alternativeIds } : { providerId, stat };
}

export interface SmppHooks {
  onReceipt(receipt: SmsReceipt): void;
  log?: { warn(obj: object, msg: string): void; info(obj: object, msg: string): void };
}

export class SmppTransport implements SmsTransport {
  readonly kind = 'smpp' as const;
  private session: Session | undefined;
  private binding: Promise<Session> | undefined;
  private reconnectTimer: NodeJS.Timeout | undefined;
  private reconnectFailures = 0;
  private stopped = false;
  /** The session of the bind in progress, until it is bound or fails: stop drops it. */
  private connecting: Session | undefined;
  /** Submits waiting for their answer: failed at once when the session drops. */
  private readonly inFlight = new Set<(e: SmsSendError) => void>();

  constructor(
    private readonly settings: SmppSettings,
    private readonly hooks: SmppHooks,
  ) {}

  get bound(): boolean {
    return this.session !== undefined;
  }

  start(): void {
    this.bind().catch(() => {});
  }

  async send(sms: OutgoingSms, accepted: PartAccepted): Promise<void> {
    const session = await this.bind();
    // Parts go one after another, so an SMSC that throttles sees one submit at a time from this message.
    for (const [i, part] of sms.encoded.parts.entries()) {
      if (sms.acceptedParts.has(i)) continue;
      const messageId = await this.submit(
        session,
        sms,
        Buffer.concat([part.udh, part.payload]),
        part.udh.length > 0,
      );
      accepted(i, messageId);
    }
  }

  /**
   * Ends the session as SMPP 3.4 asks (unbind, then the ESME closes the connection on unbind_resp),
   * and destroys the socket whatever the SMSC does: an SMSC that never answers unbind, or never
   * closes its side, cannot hold the hub's stop (issue: `socket.end()` waited for its side for ever).
   * A bind still in progress is dropped too.
   */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.reconnectTimer);
    const session = this.session;
    this.session = undefined;
    this.failInFlight(new SmsSendError('the SMPP gateway stopped', false));
    this.connecting?.destroy();
    if (session) await this.unbind(session);
  }

  /** unbind, then the socket destroyed on unbind_resp, on the SMSC closing first, or after UNBIND_WAIT_MS. */
  private unbind(session: Session): Promise<void> {
    return new Promise<void>((resolve) => {
      const finish = () => {
        clearTimeout(timer);
        session.destroy();
        resolve();
      };
      const timer = setTimeout(finish, Math.min(UNBIND_WAIT_MS, this.settings.responseTimeoutMs));
      session.once('close', finish);
      if (!session.unbind({}, finish)) finish();
    });
  }

  /** The bound session: the current one, the bind in progress, or a new bind (sooner than the backoff). */
  private bind(): Promise<Session> {
    if (this.stopped) return Promise.reject(new SmsSendError('the SMPP gateway stopped', false));
    if (this.session) return Promise.resolve(this.session);
    if (!this.binding) {
      clearTimeout(this.reconnectTimer);
      this.binding = this.connect().then(
        (session) => {
          this.binding = undefined;
          this.reconnectFailures = 0;
          this.session = session;
          this.hooks.log?.info({ smsc: `${this.settings.host}:${this.settings.port}` }, 'SMPP bound');
          return session;
        },
        (e: unknown) => {
          this.binding = undefined;
          this.reconnectFailures++;
          this.scheduleReconnect();
          throw e;
        },
      );
    }
    return this.binding;
  }

  private connect(): Promise<Session> {
    const s = this.settings;
    return new Promise<Session>((resolve, reject) => {
      let settled = false;
      const session = smpp.connect({
        host: s.host,
        port: s.port,
        tls: s.tls,
        auto_enquire_link_period: s.enquireLinkMs,
      });
      this.connecting = session;
      const fail = (message: string) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        if (this.connecting === session) this.connecting = undefined;
        session.destroy();
        reject(new SmsSendError(message, false));
      };
      const timer = setTimeout(() => fail('the SMSC did not answer the bind in time'), s.responseTimeoutMs);
      session.on('error', (e: Error) => {
        fail(`cannot reach the SMSC: ${e.message}`);
        if (this.session === session) this.hooks.log?.warn({ err: e.message }, 'SMPP session error');
      });
      session.on('close', () => {
        fail('the SMSC closed the connection');
        if (this.session === session) this.lost();
      });
      session.on(s.tls ? 'secureConnect' : 'connect', () => {
        session.bind_transceiver(
          { system_id: s.systemId, password: s.password, system_type: s.systemType, interface_version: 0x34 },
          (pdu) => {
            if (pdu.command_status !== SMPP_STATUS.ESME_ROK)
              return fail(`the SMSC refused the bind (command_status ${hex(pdu.command_status)})`);
            // Stopped while the answer was on its way (stop destroyed the socket; this is its last word).
            if (this.stopped) return fail('the SMPP gateway stopped');
            if (settled) return;
            settled = true;
            clearTimeout(timer);
            if (this.connecting === session) this.connecting = undefined;
            resolve(session);
          },
        );
      });
      session.on('deliver_sm', (pdu: PDU) => {
        session.send(pdu.response());
        const receipt = receiptOf(pdu);
        if (receipt) this.hooks.onReceipt(receipt);
      });
      session.on('enquire_link', (pdu: PDU) => session.send(pdu.response()));
      session.on('unbind', (pdu: PDU) => {
        session.send(pdu.response());
        session.close();
      });
    });
  }

  private submit(session: Session, sms: OutgoingSms, shortMessage: Buffer, udh: boolean): Promise<string> {
    const from = sourceAddress(this.settings.sourceAddr);
    return new Promise<string>((resolve, reject) => {
      const done = (e?: SmsSendError) => {
        clearTimeout(timer);
        this.inFlight.delete(done);
        if (e) reject(e);
      };
      const timer = setTimeout(() => {
        done(new SmsSendError('the SMSC did not answer the submit in time', false));
        // An SMSC that stops answering is treated as gone: the next try binds afresh.
        session.destroy();
      }, this.settings.responseTimeoutMs);
      this.inFlight.add(done);
      const written = session.submit_sm(
        {
          source_addr_ton: from.ton,
          source_addr_npi: from.npi,
          source_addr: from.addr,
          dest_addr_ton: 1,
          dest_addr_npi: 1,
          destination_addr: sms.to.replace(/^\+/, ''),
          esm_class: udh ? ESM_UDH_INDICATOR : 0,
          registered_delivery: 1,
          data_coding: sms.encoded.dataCoding,
          short_message: shortMessage,
        },
        (resp) => {
          if (resp.command_status !== SMPP_STATUS.ESME_ROK) return done(submitRefusal(resp.command_status));
          done();
          resolve(resp.message_id ?? '');
        },
      );
      if (!written) done(new SmsSendError('the SMPP session is not connected', false));
    });
  }

  private lost(): void {
    this.session = undefined;
    this.failInFlight(new SmsSendError('the SMSC connection dropped', false));
    if (this.stopped) return;
    this.hooks.log?.warn({ smsc: `${this.settings.host}:${this.settings.port}` }, 'SMPP connection lost');
    this.scheduleReconnect();
  }

  private failInFlight(e: SmsSendError): void {
    for (const fail of [...this.inFlight]) fail(e);
  }

  /** Keeps a bind up (receipts arrive on it) with waits that double up to the maximum. */
  private scheduleReconnect(): void {
    if (this.stopped) return;
    clearTimeout(this.reconnectTimer);
    const s = this.settings;
    const delay = Math.min(
      s.reconnectMaxMs,
      s.reconnectBaseMs * 2 ** Math.max(0, this.reconnectFailures - 1),
    );
    this.reconnectTimer = setTimeout(() => this.bind().catch(() => {}), delay);
    this.reconnectTimer.unref();
  }
}
