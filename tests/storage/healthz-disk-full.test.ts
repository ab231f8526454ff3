/**
 * A full disk shows in /healthz: 503 with the reason while writes are refused (it used to answer
 * {"ok":true}), and 200 again once there is room, without waiting for a kiosk to try.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { StartedHub } from '../../main/hub/start.js';
import { issueUntilFull, mountSmallDisk, startHubOn } from './small-disk.js';

const disk = mountSmallDisk(8);
let hub: StartedHub | undefined;

afterAll(async () => {
  await hub?.stop();
  if (!('skip' in disk)) disk.unmount();
});

describe.skipIf('skip' in disk)('/healthz and a full disk', () => {
  it('answers 503 with the reason while writes are refused, and recovers when space returns', async () => {
    if ('skip' in disk) return;
    hub = await startHubOn(disk.dir);
    const healthy = await fetch(`${hub.url}/healthz`);
    expect(healthy.status).toBe(200);
    expect(await healthy.json()).toMatchObject({ ok: true, storage: { writable: true } });

    disk.fill(64 * 1024);
    const refusal = await issueUntilFull(hub, 'full');
    expect(refusal.message).toMatch(/full/);

    const full = await fetch(`${hub.url}/healthz`);
    expect(full.status).toBe(503);
    const body = (await full.json()) as { ok: boolean; code: string; message: string; storage: unknown };
    expect(body).toMatchObject({
      ok: false,
      code: 'storage_unavailable',
      storage: { writable: false, low: true },
    });
    expect(body.message).toMatch(/disk is full/);

    disk.free();
    const recovered = await fetch(`${hub.url}/healthz`);
    expect(recovered.status).toBe(200);
    expect(await recovered.json()).toMatchObject({ ok: true, storage: { writable: true, reason: null } });
    const after = await hub.hub.execute(
      'issueTicket',
      { serviceId: 'eid-renew', idempotencyKey: 'after-recovery' },
      { actor: { kind: 'device', deviceId: 'kiosk-disk' }, roles: ['kiosk'] },
    );
    expect(after.ok).toBe(true);
    const metrics = await (await fetch(`${hub.url}/metrics`)).text();
    expect(metrics).toMatch(/^dawr_storage_writable 1$/m);
    expect(metrics).toMatch(/^dawr_disk_free_bytes \d+$/m);
    expect(metrics).toMatch(/^dawr_wal_bytes \d+$/m);
  });
});
