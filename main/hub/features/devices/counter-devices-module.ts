/**
 * Serial counter devices attached to the hub: per counter a call keypad (next, recall, no-show,
 * transfer) and an LED display showing the ticket in hand, kept in step with every change made
 * from the counter app too. Configured by DAWR_COUNTER_DEVICES (JSON array of serial device
 * configs with their counterId); devices that come and go are handled by DeviceSupervisor.
 */
import * as z from 'zod';
import type { DeviceStatusReport } from '../../../../devices/ports.js';
import { CounterStation } from '../../../../devices/serial/counter-station.js';
import { SerialDeviceConfigSchema, type SerialDeviceConfig } from '../../../../devices/serial/config.js';
import { KeypadDriver } from '../../../../devices/serial/keypad.js';
import { LedDisplayDriver } from '../../../../devices/serial/led-display.js';
import { DeviceSupervisor } from '../../../../devices/serial/supervisor.js';
import type { HubModule } from '../../core/module-context.js';
import { HubCounterActions } from './hub-counter-actions.js';
import { DEVICE_HEALTH } from '../../core/services/ids.js';
import { describeIssues } from '../../../../shared/contract/validation-errors.js';

const CounterDevices = z.array(
  SerialDeviceConfigSchema.refine((d) => d.counterId !== undefined, 'counterId is required'),
);

export function counterDevicesFromEnv(raw: string | undefined): SerialDeviceConfig[] {
  if (!raw) return [];
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new Error('DAWR_COUNTER_DEVICES is not valid JSON');
  }
  const parsed = CounterDevices.safeParse(json);
  if (!parsed.success) throw new Error(`DAWR_COUNTER_DEVICES: ${describeIssues(parsed.error)}`);
  return parsed.data;
}

export interface CounterDevicesOptions {
  devices: SerialDeviceConfig[];
  onStatus?: (report: DeviceStatusReport) => void;
}

export function counterDevicesModule(opts: CounterDevicesOptions): HubModule {
  return {
    name: 'counter-devices',
    start(ctx) {
      if (opts.devices.length === 0) return;
      const actions = new HubCounterActions(ctx.hub, (staffId) => ctx.auth.staffRoles(staffId));
      // Link states go to the device health registry (dashboard, metrics) as well as the log.
      const health = ctx.services.find(DEVICE_HEALTH);
      for (const d of opts.devices) health?.serialConfigured(d.id, d.kind, d.counterId ?? null);
      const sink = {
        report: (r: DeviceStatusReport) => {
          health?.serialReport(r);
          opts.onStatus?.(r);
        },
      };
      const stations = new Map<string, CounterStation>();
      const supervisors: DeviceSupervisor[] = [];
      const counterIds = [...new Set(opts.devices.map((d) => d.counterId!))];
      for (const counterId of counterIds) {
        const mine = opts.devices.filter((d) => d.counterId === counterId);
        const keypadConfig = mine.find((d) => d.kind === 'keypad');
        const displayConfig = mine.find((d) => d.kind === 'display');
        const keypad = keypadConfig ? new KeypadDriver() : null;
        const display = displayConfig ? new LedDisplayDriver() : null;
        if (keypadConfig && keypad) supervisors.push(new DeviceSupervisor(keypadConfig, keypad, sink));
        if (displayConfig && display) supervisors.push(new DeviceSupervisor(displayConfig, display, sink));
        const station = new CounterStation(counterId, actions, keypad, display);
        station.on('action-failed', (press, err) =>
          opts.onStatus?.({
            deviceId: keypadConfig?.id ?? counterId,
            kind: 'keypad',
            level: 'warning',
            detail: `${press.key}: ${err.message}`,
            at: Date.now(),
          }),
        );
        stations.set(counterId, station);
      }
      // Changes made from the counter app (or anywhere) show on the counter's display too.
      const unsubscribe = ctx.hub.subscribe((batch) => {
        const touched = new Set<string>();
        for (const { change } of batch) for (const c of change.counters) touched.add(c.counterId);
        for (const counterId of touched)
          void stations
            .get(counterId)
            ?.showTicket(actions.ticketAt(counterId))
            .catch(() => undefined);
      });
      for (const s of supervisors) s.start();
      for (const [counterId, station] of stations)
        void station.showTicket(actions.ticketAt(counterId)).catch(() => undefined);
      return async () => {
        unsubscribe();
        for (const station of stations.values()) station.close();
        for (const s of supervisors) await s.stop();
      };
    },
  };
}
