/** Starts one centre's hub from a data folder: database, engine, HTTP and socket.io. */
import { mkdirSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { openDatabase } from './core/store/database.js';
import { Hub, systemClock, type Clock } from './core/hub.js';
import { AuthService } from './core/auth.js';
import { createHubServer, type CloseTimeouts, type HubServer } from './core/server.js';
import type { HubServices } from './core/services/registry.js';
import { newToken } from './core/security.js';
import type { HubModule } from './core/module-context.js';
import { HUB_MODULES } from './modules.js';
import { hubMigrations } from './core/store/migrate.js';
import type { SocketRateLimit } from './core/socket-guard.js';
import { publicOriginFromEnv, publicOriginProblem } from './core/public-origin.js';
import { ConfigError } from './core/config.js';
import { defaultTlsSetting, tlsSettingProblem, type HubTlsSetting } from './core/tls/settings.js';
import { resolveHubTls, type ResolvedTls } from './core/tls/resolve-tls.js';
import { TlsSetupError, type HubTlsMaterial } from './core/tls/material.js';
import { openPersonalData, type PersonalData } from './core/personal-data/personal-data.js';
import { retentionFromEnv, type RetentionPeriods } from './core/personal-data/config.js';

export interface StartedHub {
  hub: Hub;
  auth: AuthService;
  server: HubServer;
  /** The services its modules offer each other (alerts, backups, device health…): server.services. */
  services: HubServices;
  /** The sealer, retention periods and purge steps its modules were given (tests run the purge). */
  personalData: PersonalData;
  port: number;
  /** https:// when the hub serves TLS. */
  url: string;
  /** The key and certificates served, when TLS is on (pairing hands out `centreCa`). */
  tls: HubTlsMaterial | undefined;
  stop(): Promise<void>;
}

export interface StartHubOptions {
  dataDir: string;
  host?: string;
  port?: number;
  logger?: Logger | false;
  clock?: Clock;
  identityKey?: string;
  /** Runs before the hub opens, with the database: seeding. */
  prepare?: (db: ReturnType<typeof openDatabase>) => void;
  extend?: (app: FastifyInstance, hub: Hub) => void | Promise<void>;
  /** Feature modules; defaults to HUB_MODULES. */
  modules?: HubModule[];
  /** Per-socket event rate limit (DAWR_SOCKET_RATE_LIMIT); perSecond 0 turns it off. */
  socketRateLimit?: SocketRateLimit;
  /**
   * HTTPS or loopback-only HTTP. Default: the centre CA in `<dataDir>/tls/` unless `host` is
   * loopback. `{mode: 'off'}` on a non-loopback host is refused before anything starts.
   */
  tls?: HubTlsSetting;
  /** How long each step of stop() may wait (server.ts DEFAULT_CLOSE_TIMEOUTS); tests shorten them. */
  closeTimeouts?: Partial<CloseTimeouts>;
  /** How long personal data is kept; defaults to the environment (DAWR_*_RETENTION_*). */
  retention?: RetentionPeriods;
}

/** The centre CA's server certificate is checked (and reissued when due) this often while the hub runs. */
export const TLS_RENEW_CHECK_MS = 6 * 60 * 60 * 1000;

/** A per-installation secret, created on first start and kept in the data folder (mode 0600). */
export function loadOrCreateSecret(dataDir: string, file: string): string {
  const path = join(dataDir, file);
  if (existsSync(path)) return readFileSync(path, 'utf8').trim();
  const secret = newToken();
  writeFileSync(path, secret, { mode: 0o600 });
  return secret;
}

export async function startHub(opts: StartHubOptions): Promise<StartedHub> {
  const host = opts.host ?? '127.0.0.1';
  const tlsSetting = opts.tls ?? defaultTlsSetting(host);
  const tlsProblem = tlsSettingProblem(host, tlsSetting);
  if (tlsProblem) throw new TlsSetupError(tlsProblem);
  // Printed links need an address a phone can reach: on the centre's network, the configured one.
  const originProblem = publicOriginProblem(host, publicOriginFromEnv(process.env));
  if (originProblem) throw new ConfigError(originProblem);
  const clock = opts.clock ?? systemClock;
  mkdirSync(opts.dataDir, { recursive: true });
  // Certificates before the database: a TLS mistake stops start-up with nothing opened.
  const tls = await resolveHubTls(tlsSetting, { dataDir: opts.dataDir, host, now: clock.now() });
  const modules = opts.modules ?? HUB_MODULES;
  // The schema is the whole registry's whichever modules this hub runs (the numbers are one sequence,
  // and a database must not lack tables below its version); a module given here that is not in the
  // registry adds its own migrations, one that is (or a copy of it) counts once.
  const db = openDatabase(join(opts.dataDir, 'hub.sqlite'), {
    migrations: hubMigrations([...HUB_MODULES, ...modules]),
  });
  opts.prepare?.(db);
  // Before anyone is served, and before the hub loads the open visits (it opens their sealed
  // names): the keyring is loaded and any personal data still in clear is sealed.
  const personalData = openPersonalData(opts.dataDir, db, opts.retention ?? retentionFromEnv(process.env));
  const hub = new Hub({
    db,
    clock,
    identityKey: opts.identityKey ?? loadOrCreateSecret(opts.dataDir, 'identity.key'),
    sealer: personalData.sealer,
  });
  const auth = new AuthService(db, clock);
  // A request queued before its session or device key ended is refused when decided, over HTTP too.
  auth.onCredentialsEnded((ended) => hub.endCredentials(ended));
  const server = await createHubServer({
    hub,
    auth,
    logger: opts.logger ?? false,
    extend: opts.extend ? (app) => opts.extend!(app, hub) : undefined,
    modules,
    socketRateLimit: opts.socketRateLimit,
    closeTimeouts: opts.closeTimeouts,
    personalData,
    tls,
  });
  const port = await server.listen(host, opts.port ?? 0);
  const stopRenewing =
    tlsSetting.mode === 'centre-ca'
      ? renewWhileRunning(server, () =>
          resolveHubTls(tlsSetting, { dataDir: opts.dataDir, host, now: clock.now() }),
        )
      : undefined;
  let stopped = false;
  return {
    hub,
    auth,
    server,
    services: server.services,
    personalData,
    port,
    url: `${tls ? 'https' : 'http'}://${host.includes(':') ? `[${host}]` : host}:${port}`,
    tls,
    async stop() {
      // Idempotent: a test (or a signal handler) may stop a hub that is already stopped.
      if (stopped) return;
      stopped = true;
      stopRenewing?.();
      await server.close();
      await hub.close();
      await db.stopCheckpointer?.();
      db.close();
    },
  };
}

/**
 * A hub may run for longer than its server certificate lives: the certificate is checked on a
 * timer, and one reissued (near expiry, or the machine's addresses changed) is swapped into the
 * running server, so new connections get it without a restart.
 */
function renewWhileRunning(server: HubServer, renew: () => Promise<ResolvedTls | undefined>): () => void {
  const timer = setInterval(() => {
    renew()
      .then((tls) => {
        if (tls?.created?.server) server.setTlsMaterial(tls);
      })
      .catch((err: unknown) => server.app.log.error({ err }, 'could not renew the hub certificate'));
  }, TLS_RENEW_CHECK_MS);
  timer.unref();
  return () => clearInterval(timer);
}
