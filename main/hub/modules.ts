/**
 * Hub features beyond the queue engine (appointments, feedback, devices, sync, dashboard…) plug in
 * here: each registers its own HTTP routes and socket events, and gets the same context
 * (module-context.ts). Add a module by appending it to HUB_MODULES (one line).
 */
import type { HubModule } from './module-context.js';
export type { HubModule, HubModuleContext } from './module-context.js';
import { housekeepingModule } from './housekeeping.js';
import { counterModule } from './counter/module.js';
import { kioskModule } from './kiosk/module.js';
import { smsModule } from './sms/module.js';
import { syncModule } from './sync/module.js';
import { managerModule } from './manager/module.js';
import { pairingModule } from './pairing/module.js';
import { assistantModule } from './assistant/module.js';
import { formsModule } from './forms/module.js';
import { assistedModule } from './assisted/module.js';
import { remoteModule } from './remote/module.js';
import { bookingModule } from './booking/module.js';
import { deviceSettingsModule } from './manager/device-settings.js';
import { personalDataModule } from './personal-data/module.js';
import { backupModule } from './backup/module.js';
import { deviceHealthModule } from './health/module.js';
import { storageModule } from './storage/module.js';
import { displayModule } from './display/module.js';

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
