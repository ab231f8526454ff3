/**
 * The latest status of each device attached to this machine: shown to the renderer
 * (`window.dawr.deviceStatus`, `onDeviceStatus`) and forwarded to the hub for the dashboard.
 * A hub that cannot be reached loses nothing that matters: the next change or poll resends.
 */
import type { DeviceStatus } from '../../shared/contract/ipc.js';
import type { DeviceStatusSink } from '../../devices/ports.js';

export class DeviceStatusBoard implements DeviceStatusSink {
  private readonly latest = new Map<string, DeviceStatus>();
  private readonly listeners = new Set<(s: DeviceStatus) => void>();
  forwardFailures = 0;

  private forward: ((s: DeviceStatus) => Promise<void>) | undefined;

  /** Where changes go besides the renderer: the hub, once this machine has a device key. */
  forwardTo(forward: ((s: DeviceStatus) => Promise<void>) | undefined): void {
    this.forward = forward;
  }

  report(status: DeviceStatus): void {
    this.latest.set(status.deviceId, status);
    for (const l of this.listeners) l(status);
    this.forward?.(status).catch(() => {
      this.forwardFailures++;
    });
  }

  all(): DeviceStatus[] {
    return [...this.latest.values()];
  }

  subscribe(listener: (s: DeviceStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
