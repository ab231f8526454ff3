/**
 * `POST /api/v1/devices/status` (device key): a kiosk's shell reports what its printer (or another
 * device) is doing. Printer reports raise or clear the dashboard's printer alerts for that kiosk,
 * the same alerts the hub's own print route keeps (see notePrinterOutcome). Every report, whatever
 * its kind (a display's screen going dark, a scanner unplugged), is kept in the device health
 * registry, so the dashboard shows it.
 */
import type { FastifyInstance } from 'fastify';
import { DeviceStatus } from '../../../../shared/contract/ipc.js';
import type { HubModuleContext } from '../../core/module-context.js';
import { ALERTS, DEVICE_HEALTH } from '../../core/services/ids.js';
import { bodyOf, callerWith } from '../../core/http-helpers.js';

export function registerDeviceStatus(app: FastifyInstance, ctx: HubModuleContext): void {
  app.post('/api/v1/devices/status', async (req, reply) => {
    const caller = callerWith(ctx, req, reply, ['kiosk', 'display']);
    if (!caller) return reply;
    const report = bodyOf(DeviceStatus, req, reply);
    if (!report) return reply;
    const kioskId = caller.actor.kind === 'device' ? caller.actor.deviceId : '';
    ctx.services.find(DEVICE_HEALTH)?.peripheralReport(kioskId, report);
    const alerts = ctx.services.find(ALERTS);
    if (report.kind !== 'printer' || !alerts) return { accepted: true, alert: null };
    const detail = { printerId: report.deviceId, level: report.level, detail: report.detail, at: report.at };
    if (report.level === 'ok' || report.level === 'warning') {
      alerts.clear('printer_offline', kioskId);
      alerts.clear('printer_paper_out', kioskId);
      return { accepted: true, alert: null };
    }
    if (report.detail === 'paper-out') {
      alerts.clear('printer_offline', kioskId);
      return { accepted: true, alert: alerts.raise('printer_paper_out', kioskId, detail).kind };
    }
    alerts.clear('printer_paper_out', kioskId);
    return { accepted: true, alert: alerts.raise('printer_offline', kioskId, detail).kind };
  });
}
