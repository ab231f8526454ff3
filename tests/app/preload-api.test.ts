import { describe, expect, it, vi } from 'vitest';
import { createDawrApi, type PreloadIpc } from '../../main/app/preload-api.js';
import { IPC_CHANNELS, IPC_EVENTS } from '../../shared/contract/ipc.js';

function fakeIpc(reply: unknown = { ok: true, data: { printed: true } }) {
  const listeners = new Map<string, (e: unknown, p: unknown) => void>();
  const ipc = {
    invoke: vi.fn(async () => reply),
    on: vi.fn((c: string, l: (e: unknown, p: unknown) => void) => void listeners.set(c, l)),
    removeListener: vi.fn((c: string) => void listeners.delete(c)),
  } satisfies PreloadIpc;
  return { ipc, listeners };
}

describe('window.dawr', () => {
  it('sends only the visit id on the fixed print channel', async () => {
    const { ipc } = fakeIpc();
    expect(await createDawrApi(ipc).printTicket('v-9')).toEqual({ printed: true });
    expect(ipc.invoke).toHaveBeenCalledWith(IPC_CHANNELS.printTicket, { visitId: 'v-9' });
  });

  it('rejects with the refusal code and message', async () => {
    const { ipc } = fakeIpc({ ok: false, error: { code: 'forbidden', message: 'no' } });
    await expect(createDawrApi(ipc).deviceStatus()).rejects.toThrow('forbidden: no');
  });

  it('copies only hubUrl and code when pairing', async () => {
    const { ipc } = fakeIpc({ ok: true, data: { ok: true, role: 'display' } });
    const input = { hubUrl: 'h', code: 'c', extra: 'x' } as unknown as { hubUrl: string; code: string };
    await createDawrApi(ipc).pair(input);
    expect(ipc.invoke).toHaveBeenCalledWith(IPC_CHANNELS.pair, { hubUrl: 'h', code: 'c' });
  });

  it('hands listeners the status but never the IPC event, and unsubscribes', () => {
    const { ipc, listeners } = fakeIpc();
    const seen: unknown[] = [];
    const off = createDawrApi(ipc).onDeviceStatus((s) => seen.push(s));
    const status = { deviceId: 'p', kind: 'printer', level: 'error', detail: 'paper-out', at: 1 };
    listeners.get(IPC_EVENTS.deviceStatus)!({ sender: 'secret' }, status);
    expect(seen).toEqual([status]);
    off();
    expect(listeners.has(IPC_EVENTS.deviceStatus)).toBe(false);
  });

  it('exposes exactly the DawrApi methods, no generic send or invoke', () => {
    const api = createDawrApi(fakeIpc().ipc);
    expect(Object.keys(api).sort()).toEqual(
      ['appInfo', 'deviceStatus', 'onDeviceStatus', 'pair', 'printTicket', 'retryHub', 'shellText'].sort(),
    );
  });
});
