// Polls a printer's status on a timer and reports every change to the hub, so the
// dashboard can alert (paper near end, paper out) before a visitor finds out.
import type { DeviceStatusReport, DeviceStatusSink } from '../ports.js';
import type { PrinterState, PrinterStatus, TicketPrinter } from './printer.js';

const levels: Record<PrinterState, DeviceStatusReport['level']> = {
  ready: 'ok',
  unknown: 'ok',
  'paper-near-end': 'warning',
  'paper-out': 'error',
  'cover-open': 'error',
  'printer-error': 'error',
  offline: 'disconnected',
};

export function printerReport(deviceId: string, status: PrinterStatus): DeviceStatusReport {
  return {
    deviceId,
    kind: 'printer',
    level: levels[status.state],
    detail: status.state,
    at: status.checkedAt,
  };
}

export class PrinterStatusMonitor {
  private timer: NodeJS.Timeout | null = null;
  private readonly onStatus = (status: PrinterStatus): void => {
    this.sink.report(printerReport(this.printer.config.id, status));
  };

  constructor(
    private readonly printer: TicketPrinter,
    private readonly sink: DeviceStatusSink,
    private readonly intervalMs = printer.config.statusPollMs,
  ) {}

  /** Starts polling; changes seen by prints are reported too, since both go through the printer. */
  start(): void {
    if (this.timer) return;
    this.printer.on('status', this.onStatus);
    const last = this.printer.lastStatus;
    if (last) this.onStatus(last);
    void this.printer.queryStatus();
    this.timer = setInterval(() => void this.printer.queryStatus(), this.intervalMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.printer.off('status', this.onStatus);
  }
}
