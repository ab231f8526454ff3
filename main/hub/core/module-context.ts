/**
 * What every hub feature module is and receives: one typed context built once per hub (server.ts).
 * Features import this file, never modules.ts (the registry that imports every feature), so no
 * feature sits in an import circle with the others (#17).
 */
import type { FastifyInstance } from 'fastify';
import type { NamespaceRole } from '../../../shared/contract/namespaces.js';
import type { AuthService } from './auth.js';
import type { Hub, Principal } from './hub.js';
import type { Broadcaster } from './broadcaster.js';
import type { PersonalData } from './personal-data/personal-data.js';
import type { RetentionStep } from './personal-data/retention-steps.js';
import type { Migration } from './store/migrate.js';
import type { CatalogueChanges } from './services/catalogue-changes.js';
import type { HubServices } from './services/registry.js';
import type { SocketGuard } from './socket-guard.js';
import type { HubIo, HubSocket } from './socket-types.js';
import type { CentreCa } from './tls/material.js';
import type { RouteDoc } from '../../api-docs/route-doc.js';

export interface HubModuleContext {
  hub: Hub;
  auth: AuthService;
  io: HubIo;
  broadcaster: Broadcaster;
  /** Sealing of the personal data a feature stores, and how long it is kept. */
  personalData: PersonalData;
  /** Connected sockets by credential: presence, and ending them when a credential ends. */
  sockets: SocketGuard;
  /** The CA a device pins at pairing, when the hub serves TLS with one (see main/hub/core/tls/). */
  centreCa?: CentreCa;
  /** What features offer each other (alerts, printers, SMS, device health…), by identifier: services/ids.ts. */
  services: HubServices;
  /** Told after each catalogue the manager applies; features that derive from it listen here. */
  catalogueChanges: CatalogueChanges;
}

export interface HubModule {
  name: string;
  /** The routes registerHttp adds, as /api/v1/openapi.json documents them (core/openapi.ts). */
  routeDocs?: readonly RouteDoc[];
  /**
   * This module's part of the personal-data purge, with its SQL in its own store (each table has one
   * owner): declared here rather than registered in provide(), so no feature repeats the registration.
   */
  retention?: RetentionStep;
  /**
   * The migrations that create or change only this module's tables, from its own migrations/ folder,
   * each with its number in the hub's one sequence (core/store/migrate.ts runs them with core's).
   */
  migrations?: readonly Migration[];
  /** Registers the services this module offers the others; runs for every module before any registerHttp. */
  provide?(ctx: HubModuleContext): void;
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
