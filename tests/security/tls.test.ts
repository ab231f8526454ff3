/**
 * TLS on the centre network: a hub configured for TLS serves HTTPS (and socket.io over it) with
 * its centre CA, which a pinning client trusts and a client with another CA refuses; plain HTTP
 * is refused on a non-loopback configuration; HSTS on TLS responses only; the CA survives
 * restarts (the server certificate is reissued when due); a deployment's own certificate works;
 * pairing hands the device the CA and the device's calls are pinned to it.
 * The hubs listen on 127.0.0.1 with TLS forced by option (tests listen on loopback only).
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { request as httpsRequest } from 'node:https';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { io, type Socket } from 'socket.io-client';
import { afterEach, describe, expect, it } from 'vitest';
import { startHub, type StartedHub, type StartHubOptions } from '../../main/hub/start.js';
import { seedIfEmpty } from '../../main/hub/core/seed.js';
import { hubConfigFromEnv } from '../../main/hub/core/config.js';
import { DEMO_CATALOGUE, DEMO_STAFF } from '../../main/demo/catalogue.js';
import {
  createCentreCa,
  certificateFingerprint,
  issueServerCertificate,
} from '../../main/hub/core/tls/certificates.js';
import { loadOrCreateCentreTls } from '../../main/hub/core/tls/centre-tls-store.js';
import { HSTS_HEADER } from '../../main/hub/core/tls/hsts.js';
import { claimPairing } from '../../main/app/pairing-client.js';
import { createHubFetch, firstContactFetch } from '../../main/app/hub-fetch.js';
import { createHubApi } from '../../main/app/hub-api.js';
import { hubPinOf } from '../../main/app/config.js';
import { KIOSK_KEY, TEST_DEVICES } from '../support/hub.js';

const DAY = 24 * 60 * 60 * 1000;
const dirs: string[] = [];
const hubs: StartedHub[] = [];
const sockets: Socket[] = [];

afterEach(async () => {
  for (const s of sockets.splice(0)) s.close();
  for (const h of hubs.splice(0)) await h.stop();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'dawr-tls-'));
  dirs.push(d);
  return d;
};

async function startTlsHub(dataDir: string, opts: Partial<StartHubOptions> = {}): Promise<StartedHub> {
  const hub = await startHub({
    dataDir,
    host: '127.0.0.1',
    identityKey: 'test-identity-key-0123456789-abcdef',
    tls: { mode: 'centre-ca' },
    prepare: (db) =>
      seedIfEmpty(db, { catalogue: DEMO_CATALOGUE, staff: DEMO_STAFF, devices: TEST_DEVICES }, Date.now()),
    ...opts,
  });
  hubs.push(hub);
  return hub;
}

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** One HTTPS request trusting only `ca` (as a pinning client does); rejects when TLS fails. */
function httpsGet(url: string, ca: string | undefined, path = '/healthz'): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpsRequest(new URL(path, url), { ca: ca ? [ca] : undefined, agent: false }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Plain HTTP to the same port; resolves with the status, or with the error when the server will not talk. */
function plainGet(port: number): Promise<{ status?: number; error?: string; body?: string }> {
  return new Promise((resolve) => {
    const req = httpRequest({ host: '127.0.0.1', port, path: '/healthz', agent: false }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode, body }));
    });
    req.on('error', (e) => resolve({ error: e.message }));
    req.end();
  });
}

function connectKiosk(url: string, ca: string): Promise<Socket> {
  const socket = io(`${url}/kiosk`, {
    auth: { deviceKey: KIOSK_KEY },
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    ca: [ca],
  });
  sockets.push(socket);
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (e) => reject(e));
  });
}

const caOf = (hub: StartedHub) => hub.tls!.centreCa!.certificate;

describe('the hub on a TLS configuration', () => {
  it('serves HTTPS with HSTS (HTTP on loopback without) to a client pinning the CA, socket.io included', async () => {
    const hub = await startTlsHub(tempDir());
    expect(hub.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);

    const health = await httpsGet(hub.url, caOf(hub));
    expect(health.status).toBe(200);
    expect(JSON.parse(health.body)).toMatchObject({ ok: true, storage: { writable: true } });
    expect(health.headers['strict-transport-security']).toBe(HSTS_HEADER);
    const missing = await httpsGet(hub.url, caOf(hub), '/no/such/page');
    expect(missing.status).toBe(404);
    expect(missing.headers['strict-transport-security']).toBe(HSTS_HEADER);

    const socket = await connectKiosk(hub.url, caOf(hub));
    expect(socket.connected).toBe(true);
    const ack = (await socket.timeout(10_000).emitWithAck('snapshot')) as { ok: boolean };
    expect(ack.ok).toBe(true);

    // Loopback keeps plain HTTP, and HSTS is never sent over it.
    const local = await startTlsHub(tempDir(), { tls: undefined });
    expect(local.url).toMatch(/^http:\/\//);
    expect(local.tls).toBeUndefined();
    const res = await fetch(`${local.url}/healthz`);
    expect(res.status).toBe(200);
    expect(res.headers.get('strict-transport-security')).toBeNull();
  });

  it('is refused by a client that trusts another CA, over HTTP and socket.io', async () => {
    const hub = await startTlsHub(tempDir());
    const otherCa = await createCentreCa({ centreName: 'elsewhere', now: Date.now() });

    await expect(httpsGet(hub.url, otherCa.certPem)).rejects.toThrow(/certificate/i);
    // The OS trust store does not know a centre CA either.
    await expect(httpsGet(hub.url, undefined)).rejects.toThrow(/certificate/i);
    await expect(connectKiosk(hub.url, otherCa.certPem)).rejects.toThrow();
  });

  it('does not answer plain HTTP on its port', async () => {
    const hub = await startTlsHub(tempDir());
    const plain = await plainGet(hub.port);
    expect(plain.body ?? '').not.toContain('"ok":true');
    expect(plain.status === undefined || plain.status >= 400).toBe(true);
  });
});

describe('TLS configuration', () => {
  it('uses TLS by default on a non-loopback host and refuses plain HTTP there with a clear message', async () => {
    expect(hubConfigFromEnv({ DAWR_HOST: '0.0.0.0' }).tls).toEqual({ mode: 'centre-ca', extraNames: [] });
    expect(hubConfigFromEnv({ DAWR_HOST: '192.168.1.10' }).tls.mode).toBe('centre-ca');
    expect(hubConfigFromEnv({ DAWR_HOST: '127.0.0.1' }).tls).toEqual({ mode: 'off' });
    expect(() => hubConfigFromEnv({ DAWR_HOST: '0.0.0.0', DAWR_TLS: 'off' })).toThrow(
      /plain HTTP is only for loopback/,
    );
    expect(() => hubConfigFromEnv({ DAWR_HOST: '0.0.0.0', DAWR_TLS_CERT: '/etc/dawr/hub.crt' })).toThrow(
      /DAWR_TLS_CERT and DAWR_TLS_KEY go together/,
    );
    expect(() => hubConfigFromEnv({ DAWR_HOST: '0.0.0.0', DAWR_TLS_NAMES: 'hub.local bad_name' })).toThrow(
      /"bad_name" is neither a host name nor an IP address/,
    );
    expect(
      hubConfigFromEnv({
        DAWR_HOST: '0.0.0.0',
        DAWR_TLS_CERT: '/c.pem',
        DAWR_TLS_KEY: '/k.pem',
        DAWR_TLS_CA: '/ca.pem',
      }).tls,
    ).toEqual({ mode: 'deployment', certFile: '/c.pem', keyFile: '/k.pem', caFile: '/ca.pem' });

    // startHub itself refuses, before it opens anything or listens.
    const dir = tempDir();
    await expect(
      startHub({ dataDir: dir, host: '0.0.0.0', port: 0, tls: { mode: 'off' }, identityKey: 'x'.repeat(40) }),
    ).rejects.toThrow(/plain HTTP is only for loopback/);
    expect(() => statSync(join(dir, 'hub.sqlite'))).toThrow();
  });
});

describe('the centre CA in the data folder', () => {
  it('is created once with private keys readable only by the hub, and reused across restarts', async () => {
    const dir = tempDir();
    const first = await startTlsHub(dir);
    const ca = readFileSync(join(dir, 'tls', 'ca.crt'), 'utf8');
    const server = readFileSync(join(dir, 'tls', 'server.crt'), 'utf8');
    expect(first.tls!.centreCa!.fingerprint).toBe(certificateFingerprint(ca));
    for (const key of ['ca.key', 'server.key'])
      expect(statSync(join(dir, 'tls', key)).mode & 0o777).toBe(0o600);
    await first.stop();

    const again = await startTlsHub(dir);
    expect(again.tls!.centreCa!.fingerprint).toBe(first.tls!.centreCa!.fingerprint);
    expect(readFileSync(join(dir, 'tls', 'server.crt'), 'utf8')).toBe(server);
    // A client that pinned the CA before the restart still connects.
    expect((await httpsGet(again.url, ca)).status).toBe(200);
  });

  it('reissues the server certificate near its expiry or for new names, under the same CA', async () => {
    const dir = tempDir();
    const now = Date.now();
    const first = await startTlsHub(dir, { clock: { now: () => now } });
    const ca = caOf(first);
    const server = readFileSync(join(dir, 'tls', 'server.crt'), 'utf8');
    await first.stop();

    const later = now + 380 * DAY; // 17 days before the 397-day certificate expires
    const renewed = await loadOrCreateCentreTls({
      dir: join(dir, 'tls'),
      names: { dns: ['localhost'], ips: ['127.0.0.1'] },
      now: later,
      centreName: 'test',
    });
    expect(renewed.created).toEqual({ ca: false, server: true });
    expect(renewed.centreCa.certificate).toBe(ca);
    expect(readFileSync(join(dir, 'tls', 'server.crt'), 'utf8')).not.toBe(server);

    const named = await loadOrCreateCentreTls({
      dir: join(dir, 'tls'),
      names: { dns: ['localhost', 'hub.centre.example'], ips: ['127.0.0.1', '10.20.30.40'] },
      now: later,
      centreName: 'test',
    });
    expect(named.created).toEqual({ ca: false, server: true });
    const { X509Certificate } = await import('node:crypto');
    const leaf = new X509Certificate(named.cert);
    expect(leaf.checkHost('hub.centre.example')).toBe('hub.centre.example');
    expect(leaf.checkIP('10.20.30.40')).toBe('10.20.30.40');

    const unchanged = await loadOrCreateCentreTls({
      dir: join(dir, 'tls'),
      names: { dns: ['localhost'], ips: ['127.0.0.1'] },
      now: later,
      centreName: 'test',
    });
    expect(unchanged.created).toEqual({ ca: false, server: false });
  });

  it('refuses to start when the CA key is lost, rather than replacing the CA devices pinned', async () => {
    const dir = tempDir();
    await (await startTlsHub(dir)).stop();
    hubs.splice(0);
    writeFileSync(
      join(dir, 'tls', 'ca.key'),
      (await createCentreCa({ centreName: 'x', now: Date.now() })).keyPem,
    );
    await expect(startTlsHub(dir)).rejects.toThrow(/restore both from the backup/);
  });
});

describe("a deployment's own certificate", () => {
  async function deploymentFiles(dir: string) {
    const now = Date.now();
    const ca = await createCentreCa({ centreName: 'Ministry private CA', now });
    const server = await issueServerCertificate({
      ca,
      names: { dns: ['localhost', 'hub.centre.example'], ips: ['127.0.0.1'] },
      now,
    });
    const files = {
      certFile: join(dir, 'hub.crt'),
      keyFile: join(dir, 'hub.key'),
      caFile: join(dir, 'ca.crt'),
    };
    writeFileSync(files.certFile, server.certPem);
    writeFileSync(files.keyFile, server.keyPem, { mode: 0o600 });
    writeFileSync(files.caFile, ca.certPem);
    return { ca, server, files };
  }

  it('is served from DAWR_TLS_CERT / DAWR_TLS_KEY, and its CA is the one devices pin', async () => {
    const dir = tempDir();
    const { ca, files } = await deploymentFiles(dir);
    const hub = await startTlsHub(join(dir, 'data'), { tls: { mode: 'deployment', ...files } });
    expect(hub.url).toMatch(/^https:/);
    expect(hub.tls!.centreCa!.fingerprint).toBe(certificateFingerprint(ca.certPem));
    const res = await httpsGet(hub.url, ca.certPem);
    expect(res.status).toBe(200);
    expect(res.headers['strict-transport-security']).toBe(HSTS_HEADER);
    // No centre CA is created beside a deployment certificate.
    expect(() => statSync(join(dir, 'data', 'tls', 'ca.key'))).toThrow();
  });

  it('stops start-up with a clear message when the key is not the certificate’s', async () => {
    const dir = tempDir();
    const { files } = await deploymentFiles(dir);
    const other = await createCentreCa({ centreName: 'x', now: Date.now() });
    writeFileSync(files.keyFile, other.keyPem);
    await expect(startTlsHub(join(dir, 'data'), { tls: { mode: 'deployment', ...files } })).rejects.toThrow(
      /is not the private key of the certificate/,
    );
  });
});

describe('pairing over TLS', () => {
  it('gives the device the CA fingerprint, and the device pins it for its own calls', async () => {
    const dir = tempDir();
    const hub = await startTlsHub(dir);
    const pinned = createHubFetch({ fingerprint: hub.tls!.centreCa!.fingerprint, certificate: caOf(hub) });
    const login = await pinned(`${hub.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'manager', pin: '246810' }),
    });
    const { token } = (await login.json()) as { token: string };
    const created = await pinned(`${hub.url}/api/v1/pairing/codes`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ role: 'kiosk', name: 'Kiosk by the door' }),
    });
    const { code } = (await created.json()) as { code: string };

    const paired = await claimPairing({ hubUrl: hub.url, code }, firstContactFetch);
    expect(paired.ok).toBe(true);
    if (!paired.ok) return;
    expect(paired.data.hubCaFingerprint).toBe(hub.tls!.centreCa!.fingerprint);
    expect(paired.data.hubCaFingerprint).toBe(
      certificateFingerprint(readFileSync(join(dir, 'tls', 'ca.crt'), 'utf8')),
    );

    const deviceFetch = createHubFetch(hubPinOf(paired.data));
    expect((await deviceFetch(`${hub.url}/healthz`)).status).toBe(200);
    const api = createHubApi({ hubOrigin: hub.url, deviceKey: paired.data.deviceKey!, fetch: deviceFetch });
    await expect(
      api.reportDeviceStatus({
        deviceId: 'printer',
        kind: 'printer',
        level: 'ok',
        detail: 'ready',
        at: Date.now(),
      }),
    ).resolves.toBeUndefined();
  });

  it('never sends the device key to a hub whose certificate is not from the pinned CA', async () => {
    const home = await startTlsHub(tempDir());
    let requestsSeen = 0;
    const impostor = await startTlsHub(tempDir(), {
      extend: (app) => {
        app.addHook('onRequest', async () => {
          requestsSeen++;
        });
      },
    });
    const deviceFetch = createHubFetch({
      fingerprint: home.tls!.centreCa!.fingerprint,
      certificate: caOf(home),
    });
    await expect(
      deviceFetch(`${impostor.url}/api/v1/devices/status`, {
        method: 'POST',
        headers: { authorization: `Device ${KIOSK_KEY}` },
        body: '{}',
      }),
    ).rejects.toThrow();
    expect(requestsSeen).toBe(0);
  });
});
