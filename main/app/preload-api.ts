/**
 * The `window.dawr` object, built over a minimal IPC port so it is tested without Electron.
 * One method per message; the channel is fixed inside each method, never chosen by the page,
 * and listeners get the status only (never Electron's event object with its `sender`).
 */
import {
  IPC_CHANNELS,
  IPC_EVENTS,
  type DawrApi,
  type DeviceStatus,
  type IpcChannel,
  type IpcResult,
} from '../../shared/contract/ipc.js';

export interface PreloadIpc {
  invoke(channel: IpcChannel, payload?: unknown): Promise<unknown>;
  on(channel: string, listener: (event: unknown, payload: unknown) => void): void;
  removeListener(channel: string, listener: (event: unknown, payload: unknown) => void): void;
}

export function createDawrApi(ipc: PreloadIpc): DawrApi {
  const invoke = async <T>(channel: IpcChannel, payload?: unknown): Promise<T> => {
    const r = (await ipc.invoke(channel, payload)) as IpcResult<T>;
    if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
    return r.data;
  };
  return {
    printTicket: (visitId) => invoke(IPC_CHANNELS.printTicket, { visitId }),
    deviceStatus: () => invoke(IPC_CHANNELS.deviceStatus),
    onDeviceStatus(listener) {
      const handler = (_event: unknown, status: unknown) => listener(status as DeviceStatus);
      ipc.on(IPC_EVENTS.deviceStatus, handler);
      return () => ipc.removeListener(IPC_EVENTS.deviceStatus, handler);
    },
    appInfo: () => invoke(IPC_CHANNELS.appInfo),
    pair: (input) => invoke(IPC_CHANNELS.pair, { hubUrl: input.hubUrl, code: input.code }),
    retryHub: () => invoke(IPC_CHANNELS.retryHub),
    shellText: () => invoke(IPC_CHANNELS.shellText),
  };
}
