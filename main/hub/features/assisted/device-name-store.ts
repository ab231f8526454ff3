/** The name a kiosk was registered with (the devices table), for help requests without a location. */
import type { Db } from '../../core/store/database.js';

export function registeredDeviceName(db: Db, deviceId: string): string | undefined {
  return (db.prepare('SELECT name FROM devices WHERE id = ?').get(deviceId) as { name: string } | undefined)
    ?.name;
}
