/**
 * Assisted digital service at the kiosk (hub side): help requests from kiosks to floor assistants
 * with a live shared form, service requests created by a submission (synced to central), and the
 * public status of a request. Contract: shared/contract/assisted.ts; docs/assisted.md.
 * One file per step: help-sockets (ask for help, share the form), submit-route (submit),
 * status-route (follow the request), request-sync (to central); state.ts holds what is per hub.
 */
import { gauge } from '../../core/metric-family.js';
import type { HubModule, HubModuleContext } from '../../core/module-context.js';
import { assistedMigrations } from './migrations/index.js';
import { assistedRoutes } from './openapi.js';
import { publicOriginFromEnv } from '../../core/public-origin.js';
import { callerWith } from '../../core/http-helpers.js';
import { loadForms } from '../../../forms/load.js';
import { ASSISTED_STATE, createAssistedState } from './state.js';
import { ASSISTANT_ROLES, assistantHelpEvents, kioskHelpEvents } from './help-sockets.js';
import { registerSubmitRoute } from './submit-route.js';
import { registerStatusRoute } from './status-route.js';
import { startRequestSync } from './request-sync.js';
import { requestCustomer } from './request-customer.js';
import { printReceipt } from './receipt-print.js';
import { CENTRAL_LINK, KIOSK_PRINTERS } from '../../core/services/ids.js';
import { purgeRequestData, purgeSentOutbox } from './service-request-store.js';

const HELP_PURGE_EVERY_MS = 60_000;

export interface AssistedModuleOptions {
  publicOrigin?: string;
}

export function assistedModule(opts: AssistedModuleOptions = {}): HubModule {
  const stateOf = (ctx: HubModuleContext) => ctx.services.get(ASSISTED_STATE);
  return {
    name: 'assisted',
    migrations: assistedMigrations,
    // What was typed into service requests, and the request outbox rows central has acknowledged.
    retention: (db, before) => ({
      serviceRequests: purgeRequestData(db, before.requestData, before.now, before.waitForSync),
      logs: purgeSentOutbox(db, before.logs),
    }),
    routeDocs: assistedRoutes,
    provide(ctx) {
      ctx.services.provide(ASSISTED_STATE, createAssistedState(ctx));
    },
    registerSocket(role, socket, principal, ctx) {
      if (!principal) return;
      const { desk } = stateOf(ctx);
      if (role === 'kiosk' && principal.actor.kind === 'device')
        kioskHelpEvents(ctx, desk, socket, principal.actor.deviceId);
      else if (role === 'counter') assistantHelpEvents(ctx, desk, socket, principal);
    },

    registerHttp(app, ctx) {
      const state = stateOf(ctx);
      state.forms = loadForms(
        process.env.DAWR_FORMS_FILE,
        ctx.hub.catalogue.services.map((s) => s.id),
      );
      app.get('/api/v1/help-requests', async (req, reply) => {
        if (!callerWith(ctx, req, reply, [...ASSISTANT_ROLES])) return reply;
        return { helpRequests: state.desk.open() };
      });
      registerSubmitRoute(
        app,
        ctx,
        state,
        opts.publicOrigin ?? publicOriginFromEnv(process.env),
        (kioskId, data) => printReceipt(ctx.services.find(KIOSK_PRINTERS), kioskId, data),
      );
      registerStatusRoute(app, ctx, state);
    },

    metrics(ctx) {
      return gauge(
        'dawr_service_requests_unsent',
        'Service request status changes not yet acknowledged by central.',
        stateOf(ctx).store.backlog(),
      );
    },

    start(ctx) {
      const state = stateOf(ctx);
      // Help requests past their retention leave memory even when no kiosk raises a new one.
      const forgetTimer = setInterval(() => state.desk.forget(), HELP_PURGE_EVERY_MS);
      forgetTimer.unref();
      // The sync module provides the link when central is configured; without it requests wait in their outbox.
      const link = ctx.services.find(CENTRAL_LINK);
      if (!link) return () => clearInterval(forgetTimer);
      const sync = startRequestSync({
        store: state.store,
        link,
        now: () => ctx.hub.clock.now(),
        log: (msg, err) => console.error(msg, err ?? ''),
        customerOf: (number) => {
          const request = state.store.get(number);
          const data = state.store.data(number);
          const schema = request && state.forms.get(request.serviceId)?.definition.schema;
          if (!schema || !data) return undefined;
          return requestCustomer(schema, data, (kind, n) => ctx.hub.hashIdentity(kind, n));
        },
      });
      state.sync = sync;
      return () => {
        clearInterval(forgetTimer);
        sync.stop();
      };
    },
  };
}
