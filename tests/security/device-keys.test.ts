/**
 * Device keys can be listed, revoked, given an expiry and re-keyed (issue #12). Before this a key
 * never expired and could not be revoked, and a connected kiosk kept working whatever happened.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { api, connect, KIOSK_KEY, login, startTestHub, type TestHub } from '../support/hub.js';
import { manualClock, sessionEnd } from './support.js';
import type { DeviceKeyInfo } from '../../shared/contract/auth.js';

const KIOSK = `Device ${KIOSK_KEY}`;

describe('device keys', () => {
  let hub: TestHub | undefined;
  afterEach(async () => {
    await hub?.cleanup();
    hub = undefined;
  });

  const keys = async (manager: string) =>
    (await api(hub!.url, 'POST', '/manager/deviceKeys', manager)).body as unknown as DeviceKeyInfo[];

  it('lists keys with last seen and presence, for managers only', async () => {
    hub = await startTestHub();
    const manager = `Bearer ${await login(hub.url, 'manager', '246810')}`;
    const agent = `Bearer ${await login(hub.url, 'agent1', '111111')}`;
    expect((await api(hub.url, 'POST', '/manager/deviceKeys', agent)).status).toBe(403);
    expect((await api(hub.url, 'POST', '/manager/deviceKeys')).status).toBe(401);
    const kiosk = await connect(hub.url, '/kiosk', { deviceKey: KIOSK_KEY });
    const listed = (await keys(manager)).find((d) => d.id === 'kiosk-t');
    expect(listed).toMatchObject({ role: 'kiosk', state: 'active', online: true, revokedAt: null });
    expect(listed!.lastSeenAt).toBeGreaterThan(0);
    expect(JSON.stringify(await keys(manager))).not.toContain(KIOSK_KEY);
    kiosk.close();
  });

  it('revokes a key: the connected kiosk is told why and disconnected, the key refused everywhere, the change audited', async () => {
    hub = await startTestHub();
    const manager = `Bearer ${await login(hub.url, 'manager', '246810')}`;
    const kiosk = await connect(hub.url, '/kiosk', { deviceKey: KIOSK_KEY });
    expect(await kiosk.timeout(5000).emitWithAck('snapshot')).toMatchObject({ ok: true });
    const ended = sessionEnd(kiosk);
    const r = await api(hub.url, 'POST', '/manager/revokeDevice', manager, {
      deviceId: 'kiosk-t',
      reason: 'stolen from the entrance',
    });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ state: 'revoked', revokedBy: 's-manager', online: false });
    expect((await ended).ended.reason).toBe('device_revoked');
    expect((await api(hub.url, 'POST', '/visits', KIOSK, { serviceId: 'eid-renew' })).status).toBe(401);
    expect(await connect(hub.url, '/kiosk', { deviceKey: KIOSK_KEY }).catch((e: Error) => e)).toBeInstanceOf(
      Error,
    );
    const again = await api(hub.url, 'POST', '/manager/revokeDevice', manager, {
      deviceId: 'kiosk-t',
      reason: 'twice',
    });
    expect(again.status).toBe(409);
    const expiryAfterRevoke = await api(hub.url, 'POST', '/manager/setDeviceExpiry', manager, {
      deviceId: 'kiosk-t',
      expiresAt: Date.now() + 60_000,
    });
    expect(expiryAfterRevoke.status).toBe(409);
    const audit = JSON.stringify((await api(hub.url, 'POST', '/manager/audit', manager)).body);
    expect(audit).toContain('device:kiosk-t');
    expect(audit).toContain('stolen from the entrance');
    kiosk.close();
  });

  it('ends a key at its expiry', async () => {
    const clock = manualClock();
    hub = await startTestHub({ clock });
    const manager = `Bearer ${await login(hub.url, 'manager', '246810')}`;
    const kiosk = await connect(hub.url, '/kiosk', { deviceKey: KIOSK_KEY });
    const set = await api(hub.url, 'POST', '/manager/setDeviceExpiry', manager, {
      deviceId: 'kiosk-t',
      expiresAt: clock.now() + 60_000,
    });
    expect(set.status).toBe(200);
    expect((await api(hub.url, 'GET', '/snapshot', KIOSK)).status).toBe(200);
    const ended = sessionEnd(kiosk);
    clock.advance(60_001);
    // Within a second (the sweep), without the kiosk sending anything.
    expect((await ended).ended.reason).toBe('device_expired');
    expect((await api(hub.url, 'GET', '/snapshot', KIOSK)).status).toBe(401);
    expect((await keys(manager)).find((d) => d.id === 'kiosk-t')?.state).toBe('expired');
    // A new key for the expired kiosk works: the passed expiry goes with the old key.
    const code = await api(hub.url, 'POST', '/manager/rekeyDevice', manager, { deviceId: 'kiosk-t' });
    const claimed = await api(hub.url, 'POST', '/pairing/claim', undefined, { code: code.body.code });
    expect((await api(hub.url, 'GET', '/snapshot', `Device ${String(claimed.body.deviceKey)}`)).status).toBe(
      200,
    );
    kiosk.close();
  });

  it('re-keys a device with a one-time pairing code: same device, new key, old key ended', async () => {
    hub = await startTestHub();
    const manager = `Bearer ${await login(hub.url, 'manager', '246810')}`;
    const kiosk = await connect(hub.url, '/kiosk', { deviceKey: KIOSK_KEY });
    const code = await api(hub.url, 'POST', '/manager/rekeyDevice', manager, { deviceId: 'kiosk-t' });
    expect(code.status).toBe(200);
    // Until the code is claimed the old key works: no downtime while the technician walks over.
    expect((await api(hub.url, 'GET', '/snapshot', KIOSK)).status).toBe(200);
    const ended = sessionEnd(kiosk);
    const claimed = await api(hub.url, 'POST', '/pairing/claim', undefined, { code: code.body.code });
    expect(claimed.status).toBe(200);
    expect(claimed.body).toMatchObject({ deviceId: 'kiosk-t', role: 'kiosk' });
    expect((await ended).ended.reason).toBe('device_rekeyed');
    expect((await api(hub.url, 'GET', '/snapshot', KIOSK)).status).toBe(401);
    expect((await api(hub.url, 'GET', '/snapshot', `Device ${String(claimed.body.deviceKey)}`)).status).toBe(
      200,
    );
    const listed = (await keys(manager)).find((d) => d.id === 'kiosk-t');
    expect(listed?.keyRotatedAt).toBeGreaterThan(0);
    expect((await api(hub.url, 'POST', '/manager/rekeyDevice', manager, { deviceId: 'nope' })).status).toBe(
      404,
    );
    kiosk.close();
  });
});
