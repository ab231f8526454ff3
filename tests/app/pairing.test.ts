/** Pairing end to end: a manager creates a code on a real hub, the shell claims it, the key works. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, connect, login, startTestHub, type TestHub } from '../support/hub.js';
import { FailureLimiter } from '../../main/hub/features/pairing/failure-limiter.js';
import { generatePairingCode, PairingService } from '../../main/hub/features/pairing/pairing-service.js';
import { migrate } from '../../main/hub/core/store/migrate.js';
import { Shell } from '../../main/app/shell.js';
import { loadConfigFile, saveConfigFile } from '../../main/app/config-file.js';
import { PAIRING_ALPHABET, PAIRING_CODE_TTL_MS } from '../../shared/contract/pairing.js';
import { HUB_MIGRATIONS } from '../../main/hub/modules.js';

let hub: TestHub;
let manager = '';
beforeAll(async () => {
  hub = await startTestHub();
  manager = `Bearer ${await login(hub.url, 'manager', '246810')}`;
});
afterAll(async () => hub?.cleanup());

const createCode = (body: unknown, auth = manager) => api(hub.url, 'POST', '/pairing/codes', auth, body);
const claim = (code: unknown) => api(hub.url, 'POST', '/pairing/claim', undefined, { code });
const deviceCount = () => (hub.hub.db.prepare('SELECT count(*) AS n FROM devices').get() as { n: number }).n;

describe('pairing routes', () => {
  it('creates a code that a device exchanges once for a working device key', async () => {
    const created = await createCode({ role: 'kiosk', name: 'Kiosk by the door' });
    expect(created.status).toBe(201);
    expect(created.body.code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect(created.body.expiresAt).toBeGreaterThan(Date.now() + PAIRING_CODE_TTL_MS - 60_000);

    const typed = String(created.body.code).toLowerCase().replace('-', ' ');
    const first = await claim(typed);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      role: 'kiosk',
      name: 'Kiosk by the door',
      deviceId: expect.stringMatching(/^device-/),
    });
    const key = String(first.body.deviceKey);

    const socket = await connect(hub.url, '/kiosk', { deviceKey: key });
    expect(socket.connected).toBe(true);
    socket.close();
    const stored = hub.hub.db
      .prepare('SELECT key_hash FROM devices WHERE id = ?')
      .get(first.body.deviceId) as { key_hash: string };
    expect(stored.key_hash).not.toContain(key);

    const again = await claim(created.body.code);
    expect(again).toMatchObject({ status: 404, body: { code: 'not_found' } });
  });

  it('refuses a wrong code and changes nothing', async () => {
    const before = deviceCount();
    const r = await claim('ABCD-EFGH');
    expect(r).toMatchObject({
      status: 404,
      body: { code: 'not_found', message: expect.stringContaining('ask the manager') },
    });
    expect(deviceCount()).toBe(before);
  });

  it('refuses malformed codes with a validation error', async () => {
    for (const code of ['ABC', 'ABCD-EFG0', 42]) {
      const r = await claim(code);
      expect(r.status).toBe(400);
      expect(r.body.code).toBe('validation');
    }
  });

  it('lets only a manager or admin create codes, for kiosk or display only', async () => {
    expect((await createCode({ role: 'kiosk', name: 'x' }, '')).status).toBe(401);
    const agent = `Bearer ${await login(hub.url, 'agent1', '111111')}`;
    expect((await createCode({ role: 'kiosk', name: 'x' }, agent)).status).toBe(403);
    expect((await createCode({ role: 'kiosk', name: 'x' }, 'Device test-kiosk-key-0123456789')).status).toBe(
      403,
    );
    expect((await createCode({ role: 'counter', name: 'x' })).body.code).toBe('validation');
    expect((await createCode({ role: 'display', name: '' })).body.code).toBe('validation');
  });
});

describe('PairingService', () => {
  let dir = '';
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const open = () => {
    dir = mkdtempSync(join(tmpdir(), 'dawr-pairing-'));
    const db = new Database(join(dir, 'hub.sqlite'));
    migrate(db, HUB_MIGRATIONS);
    return db;
  };

  it('refuses an expired code and a code from before a failed claim stays claimable', () => {
    const db = open();
    let now = 1_000_000;
    const svc = new PairingService({ db, now: () => now });
    const a = svc.create({ role: 'display', name: 'Hall screen' }, 's-manager');
    if (!a.ok) throw new Error('create failed');
    now += PAIRING_CODE_TTL_MS;
    expect(svc.claim({ code: a.data.code }, 'ip1')).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(db.prepare('SELECT count(*) AS n FROM devices').get()).toEqual({ n: 0 });

    const b = svc.create({ role: 'display', name: 'Hall screen' }, 's-manager');
    if (!b.ok) throw new Error('create failed');
    expect(svc.claim({ code: 'ZZZZZZZZ' }, 'ip1').ok).toBe(false);
    expect(svc.claim({ code: b.data.code }, 'ip1')).toMatchObject({ ok: true, data: { role: 'display' } });
    // the expired, unclaimed code was cleaned up by the second create
    expect(db.prepare('SELECT count(*) AS n FROM pairing_codes').get()).toEqual({ n: 1 });
    db.close();
  });

  it('rate-limits an address after 5 failures, even for the right code, for a minute', () => {
    const db = open();
    let now = 0;
    const svc = new PairingService({ db, now: () => now, limiter: new FailureLimiter(() => now) });
    const c = svc.create({ role: 'kiosk', name: 'k' }, 's');
    if (!c.ok) throw new Error('create failed');
    for (let i = 0; i < 5; i++) expect(svc.claim({ code: 'ZZZZZZZZ' }, 'ip1').ok).toBe(false);
    expect(svc.claim({ code: c.data.code }, 'ip1')).toMatchObject({
      ok: false,
      error: { code: 'rate_limited' },
    });
    expect(svc.claim({ code: c.data.code }, 'ip2').ok).toBe(true);
    now += 60_000;
    expect(svc.claim({ code: 'ZZZZZZZZ' }, 'ip1')).toMatchObject({ ok: false, error: { code: 'not_found' } });
    db.close();
  });

  it('caps failures across all addresses', () => {
    const limiter = new FailureLimiter(() => 0, 5, 30);
    for (let i = 0; i < 30; i++) limiter.fail(`ip${i}`);
    expect(limiter.blocked('fresh-ip')).toBe(true);
  });

  it('draws codes from the alphabet without bias from high bytes', () => {
    // 255 and 248 are above the largest multiple of 31 and must be redrawn, not wrapped.
    const bytes = [255, 248, 0, 1, 2, 3, 4, 5, 6, 30, 31];
    const code = generatePairingCode((n) =>
      Buffer.from(Array.from({ length: n }, (_, i) => bytes[i % bytes.length]!)),
    );
    expect(code).toBe('ABCDEFGZ'.replace('Z', PAIRING_ALPHABET[30]!));
    expect(code).toHaveLength(8);
  });
});

describe('Shell pairing against the hub', () => {
  // A hub of its own: the routes' tests above used up 127.0.0.1's allowance of wrong codes.
  let fresh: TestHub;
  beforeAll(async () => {
    fresh = await startTestHub();
  });
  afterAll(async () => fresh?.cleanup());

  it('pairs from the local page, saves the config, then loads the kiosk app with its key', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dawr-shell-'));
    const path = join(dir, 'dawr-app.json');
    const loaded: string[] = [];
    let appLoaded: () => void = () => undefined;
    const kioskShown = new Promise<void>((resolve) => (appLoaded = resolve));
    const shell = new Shell({
      screen: {
        load: async (url) => {
          loaded.push(url);
          if (url.includes('/kiosk/')) appLoaded();
        },
      },
      fetch: (url, init) => fetch(url, init),
      timers: {
        setTimeout: (fn, ms) => setTimeout(fn, ms),
        clearTimeout: (h) => clearTimeout(h as NodeJS.Timeout),
      },
      pages: { waiting: 'file:///app/pages/waiting.html', pairing: 'file:///app/pages/pairing.html' },
      loadConfig: () => loadConfigFile(path),
      saveConfig: (input) => saveConfigFile(path, input),
    });
    await shell.start();
    expect(loaded).toEqual(['file:///app/pages/pairing.html']);
    expect(shell.shellText().problem).toContain('not been set up');
    expect(await shell.pair({ hubUrl: fresh.url, code: 'ABCD-EFGH' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(loadConfigFile(path).ok).toBe(false);
    const mgr = `Bearer ${await login(fresh.url, 'manager', '246810')}`;
    const created = await api(fresh.url, 'POST', '/pairing/codes', mgr, {
      role: 'kiosk',
      name: 'Shell kiosk',
    });
    expect(await shell.pair({ hubUrl: fresh.url, code: String(created.body.code) })).toEqual({
      ok: true,
      role: 'kiosk',
    });
    await kioskShown;
    const config = loadConfigFile(path);
    expect(config.ok && config.config.role).toBe('kiosk');
    expect(loaded.at(-1)!.startsWith(`${fresh.url}/kiosk/#key=`)).toBe(true);
    expect(shell.policy().hubOrigin).toBe(fresh.url);
    shell.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reports an unreachable hub without saving anything', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dawr-shell-'));
    const path = join(dir, 'dawr-app.json');
    const shell = new Shell({
      screen: { load: async () => undefined },
      fetch: (url, init) => fetch(url, init),
      timers: {
        setTimeout: (fn, ms) => setTimeout(fn, ms),
        clearTimeout: (h) => clearTimeout(h as NodeJS.Timeout),
      },
      pages: { waiting: 'file:///w.html', pairing: 'file:///p.html' },
      loadConfig: () => loadConfigFile(path),
      saveConfig: (input) => saveConfigFile(path, input),
    });
    // Port 9 (discard) on loopback: nothing listens there in the test environment.
    expect(await shell.pair({ hubUrl: 'http://127.0.0.1:9', code: 'ABCD-EFGH' })).toMatchObject({
      ok: false,
      error: { code: 'hub_unreachable' },
    });
    expect(loadConfigFile(path)).toMatchObject({ ok: false, problem: { kind: 'missing' } });
    rmSync(dir, { recursive: true, force: true });
  });
});
