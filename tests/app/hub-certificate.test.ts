/**
 * The device's pinning of its hub's CA, without Electron: the decision on a presented chain
 * (hub-certificate.ts), the verdict handed to Electron's setCertificateVerifyProc, the pairing
 * client's trust-on-first-use check of the CA the hub names, and the pinned CA in the config.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  certificateVerdict,
  decideHubCertificate,
  presentedChain,
  VERIFY_ACCEPT,
  VERIFY_CHROMIUM,
  VERIFY_REJECT,
  type HubPin,
} from '../../main/app/hub-certificate.js';
import { claimPairing } from '../../main/app/pairing-client.js';
import type { PairingFetch, PeerTls } from '../../main/app/hub-fetch.js';
import { parseConfigText } from '../../main/app/config.js';
import {
  certificateFingerprint,
  createCentreCa,
  issueServerCertificate,
  type KeyAndCertificate,
} from '../../main/hub/core/tls/certificates.js';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2030, 0, 15);
const NAMES = { dns: ['localhost', 'hub.centre.example'], ips: ['127.0.0.1', '192.168.1.10'] };

let centreCa: KeyAndCertificate;
let server: KeyAndCertificate;
let otherCa: KeyAndCertificate;
let impostor: KeyAndCertificate;
let pin: HubPin;

beforeAll(async () => {
  centreCa = await createCentreCa({ centreName: 'centre', now: NOW });
  server = await issueServerCertificate({ ca: centreCa, names: NAMES, now: NOW });
  otherCa = await createCentreCa({ centreName: 'attacker', now: NOW });
  impostor = await issueServerCertificate({ ca: otherCa, names: NAMES, now: NOW });
  pin = { fingerprint: certificateFingerprint(centreCa.certPem), certificate: centreCa.certPem };
});

const decide = (chain: string[], hostname = '192.168.1.10', now = NOW, p = pin) =>
  decideHubCertificate({ hostname, chain, pin: p, now });

describe('decideHubCertificate', () => {
  it('trusts the hub certificate issued by the pinned CA, with or without the CA in the chain', () => {
    expect(decide([server.certPem, centreCa.certPem])).toEqual({ trust: true });
    expect(decide([server.certPem])).toEqual({ trust: true });
    expect(decide([server.certPem], 'hub.centre.example')).toEqual({ trust: true });
  });

  it('refuses a certificate from another CA, even when the pinned CA is sent alongside it', () => {
    expect(decide([impostor.certPem, otherCa.certPem])).toMatchObject({
      trust: false,
      reason: expect.stringContaining('not issued by the CA this device was paired with'),
    });
    expect(decide([impostor.certPem, centreCa.certPem]).trust).toBe(false);
    expect(decide([impostor.certPem, otherCa.certPem, centreCa.certPem]).trust).toBe(false);
  });

  it('refuses the CA certificate itself, a wrong host, or a certificate out of date', () => {
    expect(decide([centreCa.certPem]).trust).toBe(false);
    expect(decide([server.certPem], '10.0.0.99')).toMatchObject({
      trust: false,
      reason: expect.stringContaining('not valid for 10.0.0.99'),
    });
    expect(decide([server.certPem], 'evil.example')).toMatchObject({ trust: false });
    expect(decide([server.certPem], '192.168.1.10', NOW + 400 * DAY)).toMatchObject({
      trust: false,
      reason: expect.stringContaining('expired'),
    });
    expect(decide([server.certPem], '192.168.1.10', NOW - 5 * DAY).trust).toBe(false);
  });

  it('refuses a pin whose certificate is not the one its fingerprint names, and unreadable chains', () => {
    const swapped = { fingerprint: pin.fingerprint, certificate: otherCa.certPem };
    expect(decide([impostor.certPem], '192.168.1.10', NOW, swapped)).toMatchObject({
      trust: false,
      reason: expect.stringContaining('does not match its fingerprint'),
    });
    expect(decide([]).trust).toBe(false);
    expect(decide(['-----BEGIN CERTIFICATE-----\nnot base64\n-----END CERTIFICATE-----\n']).trust).toBe(
      false,
    );
  });
});

describe('certificateVerdict (Electron setCertificateVerifyProc)', () => {
  const presented = (leaf: string, issuer?: string) => ({
    data: leaf,
    issuerCert: issuer ? { data: issuer, issuerCert: null } : undefined,
  });
  const hub = () => ({ origin: 'https://192.168.1.10:8443', pin });

  it('accepts the pinned chain for the hub and rejects any other chain for it', () => {
    expect(
      certificateVerdict(
        { hostname: '192.168.1.10', certificate: presented(server.certPem, centreCa.certPem) },
        hub(),
        NOW,
      ),
    ).toBe(VERIFY_ACCEPT);
    expect(
      certificateVerdict(
        { hostname: '192.168.1.10', certificate: presented(impostor.certPem, otherCa.certPem) },
        hub(),
        NOW,
      ),
    ).toBe(VERIFY_REJECT);
  });

  it('leaves other hosts, and a hub without a pin, to Chromium', () => {
    const request = { hostname: 'fonts.example', certificate: presented(impostor.certPem) };
    expect(certificateVerdict(request, hub(), NOW)).toBe(VERIFY_CHROMIUM);
    expect(
      certificateVerdict(
        { hostname: '192.168.1.10', certificate: presented(impostor.certPem) },
        { origin: 'https://192.168.1.10:8443', pin: undefined },
        NOW,
      ),
    ).toBe(VERIFY_CHROMIUM);
  });

  it('reads the presented chain up to a root that names itself as its issuer', () => {
    const root: { data: string; issuerCert?: unknown } = { data: centreCa.certPem };
    root.issuerCert = root;
    expect(presentedChain({ data: server.certPem, issuerCert: root as never })).toEqual([
      server.certPem,
      centreCa.certPem,
    ]);
  });
});

describe('claimPairing over TLS (trust on first use)', () => {
  const claimReply =
    (extra: Record<string, unknown>, peer: PeerTls | undefined): PairingFetch =>
    async () => ({
      ok: true,
      status: 200,
      json: async () => ({
        deviceId: 'device-1',
        deviceKey: 'k'.repeat(43),
        role: 'kiosk',
        name: 'Kiosk by the door',
        ...extra,
      }),
      ...(peer ? { peer } : {}),
    });
  const named = () => ({ caFingerprint: pin.fingerprint, caCertificate: centreCa.certPem });
  const pair = (fetchFn: PairingFetch, hubUrl = 'https://192.168.1.10:8443') =>
    claimPairing({ hubUrl, code: 'ABCD-EFGH' }, fetchFn, 5000, () => NOW);

  it('pins the CA the hub names when the connection presented a chain to it', async () => {
    const r = await pair(
      claimReply(named(), { chain: [server.certPem, centreCa.certPem], authorized: false }),
    );
    expect(r).toMatchObject({
      ok: true,
      data: {
        hubUrl: 'https://192.168.1.10:8443',
        hubCaFingerprint: pin.fingerprint,
        hubCaCertificate: centreCa.certPem,
      },
    });
  });

  it('refuses when the connection presented a chain from another CA than the one named (interception)', async () => {
    const r = await pair(
      claimReply(named(), { chain: [impostor.certPem, otherCa.certPem], authorized: false }),
    );
    expect(r).toMatchObject({ ok: false, error: { code: 'untrusted_certificate' } });
  });

  it('refuses a named CA whose certificate does not match its fingerprint', async () => {
    const r = await pair(
      claimReply(
        { caFingerprint: pin.fingerprint, caCertificate: otherCa.certPem },
        { chain: [impostor.certPem, otherCa.certPem], authorized: false },
      ),
    );
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'untrusted_certificate', message: expect.stringContaining('fingerprint') },
    });
  });

  it('without a named CA, requires a certificate the OS trusts', async () => {
    const untrusted = await pair(claimReply({}, { chain: [impostor.certPem], authorized: false }));
    expect(untrusted).toMatchObject({ ok: false, error: { code: 'untrusted_certificate' } });
    const publicCert = await pair(claimReply({}, { chain: [impostor.certPem], authorized: true }));
    expect(publicCert).toMatchObject({ ok: true });
    if (publicCert.ok) expect(publicCert.data.hubCaFingerprint).toBeUndefined();
  });

  it('refuses plain http to a hub on the network, and reads a bare address as https', async () => {
    const fetched: string[] = [];
    const record: PairingFetch = async (url, init) => {
      fetched.push(url);
      return claimReply(named(), { chain: [server.certPem], authorized: false })(url, init);
    };
    expect(await pair(record, 'http://192.168.1.10:8080')).toMatchObject({
      ok: false,
      error: { code: 'insecure_hub' },
    });
    expect(await pair(record, '192.168.1.10:8443')).toMatchObject({ ok: true });
    expect(fetched.at(-1)).toBe('https://192.168.1.10:8443/api/v1/pairing/claim');
  });
});

describe('the pinned CA in the config file', () => {
  const config = (extra: Record<string, unknown>) =>
    parseConfigText(
      JSON.stringify({
        role: 'kiosk',
        hubUrl: 'https://192.168.1.10:8443',
        deviceKey: 'k'.repeat(43),
        ...extra,
      }),
    );

  it('keeps a pin whose certificate matches its fingerprint', () => {
    expect(config({ hubCaFingerprint: pin.fingerprint, hubCaCertificate: centreCa.certPem }).ok).toBe(true);
  });

  it('refuses a pin with the wrong certificate, half a pin, or a pin on plain http', () => {
    expect(config({ hubCaFingerprint: pin.fingerprint, hubCaCertificate: otherCa.certPem })).toMatchObject({
      ok: false,
      problem: { message: expect.stringContaining('does not match its fingerprint') },
    });
    expect(config({ hubCaFingerprint: pin.fingerprint })).toMatchObject({ ok: false });
    expect(
      config({
        hubUrl: 'http://192.168.1.10:8080',
        hubCaFingerprint: pin.fingerprint,
        hubCaCertificate: centreCa.certPem,
      }),
    ).toMatchObject({ ok: false, problem: { message: expect.stringContaining('https://') } });
  });
});
