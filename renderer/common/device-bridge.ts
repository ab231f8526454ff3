/**
 * The kiosk's devices, behind one interface whether it runs in the Electron shell or a browser.
 * In Electron the preload's `window.dawr` prints on the kiosk's own printer (driven by the main
 * process); in a browser the hub prints for us (`POST /api/v1/kiosk/print {visitId}` with the
 * device key). Either way `print` resolves within seconds and never rejects.
 */
import type { DawrApi, DeviceStatus } from '../../shared/contract/ipc.js';
import { PrintTicketResult } from '../../shared/contract/kiosk.js';

export interface TicketOutput {
  print(visitId: string): Promise<PrintTicketResult>;
}

export interface BridgeOptions {
  /** The hub's origin; defaults to the page's own (the hub serves the kiosk app). */
  hubOrigin?: string;
  /** The kiosk's device key, for the hub's endpoint. */
  deviceKey: string | null;
  /** Injected for tests; defaults to globalThis.dawr and fetch. */
  dawr?: DawrApi | undefined;
  fetch?: typeof fetch;
}

/** The Electron preload, if this page runs inside the Dawr shell. */
export function shellApi(): DawrApi | undefined {
  const dawr = (globalThis as { dawr?: DawrApi }).dawr;
  return dawr && typeof dawr.printTicket === 'function' ? dawr : undefined;
}

const parsed = (raw: unknown): PrintTicketResult => {
  const r = PrintTicketResult.safeParse(raw);
  return r.success ? r.data : { printed: false, reason: 'bad-reply' };
};

export function createTicketOutput(opts: BridgeOptions): TicketOutput {
  const dawr = 'dawr' in opts ? opts.dawr : shellApi();
  if (dawr)
    return {
      async print(visitId) {
        try {
          return parsed(await dawr.printTicket(visitId));
        } catch {
          return { printed: false, reason: 'io' };
        }
      },
    };
  const doFetch = opts.fetch ?? fetch;
  const origin = opts.hubOrigin ?? location.origin;
  return {
    async print(visitId) {
      try {
        const res = await doFetch(`${origin}/api/v1/kiosk/print`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            ...(opts.deviceKey ? { authorization: `Device ${opts.deviceKey}` } : {}),
          },
          body: JSON.stringify({ visitId }),
          signal: AbortSignal.timeout(12_000),
        });
        if (!res.ok) return { printed: false, reason: 'offline' };
        return parsed(await res.json());
      } catch {
        return { printed: false, reason: 'offline' };
      }
    },
  };
}

/** Device status changes from the shell; in a browser the hub's dashboard has them instead. */
export function watchDeviceStatus(listener: (s: DeviceStatus) => void, dawr = shellApi()): () => void {
  return dawr ? dawr.onDeviceStatus(listener) : () => undefined;
}
