/** Demo device keys: created once per data folder and kept there, so re-running prints the same URLs. */
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { SeedDevice } from '../hub/core/seed.js';
import { newToken } from '../hub/core/security.js';

const DeviceFile = z.array(
  z.object({ id: z.string(), role: z.enum(['kiosk', 'display']), name: z.string(), key: z.string() }),
);

export function demoDevices(dataDir: string): SeedDevice[] {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, 'demo-devices.json');
  if (existsSync(file)) return DeviceFile.parse(JSON.parse(readFileSync(file, 'utf8')));
  const devices: SeedDevice[] = [
    { id: 'kiosk-1', role: 'kiosk', name: 'Entrance kiosk 1', key: newToken() },
    { id: 'kiosk-2', role: 'kiosk', name: 'Entrance kiosk 2', key: newToken() },
    { id: 'display-hall', role: 'display', name: 'Waiting hall screen', key: newToken() },
  ];
  writeFileSync(file, JSON.stringify(devices, null, 2), { mode: 0o600 });
  return devices;
}
