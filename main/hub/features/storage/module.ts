/**
 * The store's health as a hub module: a periodic check of free space and the WAL (raising and
 * clearing `disk_low`), and the figures on /metrics. /healthz (server.ts) asks the same monitor.
 */
import { gauge, metricFamily } from '../../core/metric-family.js';
import type { HubModule } from '../../core/module-context.js';
import { STORAGE_HEALTH, type StorageHealth } from '../../core/services/ids.js';
import type { HubServices } from '../../core/services/registry.js';
import { storageConfigFromEnv } from './config.js';
import { StorageMonitor, type StorageMonitorOptions } from './storage-monitor.js';

/** The hub's storage monitor (tests drive it); throws when the hub runs without the storage module. */
export function hubStorage(services: HubServices): StorageHealth {
  return services.get(STORAGE_HEALTH);
}

export function storageModule(options?: Partial<StorageMonitorOptions>): HubModule {
  const configure = (): StorageMonitorOptions => ({ ...storageConfigFromEnv(process.env), ...options });
  return {
    name: 'storage',
    // At start-up, so a bad DAWR_DISK_* value stops the hub with a clear message.
    provide(ctx) {
      ctx.services.provide(STORAGE_HEALTH, new StorageMonitor(ctx.hub, configure(), ctx.services));
    },
    metrics(ctx) {
      const s = hubStorage(ctx.services).status();
      return [
        ...metricFamily(
          'dawr_disk_free_bytes',
          'gauge',
          'Free space in the filesystem holding the data folder.',
          s.freeBytes === null ? [] : [s.freeBytes],
        ),
        ...gauge(
          'dawr_wal_bytes',
          'Size of the database write-ahead log (checkpoints truncate it past a limit).',
          s.walBytes,
        ),
        ...gauge(
          'dawr_storage_writable',
          '1 while the store accepts writes, 0 while they are refused.',
          s.writable ? 1 : 0,
        ),
      ];
    },
    start(ctx) {
      const monitor = hubStorage(ctx.services);
      monitor.check();
      const timer = setInterval(() => monitor.check(), configure().checkIntervalMs);
      timer.unref();
      return () => clearInterval(timer);
    },
  };
}
