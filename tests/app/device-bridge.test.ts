import { describe, expect, it, vi } from 'vitest';
import { createTicketOutput, watchDeviceStatus } from '../../renderer/common/device-bridge.js';
import type { DawrApi } from '../../shared/contract/ipc.js';

const fakeDawr = (printTicket: DawrApi['printTicket']) =>
  ({ printTicket, onDeviceStatus: vi.fn(() => () => undefined) }) as unknown as DawrApi;

describe('createTicketOutput', () => {
  it('uses the Electron preload when there is one', async () => {
    const printTicket = vi.fn(async () => ({ printed: true as const }));
    const fetchFn = vi.fn();
    const out = createTicketOutput({ deviceKey: 'k', dawr: fakeDawr(printTicket), fetch: fetchFn });
    expect(await out.print('v-1')).toEqual({ printed: true });
    expect(printTicket).toHaveBeenCalledWith('v-1');
    expect(fetchFn).not.toHaveBeenCalled();
  });

  it('never rejects: a refused or odd preload answer becomes a reason', async () => {
    expect(
      await createTicketOutput({
        deviceKey: 'k',
        dawr: fakeDawr(async () => Promise.reject(new Error('forbidden'))),
      }).print('v'),
    ).toEqual({ printed: false, reason: 'io' });
    expect(
      await createTicketOutput({
        deviceKey: 'k',
        dawr: fakeDawr(async () => ({ printed: 'yes' }) as never),
      }).print('v'),
    ).toEqual({ printed: false, reason: 'bad-reply' });
  });

  it("uses the hub's endpoint with the device key in a browser", async () => {
    const fetchFn = vi.fn(
      async () => new Response(JSON.stringify({ printed: false, reason: 'paper-out' }), { status: 200 }),
    );
    const out = createTicketOutput({
      hubOrigin: 'http://hub:8080',
      deviceKey: 'key-1',
      dawr: undefined,
      fetch: fetchFn as unknown as typeof fetch,
    });
    expect(await out.print('v-2')).toEqual({ printed: false, reason: 'paper-out' });
    const [url, init] = fetchFn.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('http://hub:8080/api/v1/kiosk/print');
    expect(init.headers).toMatchObject({ authorization: 'Device key-1' });
    expect(JSON.parse(String(init.body))).toEqual({ visitId: 'v-2' });
  });

  it('says offline when the hub refuses or cannot be reached', async () => {
    const refused = vi.fn(async () => new Response('{}', { status: 401 }));
    expect(
      await createTicketOutput({
        hubOrigin: 'http://h',
        deviceKey: null,
        dawr: undefined,
        fetch: refused as unknown as typeof fetch,
      }).print('v'),
    ).toEqual({ printed: false, reason: 'offline' });
    const down = vi.fn(async () => Promise.reject(new TypeError('fetch failed')));
    expect(
      await createTicketOutput({
        hubOrigin: 'http://h',
        deviceKey: null,
        dawr: undefined,
        fetch: down as unknown as typeof fetch,
      }).print('v'),
    ).toEqual({ printed: false, reason: 'offline' });
  });

  it('watches device status only inside the shell', () => {
    const dawr = fakeDawr(async () => ({ printed: true }));
    watchDeviceStatus(() => undefined, dawr);
    expect(dawr.onDeviceStatus).toHaveBeenCalledOnce();
    expect(typeof watchDeviceStatus(() => undefined, undefined)).toBe('function');
  });
});
