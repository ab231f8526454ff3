/**
 * "Estimates follow the day" (issue #18): when a counter opens, goes on break or closes, every waiting
 * ticket's estimate changes in the next snapshot, and a phone following its ticket is sent the new
 * range at once (the status page shows what the socket sends), with no visit of its own changing.
 */
import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PublicTicketStatus } from '../../shared/contract/views.js';
import { api, connect, emitAck, KIOSK_KEY, login, startTestHub, type TestHub } from '../support/hub.js';

describe('estimates follow the day', () => {
  let hub: TestHub;
  let agent1: string;
  let agent2: string;
  let phone: Socket;
  const tokens: string[] = [];
  /** Every status the phone was sent, newest last. */
  const pushed: PublicTicketStatus[] = [];

  beforeAll(async () => {
    hub = await startTestHub();
    agent1 = `Bearer ${await login(hub.url, 'agent1', '111111')}`;
    agent2 = `Bearer ${await login(hub.url, 'agent2', '222222')}`;
    expect((await api(hub.url, 'POST', '/counters/c1/open', agent1)).status).toBe(200);
    for (let i = 0; i < 6; i++) {
      const issued = await api(hub.url, 'POST', '/visits', `Device ${KIOSK_KEY}`, {
        serviceId: 'eid-renew',
        idempotencyKey: `follows-the-day-${i}`,
      });
      tokens.push(String(issued.body.statusPath).slice(3));
    }
    phone = await connect(hub.url, '/public', {});
    phone.on('ticket', (t: PublicTicketStatus) => pushed.push(t));
    const followed = await emitAck<PublicTicketStatus>(phone, 'follow', { token: tokens[5]! });
    expect(followed.ok).toBe(true);
  });
  afterAll(async () => {
    phone?.close();
    await hub?.cleanup();
  });

  const p50s = async () =>
    Promise.all(
      tokens.map(async (t) => {
        const r = await api(hub.url, 'GET', `/public/tickets/${t}`);
        return (r.body as PublicTicketStatus).estimate!.p50Minutes;
      }),
    );

  /** Resolves with the first status pushed after `from` whose range differs from `than`. */
  const nextPush = (from: number, than: PublicTicketStatus['estimate']) =>
    expect
      .poll(() => pushed.slice(from).find((s) => s.estimate?.p50Minutes !== than?.p50Minutes) ?? null)
      .not.toBeNull()
      .then(() => pushed.slice(from).find((s) => s.estimate?.p50Minutes !== than?.p50Minutes)!);

  it('a counter opening, going on break and closing moves every waiting estimate, and the phone is told', async () => {
    const first = (await api(hub.url, 'GET', `/public/tickets/${tokens[5]}`)).body as PublicTicketStatus;
    const alone = await p50s();

    // A second identity counter opens: everyone but the first in line is called sooner.
    let from = pushed.length;
    expect((await api(hub.url, 'POST', '/counters/c2/open', agent2)).status).toBe(200);
    const opened = await p50s();
    opened.slice(1).forEach((m, i) => expect(m).toBeLessThan(alone[i + 1]!));
    const shownOpen = await nextPush(from, first.estimate);
    expect(shownOpen.estimate!.p50Minutes).toBe(opened[5]);
    expect(shownOpen.estimate!.p10Minutes).toBeLessThan(first.estimate!.p10Minutes!);

    // It goes on break: back to waiting on one counter until the break is expected to end.
    from = pushed.length;
    const onBreak = { status: 'break', reason: 'prayer' };
    expect((await api(hub.url, 'POST', '/counters/c2/status', agent2, onBreak)).status).toBe(200);
    const broken = await p50s();
    broken.slice(1).forEach((m, i) => expect(m).toBeGreaterThan(opened[i + 1]!));
    const shownBreak = await nextPush(from, shownOpen.estimate);
    expect(shownBreak.estimate!.p50Minutes).toBe(broken[5]);

    // It closes: nobody comes back, so the line waits at least as long as on break.
    from = pushed.length;
    expect((await api(hub.url, 'POST', '/counters/c2/status', agent2, { status: 'closed' })).status).toBe(
      200,
    );
    const closed = await p50s();
    closed.slice(1).forEach((m, i) => expect(m).toBeGreaterThanOrEqual(broken[i + 1]!));
    expect(closed[5]).toBeGreaterThan(broken[5]!);
    const shownClosed = await nextPush(from, shownBreak.estimate);
    expect(shownClosed.estimate!.p50Minutes).toBe(closed[5]);
  });
});
