/** The citizen's phone, hub side: remote joining with SMS verification, running late, cancel, notifications. */
import type { HubModule } from '../../core/module-context.js';
import { remoteRoutes } from './openapi.js';
import { MESSAGING, type SmsGateway } from '../../core/services/ids.js';
import { LoggingSmsGateway } from '../../core/services/logging-sms-gateway.js';
import { serviceId } from '../../core/services/registry.js';
import { registerRemoteJoin, type PhoneBook } from './join.js';
import { registerTicketActions } from './ticket-actions.js';
import { registerTicketLanguage } from './ticket-language.js';
import { allNotifiers, smsNotifier, startNotifications, type PhoneNotifier } from './notifier.js';
import { registerPushRoutes } from './push-routes.js';
import { remoteSettingsFromEnv, type RemoteSettings } from './settings.js';
import { vapidDetails, WebPushNotifier, type VapidDetails } from './web-push.js';
import { purgeRemoteCodes, purgeRemoteNotifications } from './store.js';
import { purgePushSubscriptions } from './push-store.js';
import { remoteMigrations } from './migrations/index.js';

export interface RemoteModuleOptions {
  /** Defaults to the environment (DAWR_REMOTE_*). */
  settings?: RemoteSettings;
  /** Defaults to the hub's SMS outbox (DAWR_SMS_GATEWAY), else a gateway that only logs. */
  sms?: SmsGateway;
  /** Defaults to SMS through the same gateway together with web push. */
  notifier?: PhoneNotifier;
  /** Defaults to DAWR_VAPID_* or the hub's own stored key pair. */
  vapid?: VapidDetails;
  /** Milliseconds before a push service is given up on (default 5 s). */
  pushTimeoutMs?: number;
}

/** What one hub's phones need; in the hub's registry, since one module object serves every hub of a process. */
interface RemoteHubState {
  phones: PhoneBook;
  settings: RemoteSettings;
  sms: SmsGateway;
  vapid: VapidDetails;
  onError: (e: unknown) => void;
}
const REMOTE_STATE = serviceId<RemoteHubState>('remote.state');

export function remoteModule(opts: RemoteModuleOptions = {}): HubModule {
  return {
    name: 'remote',
    migrations: remoteMigrations,
    // The phone channel's personal data: join codes, the notifications sent, push subscriptions.
    retention: (db, before) => ({
      remoteCodes: purgeRemoteCodes(db, before.remoteCodes),
      notifications: purgeRemoteNotifications(db, before.notifications),
      pushSubscriptions: purgePushSubscriptions(db, before.notifications),
    }),
    routeDocs: remoteRoutes,
    registerHttp(app, ctx) {
      const { phones, settings, sms, vapid } = ctx.services.provide(REMOTE_STATE, {
        phones: { byRequest: new Map(), byVisit: new Map() },
        settings: opts.settings ?? remoteSettingsFromEnv(process.env),
        // The hub's own outbox, else a gateway that only logs.
        sms:
          opts.sms ??
          ctx.services.find(MESSAGING) ??
          new LoggingSmsGateway((entry) => app.log.info({ sms: entry }, 'phone SMS (logging gateway)')),
        vapid: opts.vapid ?? vapidDetails(ctx.hub, process.env),
        onError: (e) => app.log.error({ err: e }, 'phone notification failed'),
      });
      registerRemoteJoin(app, ctx, sms, settings, phones);
      registerTicketActions(app, ctx, settings);
      registerTicketLanguage(app, ctx);
      registerPushRoutes(app, ctx, settings, vapid.publicKey);
    },
    start(ctx) {
      const state = ctx.services.find(REMOTE_STATE);
      if (!state) return;
      const { phones, settings, sms, vapid, onError } = state;
      const notifier =
        opts.notifier ??
        allNotifiers(
          [
            smsNotifier(sms, phones),
            new WebPushNotifier(ctx.hub, {
              vapid,
              timeoutMs: opts.pushTimeoutMs,
              statusPath: (token) => `/t/${encodeURIComponent(token)}`,
              onError,
              sealer: ctx.personalData.sealer,
            }),
          ],
          onError,
        );
      const near = { leadMinutes: settings.notifyLeadMinutes, ahead: settings.notifyWhenAhead };
      return startNotifications(ctx.hub, phones, notifier, near, onError);
    },
  };
}
