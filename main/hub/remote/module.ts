/** The citizen's phone, hub side: remote joining with SMS verification, running late, cancel, notifications. */
import type { HubModule } from '../module-context.js';
import { MESSAGING, type SmsGateway } from '../services/ids.js';
import { LoggingSmsGateway } from '../services/logging-sms-gateway.js';
import { registerRemoteJoin, type PhoneBook } from './join.js';
import { registerTicketActions } from './ticket-actions.js';
import { allNotifiers, smsNotifier, startNotifications, type PhoneNotifier } from './notifier.js';
import { registerPushRoutes } from './push-routes.js';
import { remoteSettingsFromEnv, type RemoteSettings } from './settings.js';
import { vapidDetails, WebPushNotifier, type VapidDetails } from './web-push.js';

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

export function remoteModule(opts: RemoteModuleOptions = {}): HubModule {
  const phones: PhoneBook = { byRequest: new Map(), byVisit: new Map() };
  let sms: SmsGateway | undefined = opts.sms;
  let settings: RemoteSettings | undefined = opts.settings;
  let vapid: VapidDetails | undefined = opts.vapid;
  let onError: (e: unknown) => void = () => {};
  return {
    name: 'remote',
    registerHttp(app, ctx) {
      settings ??= remoteSettingsFromEnv(process.env);
      // Per hub (one module object may serve several hubs in a process): the hub's own outbox.
      sms =
        opts.sms ??
        ctx.services.find(MESSAGING) ??
        new LoggingSmsGateway((entry) => app.log.info({ sms: entry }, 'phone SMS (logging gateway)'));
      vapid ??= vapidDetails(ctx.hub, process.env);
      onError = (e) => app.log.error({ err: e }, 'phone notification failed');
      registerRemoteJoin(app, ctx, sms, settings, phones);
      registerTicketActions(app, ctx, settings);
      registerPushRoutes(app, ctx, settings, vapid.publicKey);
    },
    start(ctx) {
      if (!settings || !sms || !vapid) return;
      const notifier =
        opts.notifier ??
        allNotifiers(
          [
            smsNotifier(opts.sms ?? ctx.services.find(MESSAGING) ?? sms, phones),
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
