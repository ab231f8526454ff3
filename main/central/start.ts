// Starts central from a validated config; used by cli.ts and by the demo's `npm start`.
import type { FastifyInstance } from 'fastify';
import { pino } from 'pino';
import type { CentralConfig } from './config.js';
import type { CompiledForm } from '../../shared/domain/forms/validator.js';
import { createCentralServer } from './server.js';
import { openCentralStore } from './store/open.js';
import { loadForms } from '../forms/load.js';
import { startCentralBackups, type CentralBackupConfig } from './backup.js';

/** How long a stopping central lets requests in flight finish (a batch takes milliseconds) before cutting them. */
const CLOSE_GRACE_MS = 2_000;

export interface RunningCentral {
  app: FastifyInstance;
  url: string;
  stop(): Promise<void>;
}

export async function startCentral(
  config: CentralConfig & {
    forms?: ReadonlyMap<string, CompiledForm>;
    /** Scheduled backups of a SQLite store (main/central/backup.ts); ignored on PostgreSQL. */
    backup?: CentralBackupConfig;
  },
): Promise<RunningCentral> {
  const logger = pino({ name: 'dawr-central', level: config.logLevel });
  const store = await openCentralStore(config.databaseUrl);
  const app = createCentralServer({
    store,
    sources: config.sources,
    logger,
    maxBatchEvents: config.maxBatchEvents,
    ...(config.profileReadsPerMinute !== undefined
      ? { profileReadsPerMinute: config.profileReadsPerMinute }
      : {}),
    // The demo passes its forms in; a deployment names its file. A bad file stops start-up.
    ...(config.forms || config.formsFile
      ? { forms: config.forms ?? loadForms(config.formsFile, 'any') }
      : {}),
  });
  try {
    // 127.0.0.1 only: a deployment exposes central through its TLS-terminating proxy.
    const url = await app.listen({ host: '127.0.0.1', port: config.port });
    logger.info({ url, database: store.dialect }, 'central profile service listening');
    const sqliteFile = sqliteFileOf(config.databaseUrl);
    const stopBackups =
      config.backup && sqliteFile ? startCentralBackups(sqliteFile, config.backup, logger) : undefined;
    return {
      app,
      url,
      async stop() {
        await stopBackups?.();
        // The HTTP server's close waits for every request in flight, without a time limit: a hub whose
        // network dropped halfway through a batch would hold the stop for ever. After a grace the
        // connections are cut; the hub resends an unacknowledged batch, so nothing is lost.
        const force = setTimeout(() => app.server.closeAllConnections(), CLOSE_GRACE_MS);
        try {
          await app.close();
        } finally {
          clearTimeout(force);
        }
        await store.close();
      },
    };
  } catch (error) {
    await store.close();
    throw error;
  }
}

/** The database file of a SQLite store (the URL forms open.ts accepts), or undefined for PostgreSQL and :memory:. */
function sqliteFileOf(url: string): string | undefined {
  if (/^postgres(ql)?:\/\//.test(url)) return undefined;
  const path = url.startsWith('sqlite:') ? url.slice('sqlite:'.length) : url;
  return path === '' || path === ':memory:' ? undefined : path;
}
