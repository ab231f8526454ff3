import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, KIOSK_KEY, login, startTestHub, type TestHub } from '../support/hub.js';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(async () => hub?.cleanup());

describe('counter hub module', () => {
  it('lists staff without secrets, to staff only', async () => {
    expect((await api(hub.url, 'GET', '/staff')).status).toBe(401);
    const r = await api(hub.url, 'GET', '/staff', `Bearer ${await login(hub.url, 'agent1', '111111')}`);
    const list = r.body as unknown as Record<string, unknown>[];
    expect(list.find((s) => s.id === 's-agent2')).toEqual({
      id: 's-agent2',
      displayName: 'Fatima (demo)',
      roles: ['agent'],
    });
    expect(JSON.stringify(list)).not.toMatch(/pin/i);
  });

  it('gives a counter its worklist: in hand, parked and waiting', async () => {
    const token = `Bearer ${await login(hub.url, 'agent2', '222222')}`;
    expect((await api(hub.url, 'GET', '/counters/nope/worklist', token)).status).toBe(404);
    const issued = await api(hub.url, 'POST', '/visits', `Device ${KIOSK_KEY}`, {
      serviceId: 'eid-renew',
      idempotencyKey: 'worklist-test-1',
    });
    const visitId = (issued.body.visit as { id: string }).id;
    // Until agent2 holds c2 its worklist is not theirs to read (tests/security/worklist-access.test.ts).
    expect((await api(hub.url, 'GET', '/counters/c2/worklist', token)).status).toBe(403);
    await api(hub.url, 'POST', '/counters/c2/open', token);
    let w = await api(hub.url, 'GET', '/counters/c2/worklist', token);
    expect((w.body.waiting as { visitId: string }[]).map((x) => x.visitId)).toContain(visitId);
    await api(hub.url, 'POST', `/counters/c2/call/${visitId}`, token);
    w = await api(hub.url, 'GET', '/counters/c2/worklist', token);
    expect((w.body.inHand as { id: string }).id).toBe(visitId);
    await api(hub.url, 'POST', `/counters/c2/start/${visitId}`, token);
    expect((await api(hub.url, 'POST', `/counters/c2/park/${visitId}`, token)).status).toBe(200);
    w = await api(hub.url, 'GET', '/counters/c2/worklist', token);
    expect(w.body.inHand).toBeNull();
    expect((w.body.parked as { id: string }[]).map((v) => v.id)).toEqual([visitId]);
  });
});
