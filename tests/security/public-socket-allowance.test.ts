/**
 * The public read limit holds on sockets as on HTTP (X11's finding 4): one allowance per client
 * address, shared by all its `/public` sockets, of DAWR_PUBLIC_READS_PER_MINUTE follows and as many
 * new sockets a minute. Before this every socket had its own bucket and nothing limited how fast new
 * ones opened: one address reconnected 826 times in 10 s and had 49,560 token guesses answered. The
 * hub runs on a clock the test moves, so the minute is the hub's, not the wall clock's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Socket } from 'socket.io-client';
import { startTestHub, type TestHub } from '../support/hub.js';
import { hubSeesDisconnect, manualClock, publicSocketFrom, type SocketRefusal } from './support.js';
import { DEFAULT_PUBLIC_RATE_LIMITS } from '../../main/hub/core/public-rate-limits.js';

const READS = DEFAULT_PUBLIC_RATE_LIMITS.readsPerMinute;

/** The refusal code of a `follow` for a ticket that does not exist, or `answered` when the hub looked. */
async function guess(socket: Socket, n: number): Promise<string> {
  const ack = (await socket
    .timeout(10_000)
    .emitWithAck('follow', { token: `guess-${n}-xxxxxxxxxxxxxxxx` })) as {
    ok: boolean;
    error?: { code: string };
  };
  return ack.error?.code === 'not_found' ? 'answered' : (ack.error?.code ?? 'ok');
}

describe('the public read allowance on sockets, per address', () => {
  const clock = manualClock();
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub({ clock });
  });
  afterAll(async () => hub.cleanup());

  it(`answers ${READS} follows from one address across several sockets, and refuses the next`, async () => {
    const perSocket = 50; // under the per-socket burst, so only the address's allowance can refuse
    const sockets = await Promise.all(
      Array.from({ length: READS / perSocket }, () => publicSocketFrom(hub.url)),
    );
    const answers = await Promise.all(
      sockets.map(async (s, i) => {
        const codes: string[] = [];
        for (let n = 0; n < perSocket; n++) codes.push(await guess(s, i * perSocket + n));
        return codes;
      }),
    );
    expect(answers.flat().filter((c) => c === 'answered')).toHaveLength(READS);

    // A fresh socket buys nothing: the 301st follow from this address is refused.
    const fresh = await publicSocketFrom(hub.url);
    const refused = (await fresh
      .timeout(10_000)
      .emitWithAck('follow', { token: 'guess-next-xxxxxxxxxxxxxxx' })) as {
      ok: boolean;
      error: { code: string; message: string };
    };
    expect(refused).toMatchObject({ ok: false, error: { code: 'rate_limited' } });
    expect(refused.error.message).toMatch(/try again in \d+ s/);

    // Another address has its own allowance.
    const elsewhere = await publicSocketFrom(hub.url, '127.0.0.2');
    expect(await guess(elsewhere, 0)).toBe('answered');

    // The next minute gives the allowance back.
    clock.advance(60_000);
    expect(await guess(fresh, 0)).toBe('answered');
    for (const s of [...sockets, fresh, elsewhere]) s.close();
  });

  it(`accepts ${READS} new sockets a minute from one address, and refuses the next`, async () => {
    clock.advance(60_000);
    let accepted = 0;
    // In turn, each closed before the next opens: the cap on open sockets is not what refuses here.
    for (; accepted < READS; accepted++) {
      const s = await publicSocketFrom(hub.url, '127.0.0.3');
      const gone = hubSeesDisconnect(hub, s);
      s.close();
      await gone;
    }
    const refused = await publicSocketFrom(hub.url, '127.0.0.3').catch((e: SocketRefusal) => e);
    expect(refused).toBeInstanceOf(Error);
    expect((refused as SocketRefusal).data).toMatchObject({ code: 'rate_limited' });
    expect((refused as SocketRefusal).data?.message).toMatch(/try again in \d+ s/);

    clock.advance(60_000);
    const again = await publicSocketFrom(hub.url, '127.0.0.3');
    expect(again.connected).toBe(true);
    again.close();
  });
});
