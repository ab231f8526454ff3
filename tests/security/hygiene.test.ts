/**
 * Hygiene: invisible characters in names, notes and usernames; printed links that do not follow
 * the Host header; /metrics for this machine or a token; security headers with a CSP that keeps
 * the apps' connections on the hub. Against a real hub on 127.0.0.1.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { api, KIOSK_KEY, login, startTestHub, type TestHub } from '../support/hub.js';
import { startHub } from '../../main/hub/start.js';
import { kioskSettingsFromEnv } from '../../main/hub/features/kiosk/settings.js';
import { HUB_FALLBACK_CSP } from '../../main/app/csp.js';
import { stripInvisible } from '../../shared/contract/text.js';
import type { Catalogue } from '../../shared/contract/catalogue.js';

const KIOSK = `Device ${KIOSK_KEY}`;
const ZWSP = '\u200B';
const RLO = '\u202E';
const RLM = '\u200F';
const ZWNJ = '\u200C';

describe('invisible characters', () => {
  let hub: TestHub;
  let manager: string;
  beforeAll(async () => {
    hub = await startTestHub();
    manager = `Bearer ${await login(hub.url, 'manager', '246810')}`;
  });
  afterAll(async () => hub.cleanup());

  const staffRows = () =>
    (hub.hub.db.prepare('SELECT username FROM staff').all() as { username: string }[]).map((r) => r.username);

  it('refuses a look-alike username instead of creating or merging it', async () => {
    const before = staffRows();
    for (const username of [`adm${ZWSP}in`, `${RLO}nimda`, `agent${ZWNJ}1`, 'admin\u2060', 'ad min']) {
      const r = await api(hub.url, 'POST', '/manager/upsertStaff', manager, {
        id: `s-lookalike-${before.length}`,
        username,
        displayName: 'Look-alike',
        roles: ['agent'],
        pin: '246813',
      });
      expect(r.status, JSON.stringify(username)).toBe(400);
      expect(r.body).toMatchObject({ code: 'validation', message: expect.stringMatching(/username/) });
    }
    expect(staffRows()).toEqual(before);
    // An Arabic username is a username like any other.
    const arabic = await api(hub.url, 'POST', '/manager/upsertStaff', manager, {
      id: 's-arabic',
      username: 'أحمد',
      displayName: `أحمد ${RLM}الهاشمي${ZWSP}`,
      roles: ['agent'],
      pin: '246813',
    });
    expect(arabic.status).toBe(200);
    expect(arabic.body).toMatchObject({ username: 'أحمد', displayName: 'أحمد الهاشمي' });
  });

  it('strips bidi controls and zero-width characters from names, keeping Arabic and Persian spelling', async () => {
    const catalogue = (await api(hub.url, 'GET', '/catalogue')).body as unknown as Catalogue;
    const service = catalogue.services[0]!;
    const persian = `تمدید کارت شناسایی می${ZWNJ}خواهم`;
    const edited: Catalogue = {
      ...catalogue,
      services: [
        {
          ...service,
          name: { ar: `${RLO}تجديد${RLM} الهوية${ZWSP} ١٢٣`, en: `Emirates${ZWSP} ID\u2066 renewal\u2069` },
          requiredDocuments: [{ ar: persian, en: `${ZWNJ}Passport\uFEFF` }],
        },
        ...catalogue.services.slice(1),
      ],
    };
    const r = await api(hub.url, 'POST', '/manager/updateCatalogue', manager, { catalogue: edited });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    const stored = ((await api(hub.url, 'GET', '/catalogue')).body as unknown as Catalogue).services[0]!;
    expect(stored.name).toEqual({ ar: 'تجديد الهوية ١٢٣', en: 'Emirates ID renewal' });
    // The non-joiner inside a Persian word is spelling, and stays; elsewhere it goes.
    expect(stored.requiredDocuments[0]).toEqual({ ar: persian, en: 'Passport' });
    // Every Arabic letter, mark and digit is left as it is.
    const arabicBlock = Array.from({ length: 0x100 }, (_, i) => String.fromCodePoint(0x600 + i))
      .filter((c) => c !== '\u061C') // the Arabic letter mark is a bidi control
      .join('');
    expect(stripInvisible(arabicBlock)).toBe(arabicBlock);
  });

  it('strips them from device names and announcements', async () => {
    const code = await api(hub.url, 'POST', '/pairing/codes', manager, {
      role: 'display',
      name: `Hall${ZWSP} ${RLO}2`,
    });
    expect(code.status).toBe(201);
    expect(code.body.name).toBe('Hall 2');
    const announced = await api(hub.url, 'POST', '/manager/announce', manager, {
      text: { ar: `${RLM}الرجاء الانتظار${ZWSP}`, en: `Please${ZWSP} wait${RLO}` },
    });
    expect(announced.status).toBe(200);
    expect(announced.body.text).toEqual({ ar: 'الرجاء الانتظار', en: 'Please wait' });
    // A name that is only invisible characters is empty: refused, not stored as nothing.
    const empty = await api(hub.url, 'POST', '/pairing/codes', manager, {
      role: 'kiosk',
      name: `${ZWSP}${RLM}`,
    });
    expect(empty).toMatchObject({ status: 400, body: { code: 'validation' } });
  });
});

describe('printed links', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(async () => hub.cleanup());

  it('never follow the Host header: on loopback they point at the address the hub listens on', async () => {
    const issued = await api(hub.url, 'POST', '/visits', KIOSK, {
      serviceId: 'eid-renew',
      idempotencyKey: 'hygiene-host-0001',
    });
    const visitId = String((issued.body as { visit: { id: string } }).visit.id);
    const printData = await hub.server.app.inject({
      method: 'GET',
      url: `/api/v1/kiosk/tickets/${visitId}/print-data`,
      headers: { authorization: KIOSK, host: 'attacker.example', 'x-forwarded-host': 'attacker.example' },
    });
    expect(printData.statusCode).toBe(200);
    const { statusUrl } = printData.json<{ statusUrl: string }>();
    expect(statusUrl.startsWith(`${hub.url}/t/`)).toBe(true);
    expect(statusUrl).not.toContain('attacker');
  });
});

describe('public origin configuration', () => {
  const saved = process.env.DAWR_PUBLIC_ORIGIN;
  afterEach(() => {
    if (saved === undefined) delete process.env.DAWR_PUBLIC_ORIGIN;
    else process.env.DAWR_PUBLIC_ORIGIN = saved;
  });

  it('is required before a hub starts on the centre network', async () => {
    delete process.env.DAWR_PUBLIC_ORIGIN;
    const dir = mkdtempSync(join(tmpdir(), 'dawr-origin-'));
    try {
      // Refused before anything listens: the test never opens a port beyond loopback.
      await expect(startHub({ dataDir: dir, host: '0.0.0.0', port: 0 })).rejects.toThrow(
        /DAWR_PUBLIC_ORIGIN/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('must be an https URL, and is then what printed links use', async () => {
    for (const bad of ['http://dawr.centre.example', 'dawr.centre.example'])
      expect(() => kioskSettingsFromEnv({ DAWR_PUBLIC_ORIGIN: bad }), bad).toThrow(/https/);
    process.env.DAWR_PUBLIC_ORIGIN = 'https://dawr.centre.example/';
    const hub = await startTestHub();
    try {
      const issued = await api(hub.url, 'POST', '/visits', KIOSK, {
        serviceId: 'eid-renew',
        idempotencyKey: 'hygiene-origin-0001',
      });
      const visitId = String((issued.body as { visit: { id: string } }).visit.id);
      const printData = await api(hub.url, 'GET', `/kiosk/tickets/${visitId}/print-data`, KIOSK);
      expect(String(printData.body.statusUrl)).toMatch(/^https:\/\/dawr\.centre\.example\/t\/[\w-]+$/);
    } finally {
      await hub.cleanup();
    }
  });
});

describe('/metrics', () => {
  const saved = process.env.DAWR_METRICS_TOKEN;
  const TOKEN = 'metrics-token-0123456789abcdef';
  let open: TestHub;
  let withToken: TestHub;
  beforeAll(async () => {
    delete process.env.DAWR_METRICS_TOKEN;
    open = await startTestHub();
    process.env.DAWR_METRICS_TOKEN = TOKEN;
    withToken = await startTestHub();
    if (saved === undefined) delete process.env.DAWR_METRICS_TOKEN;
    else process.env.DAWR_METRICS_TOKEN = saved;
  });
  afterAll(async () => {
    await open.cleanup();
    await withToken.cleanup();
  });

  const scrape = (hub: TestHub, remoteAddress: string, authorization?: string) =>
    hub.server.app.inject({
      method: 'GET',
      url: '/metrics',
      remoteAddress,
      headers: authorization ? { authorization } : {},
    });

  it('answers this machine, and refuses the network when no token is configured', async () => {
    const local = await fetch(`${open.url}/metrics`);
    expect(local.status).toBe(200);
    expect(await local.text()).toContain('dawr_requests_total');
    const r = await scrape(open, '192.0.2.10');
    expect(r.statusCode).toBe(403);
    expect(r.json()).toMatchObject({ code: 'forbidden' });
    expect(r.body).not.toContain('dawr_requests_total');
  });

  it('answers the network only with the configured bearer token', async () => {
    expect((await scrape(withToken, '192.0.2.10')).statusCode).toBe(401);
    const wrong = await scrape(withToken, '192.0.2.10', 'Bearer not-the-metrics-token-0000');
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json()).toMatchObject({ code: 'unauthenticated' });
    const right = await scrape(withToken, '192.0.2.10', `Bearer ${TOKEN}`);
    expect(right.statusCode).toBe(200);
    expect(right.body).toContain('dawr_requests_total');
  });
});

describe('security headers', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(async () => hub.cleanup());

  const connectSrc = (csp: string) =>
    csp
      .split(';')
      .map((d) => d.trim())
      .find((d) => d.startsWith('connect-src'));

  it('come with every response, with a CSP that connects only to the hub itself', async () => {
    for (const path of ['/healthz', '/api/v1/catalogue', '/no-such-page']) {
      const r = await fetch(`${hub.url}${path}`);
      const csp = r.headers.get('content-security-policy') ?? '';
      expect(connectSrc(csp), path).toBe("connect-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain('upgrade-insecure-requests');
      expect(r.headers.get('x-content-type-options')).toBe('nosniff');
      expect(r.headers.get('referrer-policy')).toBe('no-referrer');
      expect(r.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(r.headers.get('cross-origin-opener-policy')).toBe('same-origin');
      // HSTS only over TLS, never on the plain-HTTP loopback hub.
      expect(r.headers.get('strict-transport-security')).toBeNull();
    }
  });

  it("has the Electron shell's fallback CSP connect only to the hub itself", () => {
    expect(connectSrc(HUB_FALLBACK_CSP)).toBe("connect-src 'self'");
  });
});
