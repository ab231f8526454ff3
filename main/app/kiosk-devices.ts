/**
 * The devices a kiosk drives from its main process: its ticket printer (status polled and sent
 * to the hub). Other roles have none. Returns the print function for IPC and a stop function.
 */
import { TicketPrinter } from '../../devices/printer/printer.js';
import { PrinterStatusMonitor } from '../../devices/printer/status-monitor.js';
import type { AppConfig } from './config.js';
import type { DeviceStatusBoard } from './device-status-board.js';
import { createHubApi } from './hub-api.js';
import type { FetchLike } from './hub-waiter.js';
import { createKioskPrint, type KioskPrint } from './kiosk-print.js';

export interface KioskDevices {
  print: KioskPrint | undefined;
  stop(): void;
}

export function startKioskDevices(
  config: AppConfig,
  board: DeviceStatusBoard,
  fetchFn: FetchLike,
): KioskDevices {
  if (config.role !== 'kiosk' || !config.deviceKey) return { print: undefined, stop: () => undefined };
  const hubApi = createHubApi({ hubOrigin: config.hubUrl, deviceKey: config.deviceKey, fetch: fetchFn });
  const printer = config.printer ? new TicketPrinter(config.printer) : null;
  const monitor = printer ? new PrinterStatusMonitor(printer, board) : null;
  monitor?.start();
  return { print: createKioskPrint(printer, hubApi), stop: () => monitor?.stop() };
}
