/**
 * The browser side of the hub contract: one socket.io connection per app, typed operation calls
 * whose acknowledgements are validated, and the connection state for the "reconnecting" banner.
 */
import { io, type Socket } from 'socket.io-client';
import type { AckResult } from '../../shared/contract/socket.js';
import { type NamespaceRole, NAMESPACES } from '../../shared/contract/namespaces.js';
import type {
  ClientEventName,
  ClientEventResult,
  ClientToServerEvents,
  ServerToClientEvents,
} from '../../shared/contract/socket-events.js';
import type { SessionEnded } from '../../shared/contract/auth.js';
import type { HealthApp } from '../../shared/contract/device-health.js';
import { startHeartbeat } from './heartbeat.js';

export type ConnectionState = 'connecting' | 'connected' | 'disconnected';

export interface HubClientOptions {
  /** Origin of the hub; the page's own origin when served by the hub. */
  origin?: string;
  role: NamespaceRole;
  auth?: { token?: string; deviceKey?: string };
  ackTimeoutMs?: number;
  /** The app this is: it then sends heartbeats for the dashboard's device health. */
  app?: HealthApp;
  /**
   * False: the socket waits for `connect()`, so an app can open it after its first paint (the kiosk:
   * the handshake's work then does not compete with the first render, issue #15).
   */
  autoConnect?: boolean;
}

/** An app's socket, typed on the wire contract (shared/contract/socket-events.ts) both ways. */
export type HubSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

// The events as `socket.timeout(ms)` types them (its callbacks get a timeout error first).
type TimedEvents = ReturnType<HubSocket['timeout']> extends Socket<infer _Listen, infer Emit> ? Emit : never;
type AllButLast<T extends unknown[]> = T extends [...infer Head, infer _Last] ? Head : unknown[];
/**
 * What a client event is sent with: `[input]`, or nothing for events without input. Spelled the
 * way socket.io's `emitWithAck` spells its arguments, so a generic sender needs no cast.
 */
export type ClientEventArgs<E extends ClientEventName> = AllButLast<Parameters<TimedEvents[E]>>;

/**
 * Loads the message checks once, when first needed (hub-client-checks.ts says why). A fetch that
 * failed (the hub away just then) is not kept: the next call fetches again, or every answer after
 * it would fail for the page's life (a kiosk's ticket stayed "issuing" once the hub was back).
 */
let checks: Promise<typeof import('./hub-client-checks.js')> | null = null;
const loadChecks = () =>
  (checks ??= import('./hub-client-checks.js').catch((e: unknown) => {
    checks = null;
    throw e;
  }));
/** Fetches the checks ahead of the first answer; a failure here is retried by that answer. */
const preloadChecks = () => void loadChecks().catch(() => undefined);

export class HubClient {
  readonly socket: HubSocket;
  private state: ConnectionState = 'connecting';
  private readonly listeners = new Set<(s: ConnectionState) => void>();
  private readonly endListeners = new Set<(e: SessionEnded) => void>();
  private readonly ackTimeoutMs: number;
  private readonly stopHeartbeat: () => void;
  /** Set when the hub ended this session or device key: the socket will not reconnect. */
  ended: SessionEnded | null = null;

  constructor(opts: HubClientOptions) {
    this.ackTimeoutMs = opts.ackTimeoutMs ?? 8000;
    this.socket = io(`${opts.origin ?? ''}${NAMESPACES[opts.role]}`, {
      auth: opts.auth ?? {},
      transports: ['websocket'],
      reconnectionDelay: 500,
      reconnectionDelayMax: 5000,
      autoConnect: opts.autoConnect ?? true,
    });
    this.socket.on('connect', () => this.setState('connected'));
    this.socket.on('disconnect', () => this.setState('disconnected'));
    this.socket.on('connect_error', () => this.setState('disconnected'));
    this.stopHeartbeat = opts.app ? startHeartbeat(this.socket, opts.app) : () => undefined;
    this.socket.on('session_ended', (raw: unknown) => {
      void loadChecks().then(({ SessionEnded }) => {
        const parsed = SessionEnded.safeParse(raw);
        if (!parsed.success) return;
        this.ended = parsed.data;
        for (const l of this.endListeners) l(parsed.data);
      });
    });
    // A client that connects at once needs the checks for its first answers; one that waits for
    // `connect()` (the kiosk, after its first paint) loads them then.
    if (opts.autoConnect ?? true) preloadChecks();
  }

  /** Hear when the hub ends this session or device key (logout elsewhere, expiry, revocation…). */
  onSessionEnded(listener: (e: SessionEnded) => void): () => void {
    this.endListeners.add(listener);
    return () => this.endListeners.delete(listener);
  }

  /** Opens the socket of a client made with `autoConnect: false`; does nothing once it is open. */
  connect(): void {
    if (this.socket.connected || this.socket.active || this.ended) return;
    preloadChecks();
    this.socket.connect();
  }

  get connection(): ConnectionState {
    return this.state;
  }

  onConnection(listener: (s: ConnectionState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private setState(s: ConnectionState) {
    this.state = s;
    for (const l of this.listeners) l(s);
  }

  /**
   * Sends a client event of the contract (an operation, `snapshot`, `follow`, a manager or assisted
   * event…); resolves with the hub's answer, or a local `timeout`/`offline` error. The input and the
   * answer are typed on the event table (shared/contract/socket-events.ts); the acknowledgement's
   * envelope is checked here, and the hub checks its answers against the same result schemas in
   * tests (main/hub/core/reply-check.ts).
   */
  call<E extends ClientEventName>(
    name: E,
    ...input: ClientEventArgs<E>
  ): Promise<AckResult<ClientEventResult<E>>> {
    return this.callWithin(this.ackTimeoutMs, name, ...input);
  }

  /** As `call`, waiting `timeoutMs` for the answer (the dashboard's reports and backups take longer). */
  async callWithin<E extends ClientEventName>(
    timeoutMs: number,
    name: E,
    ...input: ClientEventArgs<E>
  ): Promise<AckResult<ClientEventResult<E>>> {
    if (!this.socket.connected)
      return { ok: false, error: { code: 'offline', message: 'not connected to the hub' } };
    let raw: unknown;
    try {
      raw = await this.socket.timeout(timeoutMs).emitWithAck(name, ...input);
    } catch {
      return { ok: false, error: { code: 'timeout', message: 'the hub did not answer in time' } };
    }
    let loaded: Awaited<ReturnType<typeof loadChecks>>;
    try {
      loaded = await loadChecks();
    } catch {
      return { ok: false, error: { code: 'offline', message: 'no connection to the hub' } };
    }
    const parsed = loaded.AckResultSchema.safeParse(raw);
    if (!parsed.success)
      return { ok: false, error: { code: 'internal', message: 'unexpected answer from the hub' } };
    // The envelope is checked above; the data is what the event's result schema promises (the hub
    // checks its answers against it in tests): typed here, in the one generic sender, not at call sites.
    return parsed.data.ok ? { ok: true, data: parsed.data.data as ClientEventResult<E> } : parsed.data;
  }

  close(): void {
    this.stopHeartbeat();
    this.socket.close();
  }
}

/** Staff sign-in over HTTP; returns the session token or the hub's error. */
export async function signIn(
  username: string,
  pin: string,
  origin = '',
): Promise<AckResult<{ token: string; staff: { id: string; displayName: string; roles: string[] } }>> {
  try {
    const res = await fetch(`${origin}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, pin }),
    });
    const body = (await res.json()) as { code?: string; message?: string; token?: string };
    if (!res.ok) return { ok: false, error: { code: body.code ?? 'internal', message: body.message ?? '' } };
    return {
      ok: true,
      data: body as { token: string; staff: { id: string; displayName: string; roles: string[] } },
    };
  } catch {
    return { ok: false, error: { code: 'offline', message: 'no connection to the hub' } };
  }
}
