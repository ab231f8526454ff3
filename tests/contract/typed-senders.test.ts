/**
 * The apps' generic senders on a real hub: `managerCall` (dashboard) and `emitAssisted` (kiosk,
 * floor) are typed on the event table (shared/contract/socket-events.ts), send events without
 * input with the callback alone, and hand back the hub's checked acknowledgement.
 */
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import type { HelpRequest } from '../../shared/contract/assisted.js';
import type { LiveMetrics } from '../../shared/contract/manager.js';
import type { AckResult } from '../../shared/contract/socket.js';
import { HubClient, type ClientEventArgs } from '../../renderer/common/hub-client.js';
import { managerCall } from '../../renderer/dashboard/manager-client.js';
import { emitAssisted, type AssistedEvent } from '../../renderer/kiosk/help-request.js';
import { KIOSK_KEY, login, startTestHub, type TestHub } from '../support/hub.js';

let hub: TestHub;
const clients: HubClient[] = [];

beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(async () => {
  for (const c of clients) c.close();
  await hub?.cleanup();
});

/** A client of the hub under test, once its socket is connected. */
async function client(role: 'manager' | 'counter' | 'kiosk', auth: { token?: string; deviceKey?: string }) {
  const c = new HubClient({ origin: hub.url, role, auth });
  clients.push(c);
  if (c.connection !== 'connected')
    await new Promise<void>((resolve) => {
      const off = c.onConnection((s) => {
        if (s !== 'connected') return;
        off();
        resolve();
      });
    });
  return c;
}

describe('typed senders', () => {
  it('managerCall sends reads without input and actions with theirs; refusals come back as refusals', async () => {
    const manager = await client('manager', { token: await login(hub.url, 'manager', '246810') });

    const metrics = await managerCall(manager, 'manager.metrics');
    expectTypeOf(metrics).toEqualTypeOf<AckResult<LiveMetrics>>();
    expect(metrics.ok).toBe(true);

    const refused = await managerCall(manager, 'manager.acknowledgeAlert', { alertId: 'no-such-alert' });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.code).not.toBe('timeout');

    const bad = await managerCall(manager, 'manager.setQueueOpen', { queueId: '', open: true });
    expect(bad).toMatchObject({ ok: false, error: { code: 'validation' } });
  });

  it('emitAssisted carries a help request from the kiosk to the floor, listing it without input', async () => {
    const kiosk = await client('kiosk', { deviceKey: KIOSK_KEY });
    const floor = await client('counter', { token: await login(hub.url, 'floor', '112233') });

    const raised = await emitAssisted(kiosk, 'raiseHelp', { reason: 'form_help', language: 'en' });
    expectTypeOf(raised).toEqualTypeOf<AckResult<HelpRequest>>();
    if (!raised.ok) throw new Error(`raiseHelp refused: ${raised.error.code}`);
    expect(raised.data).toMatchObject({ kioskId: 'kiosk-t', status: 'open', language: 'en' });

    // `openHelpRequests` takes no input: the callback is its only argument, and the hub answers it.
    const open = await emitAssisted(floor, 'openHelpRequests');
    if (!open.ok) throw new Error(`openHelpRequests refused: ${open.error.code}`);
    expect(open.data.map((r) => r.id)).toContain(raised.data.id);

    const accepted = await emitAssisted(floor, 'acceptHelp', { requestId: raised.data.id });
    expect(accepted).toMatchObject({
      ok: true,
      data: { request: { id: raised.data.id, status: 'accepted' } },
    });
  });

  it('types each event’s input on the table', () => {
    expectTypeOf<ClientEventArgs<'manager.metrics'>>().toEqualTypeOf<[]>();
    expectTypeOf<ClientEventArgs<'acceptHelp'>>().toEqualTypeOf<[input: { requestId: string }]>();
    // Compile-time (tsc over tests): the calls that must not compile, said as types. The senders
    // take `...ClientEventArgs<E>` for an `E` of their own event list, so these are their signatures.
    // manager.report needs its query: calling it with no input does not fit.
    expectTypeOf<[]>().not.toMatchTypeOf<ClientEventArgs<'manager.report'>>();
    // callNext is an operation, not an assisted event.
    expectTypeOf<'callNext'>().not.toMatchTypeOf<AssistedEvent>();
    expectTypeOf<'openHelpRequests'>().toMatchTypeOf<AssistedEvent>();
    // openHelpRequests takes no input: an input object does not fit.
    expectTypeOf<[input: object]>().not.toMatchTypeOf<ClientEventArgs<'openHelpRequests'>>();
    expectTypeOf<ClientEventArgs<'openHelpRequests'>>().toEqualTypeOf<[]>();
  });
});
