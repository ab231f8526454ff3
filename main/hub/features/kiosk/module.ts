/**
 * The kiosk's hub module: ticket printing, SMS, appointment check-in, feedback, the kiosk's settings
 * and the centre's opening state.
 */
import type { HubModule } from '../../core/module-context.js';
import { kioskRoutes } from './openapi.js';
import { kioskSettingsFromEnv, type KioskHubSettings } from './settings.js';
import { kioskPrinterSet, registerTicketPrinting } from './ticket-print.js';
import { registerTicketSms } from './sms.js';
import { LoggingSmsGateway } from '../../core/services/logging-sms-gateway.js';
import type { SmsGateway } from '../../core/services/ids.js';
import { registerAppointments } from './appointments.js';
import { registerFeedback } from './feedback.js';
import { callerWith } from '../../core/http-helpers.js';
import { registerDeviceStatus } from './device-status.js';
import { registerOpening } from './opening.js';
import { registerServiceUse } from './service-use.js';
import { KIOSK_PRINTERS, MESSAGING } from '../../core/services/ids.js';

export interface KioskModuleOptions {
  /** Defaults to the environment (DAWR_KIOSK_*), read when the hub starts. */
  settings?: KioskHubSettings;
  /** Defaults to the hub's SMS outbox (DAWR_SMS_GATEWAY), else a gateway that only logs. */
  sms?: SmsGateway;
}

export function kioskModule(opts: KioskModuleOptions = {}): HubModule {
  return {
    name: 'kiosk',
    routeDocs: kioskRoutes,
    provide(ctx) {
      const settings = opts.settings ?? kioskSettingsFromEnv(process.env);
      ctx.services.provide(KIOSK_PRINTERS, kioskPrinterSet(ctx, settings.printers));
    },
    registerHttp(app, ctx) {
      const settings = opts.settings ?? kioskSettingsFromEnv(process.env);
      const sms =
        opts.sms ??
        ctx.services.find(MESSAGING) ??
        new LoggingSmsGateway((entry) => app.log.info({ sms: entry }, 'ticket SMS (logging gateway)'));
      app.get('/api/v1/kiosk/settings', async (req, reply) => {
        if (!callerWith(ctx, req, reply, ['kiosk'])) return reply;
        return settings.screen;
      });
      registerTicketPrinting(app, ctx, ctx.services.get(KIOSK_PRINTERS), settings.publicOrigin);
      registerTicketSms(app, ctx, sms, settings.publicOrigin);
      registerAppointments(app, ctx, settings.screen.checkIn);
      registerFeedback(app, ctx);
      registerDeviceStatus(app, ctx);
      registerOpening(app, ctx);
      registerServiceUse(app, ctx);
    },
  };
}
