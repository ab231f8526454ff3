/**
 * The store's health as a hub module: a periodic check of free space and the WAL (raising and
 * clearing `disk_low`), and the figures on /metrics. /healthz (server.ts) asks the same monitor.
 */
import type { Hub } from '../hub.js';
import type { HubModule } from '../modules.js';
import { storageConfigFromEnv } from './config.js';
import { storageMonitor, type StorageMonitor, type StorageMonitorOptions } from './storage-monitor.js';

/** The hub's monitor, configured from the environment unless the storage module already set it up. */
export function hubStorage(hub: Hub): StorageMonitor {
  return storageMonitor(hub, () => storageConfigFromEnv(process.env));
}

export function storageModule(options?: Partial<StorageMonitorOptions>): HubModule {
  const configure = () => ({ ...storageConfigFromEnv(process.env), ...options });
  return {
    name: 'storage',
    // At start-up, so a bad DAWR_DISK_* value stops the hub with a clear message.
    registerHttp(_app, ctx) {
      storageMonitor(ctx.hub, configure);
    },
    metrics(ctx) {
      const s = hubStorage(ctx.hub).status();
      return [
        '# HELP dawr_disk_free_bytes Free space in the filesystem holding the data folder.',
        '# TYPE dawr_disk_free_bytes gauge',
        ...(s.freeBytes === null ? [] : [`dawr_disk_free_bytes ${s.freeBytes}`]),
        '# HELP dawr_wal_bytes Size of the database write-ahead log (checkpoints truncate it past a limit).',
        '# TYPE dawr_wal_bytes gauge',
        `dawr_wal_bytes ${s.walBytes}`,
        '# HELP dawr_storage_writable 1 while the store accepts writes, 0 while they are refused.',
        '# TYPE dawr_storage_writable gauge',
        `dawr_storage_writable ${s.writable ? 1 : 0}`,
      ];
    },
    start(ctx) {
      const monitor = hubStorage(ctx.hub);
      monitor.check();
      const timer = setInterval(() => monitor.check(), monitor.checkIntervalMs);
      timer.unref();
      return () => clearInterval(timer);
    },
  };
}
