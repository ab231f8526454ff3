/**
 * One address cannot open public sockets without end: the per-socket event limit meant little
 * while 200 sockets from one address were all accepted. Past DAWR_PUBLIC_SOCKETS_PER_ADDRESS the
 * hub refuses `/public` connections from that address with `rate_limited`, frees a place when a
 * socket goes, and leaves other addresses and the devices' namespaces alone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Socket } from 'socket.io-client';
import { connect, KIOSK_KEY, startTestHub, type TestHub } from '../support/hub.js';
import { TOO_MANY_SOCKETS } from '../../main/hub/core/socket-guard.js';
import { publicRateLimitsFromEnv } from '../../main/hub/core/public-rate-limits.js';
import { ConfigError } from '../../main/hub/core/config.js';
import { hubSeesDisconnect, publicSocketFrom, type SocketRefusal } from './support.js';

const CAP = 3;

let hub: TestHub;
beforeAll(async () => {
  const saved = process.env.DAWR_PUBLIC_SOCKETS_PER_ADDRESS;
  process.env.DAWR_PUBLIC_SOCKETS_PER_ADDRESS = String(CAP);
  try {
    hub = await startTestHub();
  } finally {
    if (saved === undefined) delete process.env.DAWR_PUBLIC_SOCKETS_PER_ADDRESS;
    else process.env.DAWR_PUBLIC_SOCKETS_PER_ADDRESS = saved;
  }
});
afterAll(async () => hub.cleanup());

/** Closes public sockets and waits until the hub has released their places. */
async function closeAll(sockets: Socket[]): Promise<void> {
  const gone = sockets.map((s) => hubSeesDisconnect(hub, s));
  for (const s of sockets) s.close();
  await Promise.all(gone);
}

describe('public sockets per address', () => {
  it('refuses the socket past the cap with rate_limited, and accepts one again after another goes', async () => {
    const open = await Promise.all(Array.from({ length: CAP }, () => publicSocketFrom(hub.url)));
    const refused = await publicSocketFrom(hub.url).catch((e: SocketRefusal) => e);
    expect(refused).toBeInstanceOf(Error);
    expect((refused as SocketRefusal).message).toBe('rate_limited');
    expect((refused as SocketRefusal).data).toEqual(TOO_MANY_SOCKETS);

    const gone = hubSeesDisconnect(hub, open[0]!);
    open[0]!.disconnect();
    await gone;
    const again = await publicSocketFrom(hub.url);
    expect(again.connected).toBe(true);
    // The place it took is counted: the next one is refused again.
    await expect(publicSocketFrom(hub.url)).rejects.toMatchObject({ message: 'rate_limited' });

    // Another address has its own count, and a refused socket never counted against it.
    const elsewhere = await publicSocketFrom(hub.url, '127.0.0.2');
    expect(elsewhere.connected).toBe(true);
    await closeAll([...open.slice(1), again, elsewhere]);
  });

  it('does not cap a kiosk on the same address, even while its public sockets are at the cap', async () => {
    const open = await Promise.all(Array.from({ length: CAP }, () => publicSocketFrom(hub.url)));
    await expect(publicSocketFrom(hub.url)).rejects.toMatchObject({ message: 'rate_limited' });
    const kiosks = await Promise.all(
      Array.from({ length: CAP + 1 }, () => connect(hub.url, '/kiosk', { deviceKey: KIOSK_KEY })),
    );
    for (const kiosk of kiosks) expect(kiosk.connected).toBe(true);
    for (const kiosk of kiosks) kiosk.close();
    await closeAll(open);
  });

  it('reads the cap like the other public limits: 20 by default, 0 for off, nonsense refused', () => {
    expect(publicRateLimitsFromEnv({}).socketsPerAddress).toBe(20);
    expect(publicRateLimitsFromEnv({ DAWR_PUBLIC_SOCKETS_PER_ADDRESS: '0' }).socketsPerAddress).toBe(0);
    for (const bad of ['-1', '2.5', 'many'])
      expect(() => publicRateLimitsFromEnv({ DAWR_PUBLIC_SOCKETS_PER_ADDRESS: bad })).toThrow(ConfigError);
  });
});
