// The contract between a device driver and the supervisor that owns the port: the
// supervisor hands the driver a fresh link each time the device (re)appears.
import type { FrameLink } from './link.js';

export interface SerialDeviceDriver {
  attach(link: FrameLink): void;
  detach(): void;
}
