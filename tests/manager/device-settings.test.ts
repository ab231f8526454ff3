/**
 * Display, kiosk and feedback settings in the catalogue: schema defaults, cross-references
 * (queues, agencies, registered devices), the hub pushing each device its settings live, and the
 * feedback window the hub enforces.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Socket } from 'socket.io-client';
import {
  Catalogue,
  catalogueForKiosk,
  catalogueProblems,
  DeviceSettingsMessage,
  displaySettingsFor,
  feedbackSettings,
} from '../../shared/contract/catalogue.js';
import type { AuditEntry } from '../../shared/contract/manager.js';
import { DEMO_CATALOGUE } from '../../main/demo/catalogue.js';
import { validateCatalogue } from '../../main/hub/core/seed.js';
import { effectiveScreenConfig, parseScreenFragment } from '../../renderer/display/screen-config.js';
import {
  api,
  connect,
  DISPLAY_KEY,
  emitAck,
  KIOSK_KEY,
  login,
  openAllDay,
  openSocket,
  startTestHub,
  TEST_DEVICES,
  type TestHub,
} from '../support/hub.js';

const clone = (): Catalogue => structuredClone(DEMO_CATALOGUE);

describe('catalogue device and feedback settings (schema)', () => {
  it('accepts a catalogue without them and fills defaults inside entries', () => {
    const c = Catalogue.parse(clone());
    expect(c.displays).toBeUndefined();
    expect(feedbackSettings(c)).toEqual({ enabled: true, windowMinutes: 1440 });
    expect(displaySettingsFor(c, 'display-t')).toEqual({
      deviceId: 'display-t',
      queueIds: [],
      languages: ['ar', 'en'],
      historySize: 6,
      showWaiting: true,
    });
    const withEntries = Catalogue.parse({
      ...clone(),
      displays: [{ deviceId: 'display-t', languages: ['en', 'ar'] }],
      kiosks: [{ deviceId: 'kiosk-t' }],
      feedback: { enabled: false },
    });
    expect(withEntries.displays![0]).toMatchObject({ queueIds: [], languages: ['en', 'ar'], historySize: 6 });
    expect(withEntries.kiosks![0]).toEqual({ deviceId: 'kiosk-t', location: '', agencyIds: [] });
    expect(withEntries.feedback).toEqual({ enabled: false, windowMinutes: 1440 });
  });

  it('refuses out-of-range values', () => {
    for (const bad of [
      { displays: [{ deviceId: 'display-t', historySize: 21 }] },
      { displays: [{ deviceId: 'display-t', languages: ['ar', 'ar'] }] },
      { displays: [{ deviceId: 'display-t', languages: ['fr'] }] },
      { feedback: { windowMinutes: 0 } },
      { kiosks: [{ deviceId: 'bad id!' }] },
    ])
      expect(Catalogue.safeParse({ ...clone(), ...bad }).success, JSON.stringify(bad)).toBe(false);
  });

  it('names unknown queues, agencies, devices, wrong roles and duplicates clearly', () => {
    const c = Catalogue.parse({
      ...clone(),
      displays: [
        { deviceId: 'display-t', queueIds: ['q-identity', 'q-nowhere'] },
        { deviceId: 'display-t' },
        { deviceId: 'kiosk-t' },
      ],
      kiosks: [{ deviceId: 'kiosk-t', agencyIds: ['icp', 'no-agency'] }, { deviceId: 'kiosk-ghost' }],
    });
    const problems = catalogueProblems(c, TEST_DEVICES);
    expect(problems).toEqual(
      expect.arrayContaining([
        'display "display-t" names unknown queue "q-nowhere"',
        'display "display-t" is configured twice',
        'display "kiosk-t" is registered as a kiosk, not a display',
        'kiosk "kiosk-t" names unknown agency "no-agency"',
        'kiosk "kiosk-ghost" is not a registered device',
      ]),
    );
    expect(problems).toHaveLength(5);
    // Without the device list only what the catalogue itself can check is reported.
    expect(catalogueProblems(c)).toHaveLength(3);
    expect(() => validateCatalogue(c, TEST_DEVICES)).toThrow(/kiosk-ghost/);
    const fine = Catalogue.parse({
      ...clone(),
      displays: [{ deviceId: 'display-t', queueIds: ['q-traffic'] }],
      kiosks: [{ deviceId: 'kiosk-t', agencyIds: ['traffic'] }],
    });
    expect(catalogueProblems(fine, TEST_DEVICES)).toEqual([]);
  });

  it('a kiosk offers only its agencies and their services', () => {
    const c = clone();
    const only = catalogueForKiosk(c, { agencyIds: ['traffic'] });
    expect(only.agencies.map((a) => a.id)).toEqual(['traffic']);
    expect(only.services.length).toBeGreaterThan(0);
    expect(only.services.every((s) => s.agencyId === 'traffic')).toBe(true);
    expect(catalogueForKiosk(c, { agencyIds: [] })).toBe(c);
  });
});

describe('display settings precedence', () => {
  const fromHub = {
    queueIds: ['q-traffic'],
    languages: ['en', 'ar'] as ('ar' | 'en')[],
    historySize: 3,
    showWaiting: false,
  };
  it('the URL fragment overrides the hub per setting; the hub overrides the defaults', () => {
    const { deviceKey, overrides } = parseScreenFragment('#key=k1&queues=q-identity&history=0', null);
    expect(effectiveScreenConfig(deviceKey, overrides, fromHub)).toEqual({
      deviceKey: 'k1',
      queueIds: ['q-identity'],
      languages: ['en', 'ar'],
      historySize: 0,
      showWaiting: false,
    });
    expect(effectiveScreenConfig(null, parseScreenFragment('', null).overrides, fromHub)).toEqual({
      deviceKey: null,
      ...fromHub,
    });
    expect(effectiveScreenConfig(null, {}).languages).toEqual(['ar', 'en']);
  });
});

describe('the hub applies device and feedback settings', () => {
  let hub: TestHub;
  let manager: Socket;
  let now = Date.now();
  const sockets: Socket[] = [];
  const nextMessage = (s: Socket) =>
    new Promise<DeviceSettingsMessage>((resolve) =>
      s.once('deviceSettings', (raw: unknown) => resolve(DeviceSettingsMessage.parse(raw))),
    );
  const current = async (): Promise<Catalogue> => {
    const r = await emitAck<Catalogue>(manager, 'manager.catalogue', {});
    if (!r.ok) throw new Error(r.error.message);
    return r.data;
  };
  const update = (catalogue: unknown, what?: string) =>
    emitAck<Catalogue>(manager, 'manager.updateCatalogue', { catalogue, what });

  beforeAll(async () => {
    // Its clock starts at the real time: keep walk-ins open whatever the hour the suite runs.
    hub = await startTestHub({ clock: { now: () => now }, catalogue: openAllDay(DEMO_CATALOGUE) });
    manager = await connect(hub.url, '/manager', { token: await login(hub.url, 'manager', '246810') });
    sockets.push(manager);
  });
  afterAll(async () => {
    for (const s of sockets) s.close();
    await hub?.cleanup();
  });

  it('lists the registered devices to managers only', async () => {
    const r = await emitAck<{ id: string; role: string }[]>(manager, 'manager.devices', undefined);
    expect(r.ok && r.data.map((d) => `${d.role}:${d.id}`)).toEqual(['display:display-t', 'kiosk:kiosk-t']);
    const byHttp = await api(hub.url, 'GET', '/manager/devices', `Device ${KIOSK_KEY}`);
    expect(byHttp.status).toBe(403);
  });

  it('sends a display its settings on connect, on request and after a change', async () => {
    // Listen before the handshake completes: the hub sends the settings as part of the connection.
    const display = openSocket(hub.url, '/display', { deviceKey: DISPLAY_KEY });
    sockets.push(display);
    const first = await nextMessage(display);
    expect(first).toEqual({
      role: 'display',
      display: {
        deviceId: 'display-t',
        queueIds: [],
        languages: ['ar', 'en'],
        historySize: 6,
        showWaiting: true,
      },
    });
    const pushed = nextMessage(display);
    const c = await current();
    // The audit label is checked too: only a plain token is accepted.
    expect(await update({ ...c, displays: [] }, 'bad label!')).toMatchObject({
      ok: false,
      error: { code: 'validation' },
    });
    const r = await update(
      {
        ...c,
        displays: [
          {
            deviceId: 'display-t',
            queueIds: ['q-traffic'],
            languages: ['en', 'ar'],
            historySize: 3,
            showWaiting: false,
          },
        ],
      },
      'displays:display-t',
    );
    expect(r.ok).toBe(true);
    expect(await pushed).toEqual({
      role: 'display',
      display: {
        deviceId: 'display-t',
        queueIds: ['q-traffic'],
        languages: ['en', 'ar'],
        historySize: 3,
        showWaiting: false,
      },
    });
    const asked = (await display.timeout(5000).emitWithAck('deviceSettings')) as {
      ok: boolean;
      data: unknown;
    };
    expect(asked).toMatchObject({ ok: true, data: { display: { queueIds: ['q-traffic'] } } });
    const audits = await emitAck<AuditEntry[]>(manager, 'manager.audit', {});
    expect(audits.ok && audits.data[0]).toMatchObject({
      staffId: 's-manager',
      what: 'catalogue.displays:display-t',
      after: { displays: [{ deviceId: 'display-t', queueIds: ['q-traffic'] }] },
    });
  });

  it('refuses settings for an unregistered device or unknown queue and changes nothing', async () => {
    const before = await current();
    const ghost = await update({ ...before, displays: [{ deviceId: 'display-nowhere' }] });
    expect(ghost).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(!ghost.ok && ghost.error.message).toContain(
      'display "display-nowhere" is not a registered device',
    );
    const queue = await update({ ...before, displays: [{ deviceId: 'display-t', queueIds: ['q-gone'] }] });
    expect(!queue.ok && queue.error.message).toContain('unknown queue "q-gone"');
    expect(await current()).toEqual(before);
  });

  it('sends a kiosk its agencies and feedback settings, and uses its location in help requests', async () => {
    const kiosk = await connect(hub.url, '/kiosk', { deviceKey: KIOSK_KEY });
    sockets.push(kiosk);
    const pushed = nextMessage(kiosk);
    const c = await current();
    const r = await update({
      ...c,
      kiosks: [{ deviceId: 'kiosk-t', location: 'Entrance, left', agencyIds: ['traffic'] }],
      feedback: { enabled: true, windowMinutes: 30 },
    });
    expect(r.ok).toBe(true);
    expect(await pushed).toEqual({
      role: 'kiosk',
      kiosk: { deviceId: 'kiosk-t', location: 'Entrance, left', agencyIds: ['traffic'] },
      feedback: { enabled: true, windowMinutes: 30 },
    });
    const help = await emitAck<{ location: string }>(kiosk, 'raiseHelp', { reason: 'other' });
    expect(help.ok && help.data.location).toBe('Entrance, left');
  });

  it('accepts a rating inside the configured window, refuses one outside it or when switched off', async () => {
    const agent = `Bearer ${await login(hub.url, 'agent3', '333333')}`;
    const finishVisit = async (key: string) => {
      const t = await api(hub.url, 'POST', '/visits', `Device ${KIOSK_KEY}`, {
        serviceId: 'licence-renew',
        idempotencyKey: key,
      });
      const token = String(t.body.statusPath).split('/').pop();
      await api(hub.url, 'POST', '/counters/c3/open', agent);
      const called = await api(hub.url, 'POST', '/counters/c3/call-next', agent);
      const visitId = String(called.body.id);
      await api(hub.url, 'POST', `/counters/c3/start/${visitId}`, agent);
      const done = await api(hub.url, 'POST', `/counters/c3/complete/${visitId}`, agent, {
        services: [{ serviceId: 'licence-renew', outcome: 'done' }],
      });
      expect(done.status).toBe(200);
      return token;
    };
    const vote = (token: string | undefined) =>
      api(hub.url, 'POST', '/feedback', undefined, { token, face: 'happy' });

    const late = await finishVisit('feedback-window-1');
    const onTime = await finishVisit('feedback-window-2');
    now += 31 * 60_000; // the window set above is 30 minutes
    const refused = await vote(late);
    expect(refused.body).toMatchObject({ code: 'feedback_expired' });
    expect(refused.status).toBe(409);

    // Widened live: the same late visit may now rate.
    const c = await current();
    expect((await update({ ...c, feedback: { enabled: true, windowMinutes: 120 } })).ok).toBe(true);
    expect((await vote(late)).body).toEqual({ recorded: true });

    // Switched off: refused, whatever the window.
    expect((await update({ ...c, feedback: { enabled: false, windowMinutes: 120 } })).ok).toBe(true);
    expect((await vote(onTime)).body).toMatchObject({ code: 'feedback_off' });
    expect(hub.hub.db.prepare('SELECT count(*) AS n FROM feedback').get()).toEqual({ n: 1 });
  });
});
