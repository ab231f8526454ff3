import { describe, expect, it, vi } from 'vitest';
import { createIpcHandlers, type IpcDeps } from '../../main/app/ipc-handlers.js';
import { IPC_CHANNELS, type AppRole } from '../../shared/contract/ipc.js';

const HUB = 'http://192.168.1.10:8080';
const PAIRING = 'file:///opt/dawr/app/pages/pairing.html';
const WAITING = 'file:///opt/dawr/app/pages/waiting.html';

function setup(role: AppRole | null = 'kiosk') {
  const deps = {
    policy: () => ({ hubOrigin: HUB, localPages: [WAITING, PAIRING] }),
    role: () => role,
    printTicket: vi.fn(async () => ({ printed: true as const })),
    deviceStatus: vi.fn(() => [
      { deviceId: 'p1', kind: 'printer' as const, level: 'ok' as const, detail: 'ready', at: 1 },
    ]),
    appInfo: vi.fn(() => ({ version: '1.0.0', role, hubOrigin: HUB, platform: 'linux' })),
    pair: vi.fn(async () => ({ ok: true as const, role: 'kiosk' as const })),
    retryHub: vi.fn(),
    shellText: vi.fn(() => ({
      lang: 'ar' as const,
      dir: 'rtl' as const,
      text: {},
      problem: null,
      hubUrl: null,
    })),
  } satisfies IpcDeps;
  return { deps, h: createIpcHandlers(deps) };
}

describe('IPC handlers', () => {
  it('prints for the hub page of a kiosk with a valid visit id', async () => {
    const { deps, h } = setup();
    expect(await h[IPC_CHANNELS.printTicket](`${HUB}/kiosk/`, { visitId: 'v-123' })).toEqual({
      ok: true,
      data: { printed: true },
    });
    expect(deps.printTicket).toHaveBeenCalledWith('v-123');
  });

  it.each([
    ['a foreign origin', 'https://evil.example/kiosk/'],
    ['a look-alike origin', `${HUB}.evil.example/`],
    ['a sub-frame or destroyed frame', undefined],
    ['a local page', PAIRING],
    ['an unparsable URL', 'hub/kiosk'],
  ])('refuses to print for %s and does nothing', async (_why, sender) => {
    const { deps, h } = setup();
    expect(await h[IPC_CHANNELS.printTicket](sender, { visitId: 'v-1' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(deps.printTicket).not.toHaveBeenCalled();
  });

  it.each([
    ['nothing', undefined],
    ['a bare string', 'v-1'],
    ['an extra field', { visitId: 'v-1', text: 'FREE TICKET' }],
    ['a bad id', { visitId: '../../etc' }],
    ['an over-long id', { visitId: 'x'.repeat(65) }],
  ])('refuses a print payload of %s with a validation error', async (_why, payload) => {
    const { deps, h } = setup();
    const r = await h[IPC_CHANNELS.printTicket](`${HUB}/kiosk/`, payload);
    expect(r).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(deps.printTicket).not.toHaveBeenCalled();
  });

  it.each(['display', 'counter', null] as const)('refuses to print on a %s machine', async (role) => {
    const { deps, h } = setup(role);
    expect(await h[IPC_CHANNELS.printTicket](`${HUB}/kiosk/`, { visitId: 'v-1' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(deps.printTicket).not.toHaveBeenCalled();
  });

  it('gives device status and app info to the hub page only', async () => {
    const { h } = setup();
    expect(await h[IPC_CHANNELS.deviceStatus](`${HUB}/kiosk/`, undefined)).toMatchObject({
      ok: true,
      data: [{ deviceId: 'p1' }],
    });
    expect(await h[IPC_CHANNELS.deviceStatus]('https://evil.example/', undefined)).toMatchObject({
      ok: false,
    });
    expect(await h[IPC_CHANNELS.deviceStatus](`${HUB}/kiosk/`, { all: true })).toMatchObject({
      ok: false,
      error: { code: 'validation' },
    });
    expect(await h[IPC_CHANNELS.appInfo](WAITING, undefined)).toMatchObject({
      ok: true,
      data: { version: '1.0.0' },
    });
    expect(await h[IPC_CHANNELS.appInfo]('https://evil.example/', undefined)).toMatchObject({ ok: false });
  });

  it('pairs only from the local pairing page, with a validated payload', async () => {
    const { deps, h } = setup(null);
    const input = { hubUrl: 'hub.local:8080', code: 'ABCD-EFGH' };
    expect(await h[IPC_CHANNELS.pair](`${HUB}/kiosk/`, input)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await h[IPC_CHANNELS.pair](PAIRING, { hubUrl: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'validation' },
    });
    expect(deps.pair).not.toHaveBeenCalled();
    expect(await h[IPC_CHANNELS.pair](PAIRING, input)).toEqual({
      ok: true,
      data: { ok: true, role: 'kiosk' },
    });
    expect(deps.pair).toHaveBeenCalledWith(input);
  });

  it('lets only local pages retry the hub and read the shell text', async () => {
    const { deps, h } = setup();
    expect(await h[IPC_CHANNELS.retryHub](`${HUB}/kiosk/`, undefined)).toMatchObject({ ok: false });
    expect(deps.retryHub).not.toHaveBeenCalled();
    expect(await h[IPC_CHANNELS.retryHub](WAITING, undefined)).toMatchObject({ ok: true });
    expect(deps.retryHub).toHaveBeenCalledOnce();
    expect(await h[IPC_CHANNELS.shellText](`${HUB}/`, undefined)).toMatchObject({ ok: false });
    expect(await h[IPC_CHANNELS.shellText](PAIRING, undefined)).toMatchObject({
      ok: true,
      data: { lang: 'ar' },
    });
  });

  it('turns a throwing dependency into an internal error instead of a rejected IPC call', async () => {
    const { deps, h } = setup();
    deps.printTicket.mockRejectedValueOnce(new Error('boom'));
    expect(await h[IPC_CHANNELS.printTicket](`${HUB}/kiosk/`, { visitId: 'v-1' })).toEqual({
      ok: false,
      error: { code: 'internal', message: 'boom' },
    });
  });

  it('has a handler for every channel', () => {
    const { h } = setup();
    expect(Object.keys(h).sort()).toEqual(Object.values(IPC_CHANNELS).sort());
  });
});
