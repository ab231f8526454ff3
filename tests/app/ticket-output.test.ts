/**
 * The kiosk's ticket output (renderer/kiosk/ticket-output.ts): the Electron preload when there is
 * one, else the hub prints; either way a print resolves to printed or a reason and never rejects.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  HubTicketOutput,
  PreloadTicketOutput,
  chooseTicketOutput,
} from '../../renderer/kiosk/ticket-output.js';
import { KioskApi } from '../../renderer/kiosk/kiosk-api.js';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('ticket output', () => {
  it('uses the Electron preload when there is one, and the hub otherwise', async () => {
    const printTicket = vi.fn(async () => ({ printed: true as const }));
    const fetchFn = vi.fn();
    vi.stubGlobal('fetch', fetchFn);
    vi.stubGlobal('dawr', { printTicket });
    const api = new KioskApi('k', 'http://hub');
    const out = chooseTicketOutput(api);
    expect(out).toBeInstanceOf(PreloadTicketOutput);
    expect(await out.print('v-1')).toEqual({ printed: true });
    expect(printTicket).toHaveBeenCalledWith('v-1');
    expect(fetchFn).not.toHaveBeenCalled();
    vi.stubGlobal('dawr', undefined);
    expect(chooseTicketOutput(api)).toBeInstanceOf(HubTicketOutput);
  });

  it('never rejects: a refused or odd preload answer becomes a reason', async () => {
    const refused = new PreloadTicketOutput(async () => Promise.reject(new Error('forbidden')));
    expect(await refused.print('v')).toEqual({ printed: false, reason: 'io' });
    const odd = new PreloadTicketOutput(async () => ({ printed: 'yes' }));
    expect(await odd.print('v')).toEqual({ printed: false, reason: 'bad-reply' });
  });

  it("uses the hub's endpoint with the device key in a browser", async () => {
    const fetchFn = vi.fn(
      async () => new Response(JSON.stringify({ printed: false, reason: 'paper-out' }), { status: 200 }),
    );
    vi.stubGlobal('fetch', fetchFn);
    const out = new HubTicketOutput(new KioskApi('key-1', 'http://hub:8080'));
    expect(await out.print('v-2')).toEqual({ printed: false, reason: 'paper-out' });
    const [url, init] = fetchFn.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('http://hub:8080/api/v1/kiosk/print');
    expect(init.headers).toMatchObject({ authorization: 'Device key-1' });
    expect(JSON.parse(String(init.body))).toEqual({ visitId: 'v-2' });
  });

  it('says offline when the hub refuses or cannot be reached', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('{}', { status: 401 })),
    );
    const out = new HubTicketOutput(new KioskApi('k', 'http://h'));
    expect(await out.print('v')).toEqual({ printed: false, reason: 'offline' });
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('fetch failed'))),
    );
    expect(await out.print('v')).toEqual({ printed: false, reason: 'offline' });
  });
});
