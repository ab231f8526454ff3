// What the devices layer needs from the rest of Dawr. The hub (or the kiosk's main process)
// implements these; devices/ never imports the hub, so it can be tested on its own.

/** The ticket now at a counter after a keypad action, or null when nobody is called. */
export type CounterTicket = { ticketNumber: string; visitId: string } | null;

/** The same actions as the counter app, addressed by counter (a keypad knows nothing else). */
export interface CounterActions {
  callNext(counterId: string): Promise<CounterTicket>;
  recall(counterId: string): Promise<CounterTicket>;
  noShow(counterId: string): Promise<CounterTicket>;
  /** `target` is the number typed on the keypad; the hub maps it to a queue for that counter. */
  transfer(counterId: string, target: number): Promise<CounterTicket>;
}

export type DeviceKind = 'printer' | 'display' | 'keypad' | 'scanner';

export type DeviceStatusReport = {
  deviceId: string;
  kind: DeviceKind;
  /** ok: working; warning: working but needs attention soon (paper near end);
   * error: cannot work (paper out, cover open); disconnected: not reachable. */
  level: 'ok' | 'warning' | 'error' | 'disconnected';
  /** Machine-readable reason, e.g. 'paper-out', 'offline', 'unplugged'. */
  detail: string;
  at: number;
};

export interface DeviceStatusSink {
  report(status: DeviceStatusReport): void;
}

/** Where a scanned appointment code goes (the kiosk checks the appointment in). */
export interface AppointmentCodeSink {
  appointmentScanned(code: string, scannerId: string): Promise<void>;
}
