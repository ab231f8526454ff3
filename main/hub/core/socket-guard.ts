/**
 * Sockets obey the credential they connected with. A socket.io connection outlives the HTTP
 * request that authorised it, so the hub keeps checking: every incoming event is refused once the
 * session or device key has expired, logging out / revoking / changing an account disconnects its
 * sockets at once, and a sweep each second catches anything else (an expiry, a change made by
 * another process). Before it disconnects a socket the hub sends `session_ended` with the reason,
 * so the app can say why. Each socket also has a token-bucket rate limit on incoming events, and
 * the public namespace caps how many sockets one client address holds open at once.
 */
import type { Namespace, Socket } from 'socket.io';
import type { SessionEnded, SessionEndReason } from '../../../shared/contract/auth.js';
import type { AuthService } from './auth.js';
import type { Clock, Principal } from './hub.js';

const SWEEP_MS = 1000;
/** Last-seen times and purges are written once a minute, not on every sweep. */
const WRITE_EVERY_SWEEPS = 60;

/** Events a socket may send per second (sustained), and in one burst. 0 turns the limit off. */
export interface SocketRateLimit {
  perSecond: number;
  burst: number;
}
export const DEFAULT_SOCKET_RATE_LIMIT: SocketRateLimit = { perSecond: 20, burst: 60 };

const MESSAGES: Record<SessionEndReason, string> = {
  logged_out: 'you signed out; sign in again to continue',
  expired: 'your session has expired; sign in again',
  deactivated: 'this account was deactivated by a manager',
  roles_changed: 'your roles were changed by a manager; sign in again',
  pin_changed: 'your PIN was changed; sign in again with the new PIN',
  device_revoked: "this device's key was revoked by a manager; pair it again",
  device_expired: "this device's key has expired; pair it again",
  device_rekeyed: 'this device was given a new key; restart it with the new pairing',
};

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
   * Refuses a namespace's connections beyond `max` open sockets per client address (0 = no cap).
   * Register it after the namespace's other middleware, so a socket counted here is one that will
   * connect. A socket leaves the count when it disconnects or when its connection closes: socket.io
   * drops a socket whose connection closed during the handshake without a `disconnect` event.
   */
  capPerAddress(namespace: Namespace, max: number): void {
    if (max <= 0) return;
    namespace.use((socket, next) => {
      // Already closed: socket.io drops it after the middleware, so it takes no place in the count.
      if (socket.conn.readyState !== 'open') return next();
      const address = socket.handshake.address;
      let set = this.byAddress.get(address);
      if (set && set.size >= max)
        return next(Object.assign(new Error(TOO_MANY_SOCKETS.code), { data: TOO_MANY_SOCKETS }));
      if (!set) this.byAddress.set(address, (set = new Set()));
      set.add(socket);
      const release = () => {
        socket.conn.off('close', release);
        set.delete(socket);
        if (set.size === 0 && this.byAddress.get(address) === set) this.byAddress.delete(address);
      };
      socket.conn.once('close', release);
      socket.once('disconnect', release);
      next();
    });
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

function end(socket: Socket, reason: SessionEndReason): void {
  if (socket.disconnected) return;
  const message: SessionEnded = { reason, message: MESSAGES[reason] };
  socket.emit('session_ended', message);
  socket.disconnect(true);
}
