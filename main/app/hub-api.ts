/**
 * What the kiosk's main process asks of the hub, with its device key. The renderer only names a
 * visit; the ticket's content comes from the hub, so a page cannot print arbitrary text.
 */
import { DeviceStatus } from '../../shared/contract/ipc.js';
import type { FetchLike } from './hub-waiter.js';

/** Served by the hub's kiosk module (device key): the TicketPrintData of one visit. */
export const printDataPath = (visitId: string): string =>
  `/api/v1/kiosk/tickets/${encodeURIComponent(visitId)}/print-data`;
/** Served by the hub's devices module (device key): one DeviceStatusReport. */
export const DEVICE_STATUS_PATH = '/api/v1/devices/status';

export class HubApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'HubApiError';
  }
}

export interface HubApi {
  /** Unvalidated: the printer validates ticket data itself (devices/printer/ticket-data.ts). */
  ticketPrintData(visitId: string): Promise<unknown>;
  reportDeviceStatus(status: DeviceStatus): Promise<void>;
}

export function createHubApi(opts: {
  hubOrigin: string;
  deviceKey: string;
  fetch: FetchLike;
  timeoutMs?: number;
}): HubApi {
  const timeoutMs = opts.timeoutMs ?? 3000;
  const call = async (path: string, init: { method: string; body?: unknown }): Promise<unknown> => {
    let res;
    try {
      res = await opts.fetch(new URL(path, opts.hubOrigin).toString(), {
        method: init.method,
        signal: AbortSignal.timeout(timeoutMs),
        headers: {
          authorization: `Device ${opts.deviceKey}`,
          ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}),
        },
        ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
      });
    } catch (err) {
      throw new HubApiError('hub_unreachable', `the hub did not answer: ${(err as Error).message}`);
    }
    const body = await res.json().catch(() => undefined);
    if (!res.ok) {
      const e = body as { code?: unknown; message?: unknown } | undefined;
      throw new HubApiError(
        typeof e?.code === 'string' ? e.code : `http_${res.status}`,
        typeof e?.message === 'string' ? e.message : `the hub answered ${res.status}`,
      );
    }
    return body;
  };
  return {
    ticketPrintData: (visitId) => call(printDataPath(visitId), { method: 'GET' }),
    async reportDeviceStatus(status) {
      await call(DEVICE_STATUS_PATH, { method: 'POST', body: DeviceStatus.parse(status) });
    },
  };
}
