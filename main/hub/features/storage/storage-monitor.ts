/**
 * Watches the hub's store: free space on the data folder's filesystem, the WAL's size, and whether
 * writes are being refused. /healthz and /metrics report it; `disk_low` is raised while free space
 * is below the threshold (before the disk is full, while an alert can still be written) and cleared
 * when it returns. After a failed commit it tries a small write now and then, so health turns good
 * again once the disk has room, without waiting for a kiosk to try.
 */
import { statSync, statfsSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Hub } from '../../core/hub.js';
import { ALERTS, type StorageHealth, type StorageStatus } from '../../core/services/ids.js';
import type { HubServices } from '../../core/services/registry.js';
import type { StorageConfig } from './config.js';
import { writeSetting } from '../../core/store/settings.js';
import { WAL_LIMIT_BYTES } from '../../../sqlite/checkpointer.js';

/** Bytes the hub's user may still write in the filesystem holding `dir`. */
export type FreeSpaceProbe = (dir: string) => number;

export const statfsFreeBytes: FreeSpaceProbe = (dir) => {
  const s = statfsSync(dir);
  return s.bavail * s.bsize;
};

/**
 * The probe's row in the core's key-value table: a real, durable write that lands where commits do,
 * touching no new page (a table of its own would).
 */
const STORAGE_PROBE_KEY = 'storage_probe';

/** The alert's subject: there is one data folder per hub. */
export const DISK_SUBJECT = 'data-folder';

export type { StorageStatus } from '../../core/services/ids.js';

export interface StorageMonitorOptions extends StorageConfig {
  probe?: FreeSpaceProbe;
  /**
   * After a failed commit, writing is tried again only once this much is free: a small write may
   * still fit in the WAL's old space while the next batch does not, and health would flap.
   */
  reserveBytes?: number;
}

export class StorageMonitor implements StorageHealth {
  private readonly probe: FreeSpaceProbe;
  private last: StorageStatus | undefined;

  constructor(
    private readonly hub: Hub,
    private readonly opts: StorageMonitorOptions,
    /** Where the alerts are (the manager's); a hub without them still reports through /healthz. */
    private readonly services: HubServices,
  ) {
    this.probe = opts.probe ?? statfsFreeBytes;
  }

  get checkIntervalMs(): number {
    return this.opts.checkIntervalMs;
  }

  /** The last check, or a fresh one if there was none. */
  status(): StorageStatus {
    return this.last ?? this.check();
  }

  /** Looks at the disk now, tries a write if the last commit failed, and raises or clears disk_low. */
  check(): StorageStatus {
    const file = this.hub.db.name;
    const inMemory = this.hub.db.memory;
    const freeBytes = inMemory ? null : this.freeBytes(dirname(file));
    const reserve = this.opts.reserveBytes ?? WAL_LIMIT_BYTES;
    if (this.hub.commitFailure !== null && (freeBytes === null || freeBytes >= reserve)) this.tryProbeWrite();
    const low = freeBytes !== null && freeBytes < this.opts.lowBytes;
    const reason = this.hub.storageProblem;
    this.last = {
      writable: reason === null,
      reason,
      freeBytes,
      lowBytes: this.opts.lowBytes,
      low,
      walBytes: inMemory ? 0 : fileSize(`${file}-wal`),
      checkedAt: this.hub.clock.now(),
    };
    if (freeBytes !== null) this.alert(low, freeBytes);
    return this.last;
  }

  private freeBytes(dir: string): number | null {
    try {
      return this.probe(dir);
    } catch {
      return null;
    }
  }

  /** A real, durable write: if it lands, commits will too. */
  private tryProbeWrite(): void {
    try {
      writeSetting(this.hub.db, STORAGE_PROBE_KEY, String(this.hub.clock.now()));
      this.hub.commitFailure = null;
    } catch {
      // Still refused: health keeps saying so; the next check tries again.
    }
  }

  private alert(low: boolean, freeBytes: number): void {
    const alerts = this.services.find(ALERTS);
    if (!alerts) return;
    try {
      if (low)
        alerts.raise('disk_low', DISK_SUBJECT, {
          freeBytes,
          thresholdBytes: this.opts.lowBytes,
          path: dirname(this.hub.db.name),
        });
      else alerts.clear('disk_low', DISK_SUBJECT);
    } catch {
      // The alert itself could not be written (the disk filled first): /healthz still reports it.
    }
  }
}

function fileSize(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}
