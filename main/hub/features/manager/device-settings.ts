/**
 * Per-device settings from the catalogue, pushed to the devices themselves: a display gets which
 * queues, languages, history and counts it shows; a kiosk its location, agencies and the feedback
 * settings (not its printer: the hub prints for it, see kiosk/ticket-print.ts). Sent as `deviceSettings` on connect, on request (same event with an ack) and after every
 * catalogue change, so a dashboard edit applies at once without restarting a screen.
 * Managers list the registered devices with `manager.devices` (socket) or GET /api/v1/manager/devices.
 */
import type { Socket } from 'socket.io';
import {
  displaySettingsFor,
  feedbackSettings,
  kioskSettingsFor,
  type Catalogue,
  type DeviceSettingsMessage,
} from '../../../../shared/contract/catalogue.js';
import { NAMESPACES } from '../../../../shared/contract/namespaces.js';
import type { Principal } from '../../core/hub.js';
import { httpStatusFor } from '../../core/http-errors.js';
import type { HubModule, HubModuleContext } from '../../core/module-context.js';
import { registeredDevices } from './configuration.js';

/** The settings message for a device principal, or undefined for anyone else. */
export function deviceSettingsMessage(
  catalogue: Catalogue,
  principal: Principal | undefined,
): DeviceSettingsMessage | undefined {
  if (principal?.actor.kind !== 'device') return undefined;
  const { deviceId } = principal.actor;
  if (principal.roles.includes('display'))
    return { role: 'display', display: displaySettingsFor(catalogue, deviceId) };
  if (principal.roles.includes('kiosk')) {
    const { printer: _printer, ...kiosk } = kioskSettingsFor(catalogue, deviceId);
    return { role: 'kiosk', kiosk, feedback: feedbackSettings(catalogue) };
  }
  return undefined;
}

/** The acknowledgement callback, whether the client sent an input first or not. */
const ackOf = (a: unknown, b: unknown): ((r: unknown) => void) | undefined =>
  typeof b === 'function'
    ? (b as (r: unknown) => void)
    : typeof a === 'function'
      ? (a as (r: unknown) => void)
      : undefined;

const isManager = (p: Principal | undefined) =>
  p?.actor.kind === 'staff' && p.roles.some((r) => r === 'manager' || r === 'admin');

function push(ctx: HubModuleContext, catalogue: Catalogue): void {
  for (const role of ['display', 'kiosk'] as const)
    for (const socket of ctx.io.of(NAMESPACES[role]).sockets.values()) {
      const message = deviceSettingsMessage(catalogue, socket.data.principal as Principal | undefined);
      if (message) socket.emit('deviceSettings', message);
    }
}

export const deviceSettingsModule: HubModule = {
  name: 'device-settings',
  registerHttp(app, ctx) {
    app.get('/api/v1/manager/devices', async (req, reply) => {
      const p = ctx.auth.fromHeader(req.headers.authorization);
      if (!p)
        return reply
          .code(httpStatusFor('unauthenticated'))
          .send({ code: 'unauthenticated', message: 'sign in as a manager' });
      if (!isManager(p))
        return reply
          .code(httpStatusFor('forbidden'))
          .send({ code: 'forbidden', message: 'only managers and admins can do this' });
      return registeredDevices(ctx.hub.db);
    });
  },
  registerSocket(role, socket: Socket, principal, ctx) {
    if (role === 'manager') {
      socket.on('manager.devices', (a: unknown, b: unknown) => {
        const ack = ackOf(a, b);
        if (!ack) return;
        ack(
          isManager(principal)
            ? { ok: true, data: registeredDevices(ctx.hub.db) }
            : { ok: false, error: { code: 'forbidden', message: 'only managers and admins can do this' } },
        );
      });
      return;
    }
    if (role !== 'display' && role !== 'kiosk') return;
    const current = () => deviceSettingsMessage(ctx.hub.catalogue, principal);
    const first = current();
    if (first) socket.emit('deviceSettings', first);
    socket.on('deviceSettings', (a: unknown, b: unknown) => {
      const ack = ackOf(a, b);
      if (!ack) return;
      const message = current();
      ack(
        message
          ? { ok: true, data: message }
          : {
              ok: false,
              error: { code: 'forbidden', message: 'only kiosks and displays have device settings' },
            },
      );
    });
  },
  start(ctx) {
    return ctx.catalogueChanges.onApplied((c) => push(ctx, c));
  },
};
