/**
 * Hub features beyond the queue engine (appointments, feedback, devices, sync, dashboard…) plug in
 * here: each registers its own HTTP routes and socket events, and gets the same context.
 * Add a module by appending it to HUB_MODULES (one line).
 */
import type { FastifyInstance } from 'fastify';
import type { NamespaceRole } from '../../shared/contract/socket.js';
import type { AuthService } from './auth.js';
import type { Hub, Principal } from './hub.js';
import type { Broadcaster } from './broadcaster.js';
import type { PersonalData } from './personal-data/personal-data.js';
import type { SocketGuard } from './socket-guard.js';
import type { HubIo, HubSocket } from './socket-types.js';
import type { CentreCa } from './tls/material.js';
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

export interface HubModuleContext {
  hub: Hub;
  auth: AuthService;
  io: HubIo;
  broadcaster: Broadcaster;
  /** Sealing of the personal data a feature stores, and how long it is kept. */
  personalData: PersonalData;
  /** Connected sockets by credential: presence, and ending them when a credential ends. */
  sockets: SocketGuard;
  /** The CA a device pins at pairing, when the hub serves TLS with one (see main/hub/tls/). */
  centreCa?: CentreCa;
}

export interface HubModule {
  name: string;
  /** HTTP routes under /api/v1/…; use ctx.auth.fromHeader for the caller. */
  registerHttp?(app: FastifyInstance, ctx: HubModuleContext): void | Promise<void>;
  /** Socket events for a connected, authenticated socket of one namespace. */
  registerSocket?(
    role: NamespaceRole,
    socket: HubSocket,
    principal: Principal | undefined,
    ctx: HubModuleContext,
  ): void;
  /** Prometheus text lines this module adds to GET /metrics (with their # HELP / # TYPE lines). */
  metrics?(ctx: HubModuleContext): string[];
  /** Called once after the server listens; return a stop function for timers and workers. */
  start?(ctx: HubModuleContext): (() => void | Promise<void>) | void;
}

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
