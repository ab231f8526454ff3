/**
 * The hub's SMS module: builds the configured gateway (DAWR_SMS_GATEWAY, see settings.ts) behind
 * one outbox per hub, provided as MESSAGING (services/ids.ts) for the kiosk and remote modules; binds SMPP when the hub
 * starts and unbinds when it stops; the demo outbox page; the delivery-receipt callback of HTTPS
 * providers; SMS counts on /metrics.
 * It is listed before the modules that send, so their routes find the outbox.
 */
import { metricFamily } from '../../core/metric-family.js';
import type { HubModule } from '../../core/module-context.js';
import { smsMigrations } from './migrations/index.js';
import { smsRoutes } from './openapi.js';
import { MESSAGING } from '../../core/services/ids.js';
import { serviceId } from '../../core/services/registry.js';
import { registerDemoOutbox } from './demo-outbox.js';
import { registerReceiptCallback } from './receipt-callback.js';
import { HttpsSmsTransport } from './https-gateway.js';
import { DemoSmsTransport, LogSmsTransport } from './log-gateway.js';
import { SMS_STATUSES, SmsOutbox, type Schedule } from './outbox.js';
import { smsSettingsFromEnv, type SmsSettings } from './settings.js';
import { SmppTransport } from './smpp-gateway.js';
import type { SmsTransport } from './transport.js';
import { purgeSmsMessages } from './outbox-store.js';

export interface SmsModuleOptions {
  /** Defaults to the environment (DAWR_SMS_*, DAWR_SMPP_*), read when the hub starts. */
  settings?: SmsSettings;
  /** Where the demo gateway prints each message (the console by default). */
  print?: (line: string) => void;
  /** Retry timer (tests see the waits asked for). */
  schedule?: Schedule;
}

/** This hub's outbox and transport, for start and metrics (one module object serves every hub of a process). */
const RUNNING = serviceId<{ outbox: SmsOutbox; transport: SmsTransport }>('sms.running');

export function smsModule(opts: SmsModuleOptions = {}): HubModule {
  return {
    name: 'sms',
    migrations: smsMigrations,
    // The SMS records (hashed, masked numbers; never the text) kept past the notification period.
    retention: (db, before) => ({
      smsMessages: purgeSmsMessages(db, before.notifications),
    }),
    routeDocs: smsRoutes,
    registerHttp(app, ctx) {
      const settings = opts.settings ?? smsSettingsFromEnv(process.env);
      const transport: SmsTransport =
        settings.gateway === 'smpp'
          ? new SmppTransport(settings.smpp, { onReceipt: (r) => outbox.recordReceipt(r), log: app.log })
          : settings.gateway === 'https'
            ? new HttpsSmsTransport(settings.https)
            : settings.gateway === 'demo'
              ? new DemoSmsTransport(opts.print ?? ((line) => console.log(line)), () => ctx.hub.clock.now())
              : new LogSmsTransport((entry) => app.log.info({ sms: entry }, 'SMS (logging gateway)'));
      const outbox: SmsOutbox = new SmsOutbox({
        db: ctx.hub.db,
        clock: ctx.hub.clock,
        // The keyed hash Hub.withCustomer gives a mobile, so rate limits and visits agree.
        hashMobile: (mobile) => ctx.hub.hashIdentity('mobile', mobile),
        transport,
        retry: settings.retry,
        schedule: opts.schedule,
        log: app.log,
      });
      ctx.services.provide(MESSAGING, outbox);
      ctx.services.provide(RUNNING, { outbox, transport });
      // Registered whatever the gateway, so the API document lists them; each answers 404 when
      // its gateway or its token is not configured.
      registerDemoOutbox(app, transport instanceof DemoSmsTransport ? transport : undefined, outbox);
      registerReceiptCallback(app, outbox, settings.receiptToken);
    },
    start(ctx) {
      const r = ctx.services.find(RUNNING);
      if (!r) return;
      r.transport.start?.();
      return async () => {
        r.outbox.stop();
        await r.transport.stop?.();
      };
    },
    metrics(ctx) {
      const r = ctx.services.find(RUNNING);
      if (!r) return [];
      const counts = r.outbox.counts();
      return metricFamily(
        'dawr_sms_messages',
        'gauge',
        'SMS messages in the outbox by status (dead: refused for good or out of tries).',
        SMS_STATUSES.map((s) => ({
          labels: `gateway="${r.transport.kind}",status="${s}"`,
          value: counts[s],
        })),
      );
    },
  };
}
