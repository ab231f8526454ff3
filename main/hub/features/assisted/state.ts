/**
 * What the assisted feature keeps per hub: the help desk (requests and their live forms, in
 * memory), the service request store, the forms, and the link to central once started.
 * HUB_MODULES is one list for the process and tests run several hubs in one, so it is per hub.
 */
import { randomUUID } from 'node:crypto';
import type { Server as SocketServer } from 'socket.io';
import type { Hub } from '../../core/hub.js';
import { serviceId } from '../../core/services/registry.js';
import type { AuthService } from '../../core/auth.js';
import type { PersonalData } from '../../core/personal-data/personal-data.js';
import type { CompiledForm } from '../../../../shared/domain/forms/validator.js';
import { HelpDesk } from './help-desk.js';
import { ServiceRequestStore } from './service-request-store.js';
import type { RequestSync } from './request-sync.js';

/**
 * The part of the hub's module context the assisted steps use, named from the core's own types
 * so the step files do not import the module registry (which imports every feature: a cycle).
 */
export interface AssistedContext {
  hub: Hub;
  io: SocketServer;
  auth: AuthService;
  personalData: PersonalData;
}

export interface AssistedState {
  desk: HelpDesk;
  store: ServiceRequestStore;
  sync?: RequestSync;
  forms: Map<string, CompiledForm>;
}

/** What the assisted module keeps per hub, in the hub's registry (one module object serves every hub). */
export const ASSISTED_STATE = serviceId<AssistedState>('assisted.state');

export function createAssistedState(ctx: AssistedContext): AssistedState {
  return {
    desk: new HelpDesk({
      now: () => ctx.hub.clock.now(),
      newId: () => randomUUID(),
      keepMs: ctx.personalData.retention.helpRequestMinutes * 60_000,
    }),
    store: new ServiceRequestStore(ctx.hub.db, ctx.personalData.sealer),
    forms: new Map(),
  };
}
