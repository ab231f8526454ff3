/**
 * Hub features beyond the queue engine (appointments, feedback, devices, sync, dashboard…) plug in
 * here: each registers its own HTTP routes and socket events, and gets the same context
 * (module-context.ts). Add a module by appending it to HUB_MODULES (one line).
 */
import type { HubModule } from './core/module-context.js';
export type { HubModule, HubModuleContext } from './core/module-context.js';
/**
 * What every hub database is migrated with: core's migrations and those the modules below declare,
 * listed in migrations.ts so the restore CLI can read it without loading the modules.
 */
export { HUB_MIGRATIONS } from './migrations.js';
import { housekeepingModule } from './core/housekeeping.js';
import { counterModule } from './features/counter/module.js';
import { kioskModule } from './features/kiosk/module.js';
import { smsModule } from './features/sms/module.js';
import { syncModule } from './features/sync/module.js';
import { managerModule } from './features/manager/module.js';
import { pairingModule } from './features/pairing/module.js';
import { assistantModule } from './features/assistant/module.js';
import { formsModule } from './features/forms/module.js';
import { assistedModule } from './features/assisted/module.js';
import { remoteModule } from './features/remote/module.js';
import { bookingModule } from './features/booking/module.js';
import { deviceSettingsModule } from './features/manager/device-settings.js';
import { personalDataModule } from './core/personal-data/module.js';
import { backupModule } from './features/backup/module.js';
import { deviceHealthModule } from './features/health/module.js';
import { storageModule } from './features/storage/module.js';
import { displayModule } from './features/display/module.js';

export const HUB_MODULES: HubModule[] = [
  housekeepingModule(),
  counterModule,
  // Before kiosk and remote: they send through the outbox it registers.
  smsModule(),
  kioskModule(),
  syncModule(),
  managerModule,
  pairingModule(),
  assistantModule(),
  formsModule(),
  assistedModule(),
  remoteModule(),
  bookingModule(),
  deviceSettingsModule,
  personalDataModule(),
  backupModule(),
  deviceHealthModule(),
  storageModule(),
  displayModule,
];
