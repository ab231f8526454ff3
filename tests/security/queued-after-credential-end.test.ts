/**
 * A request already waiting for its batch when its credential ends is refused, not carried out
 * (X11's finding 3). Before this, a kiosk's `issueTicket` queued in the same turn of the event loop
 * as a manager revoking its key was committed after the revocation (30 of 30 runs), and a signed-out
 * agent's queued request still opened the counter. The batch is held here (the hub's one scheduled
 * flush is replaced until the test releases it), so the credential always ends between the request's
 * arrival and its decision: no timing, and each case failed before the fix.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { api, connect, KIOSK_KEY, login, startTestHub, type TestHub } from '../support/hub.js';
import { sessionEnd } from './support.js';
import { Hub } from '../../main/hub/core/hub.js';
import type { OperationName } from '../../shared/contract/operations.js';

const KIOSK = `Device ${KIOSK_KEY}`;
const SERVICE = 'eid-renew';

/**
 * Holds the hub's batches undecided until `release`: the flush the hub schedules (hub.ts) does
 * nothing meanwhile, and `release` puts the hub's own flush back and decides what waits at once.
 * `queued` resolves once `operation` has been handed to the hub (another request, say the start-up
 * housekeeping, may wait beside it: it is decided at the release as well).
 */
function holdBatches(hub: Hub, operation: OperationName): { queued: Promise<void>; release: () => void } {
  let handed!: () => void;
  const queued = new Promise<void>((resolve) => (handed = resolve));
  hub.flush = () => {};
  hub.execute = (name, input, principal) => {
    const outcome = Hub.prototype.execute.call(hub, name, input, principal);
    if (name === operation) handed();
    return outcome;
  };
  return {
    queued,
    release() {
      Reflect.deleteProperty(hub, 'execute');
      Reflect.deleteProperty(hub, 'flush');
      hub.flush();
    },
  };
}

const ticketsOfKiosk = (hub: TestHub) =>
  [...hub.hub.state.visits.values()].filter(
    (v) => v.issuedBy?.kind === 'device' && v.issuedBy.deviceId === 'kiosk-t',
  );

const revokeKiosk = async (hub: TestHub) => {
  const manager = `Bearer ${await login(hub.url, 'manager', '246810')}`;
  const r = await api(hub.url, 'POST', '/manager/revokeDevice', manager, {
    deviceId: 'kiosk-t',
    reason: 'taken from the entrance',
  });
  expect(r.status).toBe(200);
};

describe('a request queued when its credential ends', () => {
  let hub: TestHub | undefined;
  afterEach(async () => {
    await hub?.cleanup();
    hub = undefined;
  });

  it('is refused on a kiosk socket whose key is revoked before the batch is decided', async () => {
    hub = await startTestHub();
    const kiosk = await connect(hub.url, '/kiosk', { deviceKey: KIOSK_KEY });
    const ended = sessionEnd(kiosk);
    const held = holdBatches(hub.hub, 'issueTicket');
    kiosk.emit('issueTicket', { serviceId: SERVICE, idempotencyKey: 'queued-before-revoke' }, () => {});
    await held.queued;
    await revokeKiosk(hub);
    expect((await ended).ended.reason).toBe('device_revoked');
    held.release();
    expect(ticketsOfKiosk(hub)).toEqual([]);
    kiosk.close();
  });

  it('is refused over HTTP with 401 when the key is revoked before the batch is decided', async () => {
    hub = await startTestHub();
    const held = holdBatches(hub.hub, 'issueTicket');
    const issued = api(hub.url, 'POST', '/visits', KIOSK, {
      serviceId: SERVICE,
      idempotencyKey: 'queued-before-revoke',
    });
    await held.queued;
    await revokeKiosk(hub);
    held.release();
    const answer = await issued;
    expect(answer.status).toBe(401);
    expect(answer.body).toMatchObject({ code: 'unauthenticated' });
    expect(String(answer.body.message)).toMatch(/revoked/);
    expect(ticketsOfKiosk(hub)).toEqual([]);
  });

  it('is refused for an agent who signs out before the batch is decided, over HTTP and on a socket', async () => {
    hub = await startTestHub();
    const counterOpen = () => hub!.hub.state.counters.get('c1')?.status ?? 'closed';
    const before = counterOpen();

    const httpToken = await login(hub.url, 'agent1', '111111');
    const held = holdBatches(hub.hub, 'openCounter');
    const opened = api(hub.url, 'POST', '/counters/c1/open', `Bearer ${httpToken}`);
    await held.queued;
    expect((await api(hub.url, 'POST', '/auth/logout', `Bearer ${httpToken}`)).status).toBe(204);
    held.release();
    const answer = await opened;
    expect(answer.status).toBe(401);
    expect(answer.body).toMatchObject({ code: 'unauthenticated' });
    expect(counterOpen()).toBe(before);

    const socketToken = await login(hub.url, 'agent1', '111111');
    const agent = await connect(hub.url, '/counter', { token: socketToken });
    const ended = sessionEnd(agent);
    const heldAgain = holdBatches(hub.hub, 'openCounter');
    agent.emit('openCounter', { counterId: 'c1' }, () => {});
    await heldAgain.queued;
    expect((await api(hub.url, 'POST', '/auth/logout', `Bearer ${socketToken}`)).status).toBe(204);
    expect((await ended).ended.reason).toBe('logged_out');
    heldAgain.release();
    expect(counterOpen()).toBe(before);
    agent.close();
  });
});
