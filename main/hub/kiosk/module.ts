/**
 * The kiosk's hub module: ticket printing, SMS, appointment check-in, feedback, the kiosk's settings
 * and the centre's opening state.
 */
import type { HubModule } from '../modules.js';
import { kioskSettingsFromEnv, type KioskHubSettings } from './settings.js';
import { kioskPrintersOf, registerTicketPrinting } from './ticket-print.js';
import { LoggingSmsGateway, registerTicketSms, type SmsGateway } from './sms.js';
import { registerAppointments } from './appointments.js';
import { registerFeedback } from './feedback.js';
import { callerWith } from './http.js';
import { registerDeviceStatus } from './device-status.js';
import { registerOpening } from './opening.js';
import { registerServiceUse } from './service-use.js';
import { smsOutboxOf } from '../sms/gateway-of.js';

export interface KioskModuleOptions {
  /** Defaults to the environment (DAWR_KIOSK_*), read when the hub starts. */
  settings?: KioskHubSettings;
  /** Defaults to the hub's SMS outbox (DAWR_SMS_GATEWAY), else a gateway that only logs. */
  sms?: SmsGateway;
}

export function kioskModule(opts: KioskModuleOptions = {}): HubModule {
  return {
    name: 'kiosk',
    registerHttp(app, ctx) {
      const settings = opts.settings ?? kioskSettingsFromEnv(process.env);
      const sms =
        opts.sms ??
        smsOutboxOf(ctx.hub) ??
        new LoggingSmsGateway((entry) => app.log.info({ sms: entry }, 'ticket SMS (logging gateway)'));
      app.get('/api/v1/kiosk/settings', async (req, reply) => {
        if (!callerWith(ctx, req, reply, ['kiosk'])) return reply;
        return settings.screen;
      });
      registerTicketPrinting(app, ctx, kioskPrintersOf(ctx.hub, settings.printers), settings.publicOrigin);
      registerTicketSms(app, ctx, sms, settings.publicOrigin);
      registerAppointments(app, ctx, settings.screen.checkIn);
      registerFeedback(app, ctx);
      registerDeviceStatus(app, ctx);
      registerOpening(app, ctx);
      registerServiceUse(app, ctx);
    },
  };
}
