/**
 * The display board faces the public: its live `call` events carry the call's own id, never the
 * visit's (issue #15). A recall is a new call with a new id, so the announcer takes it again.
 */
import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CallAnnouncement } from '../../shared/contract/views.js';
import { api, connect, DISPLAY_KEY, KIOSK_KEY, login, startTestHub, type TestHub } from '../support/hub.js';

let hub: TestHub;
let display: Socket;
beforeAll(async () => {
  hub = await startTestHub();
  display = await connect(hub.url, '/display', { deviceKey: DISPLAY_KEY });
});
afterAll(async () => {
  display?.disconnect();
  await hub?.cleanup();
});

const nextCall = () => new Promise<unknown>((resolve) => display.once('call', resolve));

describe('call events to displays', () => {
  it('carry a call id and no visit id; a recall has its own id', async () => {
    const issued = await api(hub.url, 'POST', '/visits', `Device ${KIOSK_KEY}`, {
      serviceId: 'eid-renew',
      idempotencyKey: 'privacy-1',
    });
    expect(issued.status).toBe(200);
    const visitId = (issued.body as { visit: { id: string } }).visit.id;
    const agent = `Bearer ${await login(hub.url, 'agent1', '111111')}`;
    await api(hub.url, 'POST', '/counters/c1/open', agent);

    const first = nextCall();
    const called = await api(hub.url, 'POST', '/counters/c1/call-next', agent);
    expect(called.status).toBe(200);
    const raw = await first;
    // Nothing in the event names the visit: not a field, not a value.
    expect(Object.keys(raw as object)).not.toContain('visitId');
    expect(JSON.stringify(raw)).not.toContain(visitId);
    const call = CallAnnouncement.strict().parse(raw);
    expect(call.callId).not.toBe('');

    const second = nextCall();
    await api(hub.url, 'POST', `/counters/c1/recall/${visitId}`, agent);
    const recall = CallAnnouncement.parse(await second);
    expect(recall).toMatchObject({ ticket: call.ticket, recall: true });
    expect(recall.callId).not.toBe(call.callId);
    expect(JSON.stringify(recall)).not.toContain(visitId);
  });
});
