/** Starts one centre's hub from a data folder: database, engine, HTTP and socket.io. */
import { mkdirSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { openDatabase } from './store/database.js';
import { Hub, systemClock, type Clock } from './hub.js';
import { AuthService } from './auth.js';
import { createHubServer, type HubServer } from './server.js';
import { newToken } from './security.js';
import type { HubModule } from './modules.js';

export interface StartedHub {
  hub: Hub;
  auth: AuthService;
  server: HubServer;
  port: number;
  url: string;
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
}

/** A per-installation secret, created on first start and kept in the data folder (mode 0600). */
export function loadOrCreateSecret(dataDir: string, file: string): string {
  const path = join(dataDir, file);
  if (existsSync(path)) return readFileSync(path, 'utf8').trim();
  const secret = newToken();
  writeFileSync(path, secret, { mode: 0o600 });
  return secret;
}

export async function startHub(opts: StartHubOptions): Promise<StartedHub> {
  mkdirSync(opts.dataDir, { recursive: true });
  const db = openDatabase(join(opts.dataDir, 'hub.sqlite'));
  opts.prepare?.(db);
  const clock = opts.clock ?? systemClock;
  const hub = new Hub({
    db,
    clock,
    identityKey: opts.identityKey ?? loadOrCreateSecret(opts.dataDir, 'identity.key'),
  });
  const auth = new AuthService(db, clock);
  const server = await createHubServer({
    hub,
    auth,
    logger: opts.logger ?? false,
    extend: opts.extend ? (app) => opts.extend!(app, hub) : undefined,
    modules: opts.modules,
  });
  const host = opts.host ?? '127.0.0.1';
  const port = await server.listen(host, opts.port ?? 0);
  let stopped = false;
  return {
    hub,
    auth,
    server,
    port,
    url: `http://${host}:${port}`,
    async stop() {
      // Idempotent: a test (or a signal handler) may stop a hub that is already stopped.
      if (stopped) return;
      stopped = true;
      await server.close();
      await hub.close();
      await db.stopCheckpointer?.();
      db.close();
    },
  };
}
