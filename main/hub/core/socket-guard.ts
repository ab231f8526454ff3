/**
 * Sockets obey the credential they connected with. A socket.io connection outlives the HTTP
 * request that authorised it, so the hub keeps checking: every incoming event is refused once the
 * session or device key has expired, logging out / revoking / changing an account disconnects its
 * sockets at once, and a sweep each second catches anything else (an expiry, a change made by
 * another process). Before it disconnects a socket the hub sends `session_ended` with the reason,
 * so the app can say why (and marks the credential ended, so its requests still waiting for a batch
 * are refused: hub.ts). Each socket also has a token-bucket rate limit on incoming events, and the
 * public namespace limits each client address: how many sockets it holds open at once, and how many
 * sockets it opens and events it sends a minute, across all its sockets.
 */
import type { Namespace, Socket } from 'socket.io';
import type { SessionEnded, SessionEndReason } from '../../../shared/contract/auth.js';
import type { AuthService } from './auth.js';
import type { Clock, Principal } from './hub.js';
import { SESSION_END_MESSAGES } from './session-end.js';
import { PerAddressWindow } from './per-address-window.js';
import { publicRateLimitsFromEnv } from './public-rate-limits.js';

const SWEEP_MS = 1000;
const MINUTE_MS = 60_000;
/** Last-seen times and purges are written once a minute, not on every sweep. */
const WRITE_EVERY_SWEEPS = 60;

/** Events a socket may send per second (sustained), and in one burst. 0 turns the limit off. */
export interface SocketRateLimit {
  perSecond: number;
  burst: number;
}
export const DEFAULT_SOCKET_RATE_LIMIT: SocketRateLimit = { perSecond: 20, burst: 60 };

interface Bucket {
  tokens: number;
  at: number;
}

/** What a client refused for holding too many sockets sees, as `connect_error`'s `data`. */
export const TOO_MANY_SOCKETS = {
  code: 'rate_limited',
  message: 'too many connections from this address; close another page following a ticket and try again',
} as const;

export class SocketGuard {
  private readonly byCredential = new Map<string, Set<Socket>>();
  private readonly byAddress = new Map<string, Set<Socket>>();
  /** The public namespace's per-address allowances, pruned by the sweep. */
  private readonly windows: PerAddressWindow[] = [];
  private readonly timer: NodeJS.Timeout;
  private readonly unsubscribe: () => void;
  private sweeps = 0;

  constructor(
    private readonly auth: AuthService,
    private readonly clock: Clock,
    private readonly rate: SocketRateLimit = DEFAULT_SOCKET_RATE_LIMIT,
  ) {
    this.unsubscribe = auth.onCredentialsEnded(({ hashes, reason }) => {
      for (const hash of hashes) for (const socket of this.byCredential.get(hash) ?? []) end(socket, reason);
    });
    this.timer = setInterval(() => this.sweep(), SWEEP_MS);
    this.timer.unref();
  }

  /** Watches each socket of a namespace (after its authentication middleware) from its first event on. */
  watch(namespace: Namespace): void {
    namespace.use((socket, next) => {
      const principal = socket.data.principal as Principal | undefined;
      const hash = principal?.credential?.hash;
      if (hash) {
        let set = this.byCredential.get(hash);
        if (!set) this.byCredential.set(hash, (set = new Set()));
        set.add(socket);
        socket.on('disconnect', () => {
          set.delete(socket);
          if (set.size === 0) this.byCredential.delete(hash);
        });
      }
      if (principal?.actor.kind === 'device') this.auth.deviceSeen(principal.actor.deviceId);
      const bucket: Bucket = { tokens: this.rate.burst, at: this.clock.now() };
      socket.use((packet, nextPacket) => {
        const now = this.clock.now();
        const expiresAt = principal?.credential?.expiresAt ?? null;
        if (expiresAt !== null && expiresAt <= now) {
          end(socket, principal?.actor.kind === 'device' ? 'device_expired' : 'expired');
          return;
        }
        if (!this.take(bucket, now)) {
          const ack = packet.at(-1);
          if (typeof ack === 'function')
            (ack as (r: unknown) => void)({
              ok: false,
              error: { code: 'rate_limited', message: 'too many requests on this connection; slow down' },
            });
          return;
        }
        nextPacket();
      });
      next();
    });
  }

  /**
   * The limits of a namespace anyone may open (`/public`), per client address: at most `max` open
   * sockets (0 = no cap), and `perMinute` new sockets and `perMinute` events a minute (0 = no
   * limit), each allowance shared by all of the address's sockets, so that reconnecting, or
   * following from many sockets, buys nothing: the same figure as the public HTTP reads
   * (DAWR_PUBLIC_READS_PER_MINUTE, public-rate-limits.ts). Register it after the namespace's other
   * middleware, so a socket counted here is one that will connect. A socket leaves the open count
   * when it disconnects or when its connection closes: socket.io drops a socket whose connection
   * closed during the handshake without a `disconnect` event.
   */
  capPerAddress(
    namespace: Namespace,
    max: number,
    perMinute: number = publicRateLimitsFromEnv(process.env).readsPerMinute,
  ): void {
    const opens = new PerAddressWindow(perMinute, MINUTE_MS, this.clock);
    const events = new PerAddressWindow(perMinute, MINUTE_MS, this.clock);
    this.windows.push(opens, events);
    namespace.use((socket, next) => {
      // Already closed: socket.io drops it after the middleware, so it takes no place in the count.
      if (socket.conn.readyState !== 'open') return next();
      const address = socket.handshake.address;
      // Every attempt counts, as every request does on HTTP, refused or not.
      if (!opens.take(address)) {
        const data = { code: 'rate_limited', message: tooManyFromAddress(opens.secondsLeft(address)) };
        return next(Object.assign(new Error(data.code), { data }));
      }
      if (max > 0 && !this.holdPlace(socket, address, max))
        return next(Object.assign(new Error(TOO_MANY_SOCKETS.code), { data: TOO_MANY_SOCKETS }));
      socket.use((packet, nextPacket) => {
        if (events.take(address)) return nextPacket();
        const ack = packet.at(-1);
        if (typeof ack === 'function')
          (ack as (r: unknown) => void)({
            ok: false,
            error: { code: 'rate_limited', message: tooManyFromAddress(events.secondsLeft(address)) },
          });
      });
      next();
    });
  }

  /** Counts `socket` among its address's open sockets until it goes; false when `max` are open. */
  private holdPlace(socket: Socket, address: string, max: number): boolean {
    let set = this.byAddress.get(address);
    if (set && set.size >= max) return false;
    if (!set) this.byAddress.set(address, (set = new Set()));
    const held = set;
    held.add(socket);
    const release = () => {
      socket.conn.off('close', release);
      held.delete(socket);
      if (held.size === 0 && this.byAddress.get(address) === held) this.byAddress.delete(address);
    };
    socket.conn.once('close', release);
    socket.once('disconnect', release);
    return true;
  }

  /** Sockets connected with this credential hash (for device presence). */
  connected(hash: string): number {
    return this.byCredential.get(hash)?.size ?? 0;
  }

  private take(bucket: Bucket, now: number): boolean {
    if (this.rate.perSecond <= 0) return true;
    bucket.tokens = Math.min(
      this.rate.burst,
      bucket.tokens + ((now - bucket.at) / 1000) * this.rate.perSecond,
    );
    bucket.at = now;
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }

  /** Re-checks every connected credential against the store; ends those that no longer stand. */
  sweep(): void {
    for (const sockets of this.byCredential.values()) {
      const first = sockets.values().next().value;
      const principal = first?.data.principal as Principal | undefined;
      if (!principal) continue;
      const check = this.auth.check(principal);
      for (const socket of [...sockets]) {
        const credential = (socket.data.principal as Principal).credential;
        if (!check.ok) end(socket, check.reason);
        else if (credential) credential.expiresAt = check.expiresAt;
      }
      if (check.ok && principal.actor.kind === 'device') this.auth.deviceSeen(principal.actor.deviceId);
    }
    for (const w of this.windows) w.prune();
    if (++this.sweeps % WRITE_EVERY_SWEEPS === 0) this.writeDown();
  }

  /** Writes device last-seen times and purges expired sessions and forgotten login failures. */
  writeDown(): void {
    this.auth.flushDevicesSeen();
    this.auth.purge();
  }

  close(): void {
    clearInterval(this.timer);
    this.unsubscribe();
    this.writeDown();
  }
}

function tooManyFromAddress(seconds: number): string {
  return `too many requests from this address; try again in ${seconds} s`;
}

function end(socket: Socket, reason: SessionEndReason): void {
  // Marked even on a socket already gone: its requests still waiting for a batch are refused (hub.ts).
  const credential = (socket.data.principal as Principal | undefined)?.credential;
  if (credential) credential.ended ??= reason;
  if (socket.disconnected) return;
  const message: SessionEnded = { reason, message: SESSION_END_MESSAGES[reason] };
  socket.emit('session_ended', message);
  socket.disconnect(true);
}
