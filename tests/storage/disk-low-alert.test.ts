/**
 * `disk_low` is raised, with the free space, while the data folder's filesystem has less free than
 * the threshold, and cleared when space returns; /metrics and /healthz carry the figures. The free
 * space comes from an injected probe and time from an injected clock.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { Alert } from '../../shared/contract/manager.js';
import { HUB_MODULES } from '../../main/hub/modules.js';
import { hubStorage, storageModule } from '../../main/hub/features/storage/module.js';
import { storageConfigFromEnv } from '../../main/hub/features/storage/config.js';
import { ConfigError } from '../../main/hub/core/config.js';
import { mayReadMetrics } from '../../main/hub/core/metrics-access.js';
import type { FastifyRequest } from 'fastify';
import { api, login, startTestHub, type TestHub } from '../support/hub.js';

const MB = 1024 * 1024;
let hub: TestHub | undefined;
afterEach(async () => {
  await hub?.cleanup();
  hub = undefined;
});

describe('the disk_low alert', () => {
  it('is raised below the threshold with the free space, and cleared when space returns', async () => {
    let free = 900 * MB;
    let now = Date.UTC(2026, 11, 6, 8, 0, 0);
    hub = await startTestHub({
      clock: { now: () => now },
      modules: [
        ...HUB_MODULES.filter((m) => m.name !== 'storage'),
        storageModule({ probe: () => free, lowBytes: 500 * MB, checkIntervalMs: 3_600_000 }),
      ],
    });
    const manager = `Bearer ${await login(hub.url, 'manager', '246810')}`;
    const diskAlerts = async () =>
      ((await api(hub!.url, 'POST', '/manager/alerts', manager, {})).body as unknown as Alert[]).filter(
        (a) => a.kind === 'disk_low',
      );
    const monitor = hubStorage(hub.services);
    expect(monitor.check()).toMatchObject({ low: false, freeBytes: 900 * MB, writable: true });
    expect(await diskAlerts()).toEqual([]);

    free = 120 * MB;
    now += 60_000;
    expect(monitor.check()).toMatchObject({ low: true, freeBytes: 120 * MB });
    const raised = await diskAlerts();
    expect(raised).toHaveLength(1);
    expect(raised[0]).toMatchObject({
      subject: 'data-folder',
      raisedAt: now,
      clearedAt: null,
      detail: { freeBytes: 120 * MB, thresholdBytes: 500 * MB },
    });
    // Still low a minute later: the same alert, not a second one.
    now += 60_000;
    monitor.check();
    expect(await diskAlerts()).toHaveLength(1);
    const metrics = await (await fetch(`${hub.url}/metrics`)).text();
    expect(metrics).toMatch(new RegExp(`^dawr_disk_free_bytes ${120 * MB}$`, 'm'));
    expect(metrics).toMatch(/^dawr_wal_bytes \d+$/m);
    // Low is a warning, not a failure: the hub still writes, so /healthz stays 200.
    const health = await fetch(`${hub.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ ok: true, storage: { low: true, freeBytes: 120 * MB } });

    free = 2000 * MB;
    now += 60_000;
    monitor.check();
    expect(await diskAlerts()).toMatchObject([{ id: raised[0]!.id, clearedAt: now }]);
  });

  it('/healthz shows the storage figures only to callers who may read /metrics', () => {
    const from = (remoteAddress: string, authorization?: string) =>
      ({ socket: { remoteAddress }, headers: authorization ? { authorization } : {} }) as FastifyRequest;
    const token = 'metrics-token-0123456789';
    expect(mayReadMetrics(from('127.0.0.1'), undefined)).toBe(true);
    expect(mayReadMetrics(from('192.168.1.20'), undefined)).toBe(false);
    expect(mayReadMetrics(from('192.168.1.20', `Bearer ${token}`), token)).toBe(true);
    expect(mayReadMetrics(from('192.168.1.20', 'Bearer wrong-token-0123456789'), token)).toBe(false);
  });

  it('takes its threshold from the environment, validated', () => {
    expect(storageConfigFromEnv({})).toEqual({ lowBytes: 512 * MB, checkIntervalMs: 10_000 });
    expect(
      storageConfigFromEnv({ DAWR_DISK_LOW_BYTES: '1073741824', DAWR_DISK_CHECK_SECONDS: '30' }),
    ).toEqual({
      lowBytes: 1024 * MB,
      checkIntervalMs: 30_000,
    });
    expect(() => storageConfigFromEnv({ DAWR_DISK_LOW_BYTES: 'lots' })).toThrow(ConfigError);
    expect(() => storageConfigFromEnv({ DAWR_DISK_LOW_BYTES: 'lots' })).toThrow(/DAWR_DISK_LOW_BYTES/);
    expect(() => storageConfigFromEnv({ DAWR_DISK_CHECK_SECONDS: '0' })).toThrow(/DAWR_DISK_CHECK_SECONDS/);
  });
});
