import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseConfigText, parseHubUrl } from '../../main/app/config.js';
import { configPath, loadConfigFile, saveConfigFile } from '../../main/app/config-file.js';
import { appUrlFor, startupPlan } from '../../main/app/startup.js';

const KEY = 'device-key-0123456789abcdef';
const kiosk = { role: 'kiosk' as const, hubUrl: 'http://192.168.1.10:8080', deviceKey: KEY };

describe('parseHubUrl', () => {
  it.each([
    ['192.168.1.10:8080', 'http://192.168.1.10:8080'],
    ['http://hub.local:8080/', 'http://hub.local:8080'],
    [' https://hub.example ', 'https://hub.example'],
  ])('accepts %s as %s', (raw, origin) => {
    expect(parseHubUrl(raw)).toEqual({ ok: true, origin });
  });
  it.each(['http://hub/kiosk/', 'http://u:p@hub/', 'ftp://hub/', 'http://hub/?x=1', 'http://', ''])(
    'refuses %s',
    (raw) => {
      expect(parseHubUrl(raw).ok).toBe(false);
    },
  );
});

describe('parseConfigText', () => {
  it('accepts a kiosk with key and printer, defaulting the language to Arabic', () => {
    const r = parseConfigText(
      JSON.stringify({ ...kiosk, printer: { id: 'p1', connection: 'tcp://10.0.0.5:9100' } }),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.config.language).toBe('ar');
    expect(r.config.printer?.connection).toEqual({ kind: 'tcp', host: '10.0.0.5', port: 9100 });
  });

  it('accepts a counter machine without device key', () => {
    expect(parseConfigText(JSON.stringify({ role: 'counter', hubUrl: 'hub.local:8080' })).ok).toBe(true);
  });

  it.each([
    ['no file', undefined, 'missing', 'not been set up'],
    ['not JSON', '{role:', 'invalid', 'not JSON'],
    ['an unknown role', JSON.stringify({ ...kiosk, role: 'toaster' }), 'invalid', 'role'],
    [
      'a kiosk without key',
      JSON.stringify({ role: 'kiosk', hubUrl: 'http://hub' }),
      'invalid',
      'deviceKey: a kiosk needs a device key',
    ],
    [
      'a printer on a display',
      JSON.stringify({ ...kiosk, role: 'display', printer: { id: 'p', connection: 'tcp://h' } }),
      'invalid',
      'printer: only a kiosk',
    ],
    ['a hub URL with a path', JSON.stringify({ ...kiosk, hubUrl: 'http://hub/kiosk' }), 'invalid', 'hubUrl'],
    ['an unknown field', JSON.stringify({ ...kiosk, nodeIntegration: true }), 'invalid', 'nodeIntegration'],
    [
      'a key smuggled into appParams',
      JSON.stringify({ ...kiosk, appParams: { key: 'x' } }),
      'invalid',
      'appParams.key',
    ],
  ])('reports %s as a problem instead of throwing', (_why, text, kind, message) => {
    const r = parseConfigText(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problem.kind).toBe(kind);
    expect(r.problem.message).toContain(message);
  });
});

describe('startupPlan', () => {
  it('sends an unconfigured machine to the pairing page with the reason', () => {
    expect(startupPlan(parseConfigText('nope'))).toMatchObject({
      page: 'pairing',
      problem: expect.stringContaining('not JSON'),
    });
  });

  it("loads the role's app with the device key in the fragment only", () => {
    const plan = startupPlan(parseConfigText(JSON.stringify(kiosk)));
    expect(plan).toEqual(
      expect.objectContaining({
        page: 'hub',
        appUrl: `http://192.168.1.10:8080/kiosk/#key=${KEY}`,
        healthUrl: 'http://192.168.1.10:8080/healthz',
      }),
    );
  });

  it('passes display options in the fragment and never a key to staff apps', () => {
    expect(
      appUrlFor({ role: 'display', hubUrl: 'http://h:1', deviceKey: KEY, appParams: { queues: 'q-a,q-b' } }),
    ).toBe(`http://h:1/display/#queues=q-a%2Cq-b&key=${KEY}`);
    expect(appUrlFor({ role: 'counter', hubUrl: 'http://h:1', deviceKey: KEY })).toBe('http://h:1/counter/');
    expect(appUrlFor({ role: 'manager', hubUrl: 'http://h:1' })).toBe('http://h:1/dashboard/');
  });
});

describe('config file', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('round-trips, is private to its owner, and DAWR_APP_CONFIG wins', () => {
    dir = mkdtempSync(join(tmpdir(), 'dawr-app-'));
    const path = configPath(dir, {});
    expect(path).toBe(join(dir, 'dawr-app.json'));
    expect(configPath(dir, { DAWR_APP_CONFIG: '/etc/dawr/app.json' })).toBe('/etc/dawr/app.json');
    expect(loadConfigFile(path)).toMatchObject({ ok: false, problem: { kind: 'missing' } });
    saveConfigFile(path, kiosk);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    const r = loadConfigFile(path);
    expect(r.ok && r.config.deviceKey).toBe(KEY);
  });

  it('refuses to write a bad config and leaves the old file as it was', () => {
    dir = mkdtempSync(join(tmpdir(), 'dawr-app-'));
    const path = join(dir, 'app.json');
    writeFileSync(path, JSON.stringify(kiosk));
    expect(() => saveConfigFile(path, { role: 'kiosk', hubUrl: 'http://hub' })).toThrow(/device key/);
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual(kiosk);
    expect(existsSync(`${path}.tmp`)).toBe(false);
  });

  it('reports an unreadable file (a folder) as a problem', () => {
    dir = mkdtempSync(join(tmpdir(), 'dawr-app-'));
    expect(loadConfigFile(dir)).toMatchObject({ ok: false, problem: { kind: 'unreadable' } });
  });
});
