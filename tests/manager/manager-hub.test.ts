import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Socket } from 'socket.io-client';
import {
  api,
  connect,
  DISPLAY_KEY,
  emitAck,
  KIOSK_KEY,
  login,
  serveNextAtCounter1,
  startTestHub,
  type TestHub,
} from '../support/hub.js';
import type { Alert, AuditEntry, DisplayMessage, LiveMetrics } from '../../shared/contract/manager.js';
import type { Catalogue } from '../../shared/contract/catalogue.js';

let hub: TestHub;
let manager: Socket;
let managerToken: string;
const kiosk = () => `Device ${KIOSK_KEY}`;
let tap = 0;
const issue = (serviceId: string) =>
  api(hub.url, 'POST', '/visits', kiosk(), { serviceId, idempotencyKey: `manager-test-${++tap}` });

beforeAll(async () => {
  hub = await startTestHub();
  managerToken = await login(hub.url, 'manager', '246810');
  manager = await connect(hub.url, '/manager', { token: managerToken });
});
afterAll(async () => {
  manager?.close();
  await hub?.cleanup();
});

describe('live metrics', () => {
  it('counts today per queue and agency as tickets flow, and pushes metrics', async () => {
    const pushed = new Promise<LiveMetrics>((resolve) => manager.once('metrics', resolve));
    await issue('eid-renew');
    await issue('residency-renew');
    await serveNextAtCounter1(hub.url, 'eid-renew');
    const r = await emitAck<LiveMetrics>(manager, 'manager.metrics', {});
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const identity = r.data.queues.find((q) => q.queueId === 'q-identity')!;
    expect(identity).toMatchObject({ issued: 1, served: 1, called: 1, withinTarget: 1, state: 'green' });
    const icp = r.data.agencies.find((a) => a.agencyId === 'icp')!;
    expect(icp).toMatchObject({ issued: 2, served: 1, waiting: 1 });
    expect(r.data.hourly.reduce((n, h) => n + h.arrivals, 0)).toBe(2);
    expect((await pushed).businessDay).toBe(r.data.businessDay);
  });

  it('refuses agents and devices', async () => {
    const agentToken = await login(hub.url, 'agent2', '222222');
    await expect(connect(hub.url, '/manager', { token: agentToken })).rejects.toThrow();
    const viaHttp = await api(hub.url, 'POST', '/manager/metrics', `Bearer ${agentToken}`, {});
    expect(viaHttp.status).toBe(403);
    // The device key was identified: refused as not allowed (403), not asked who it is (401).
    const device = await api(hub.url, 'POST', '/manager/updateThresholds', kiosk(), {});
    expect(device).toMatchObject({ status: 403, body: { code: 'forbidden' } });
  });
});

describe('alerts', () => {
  it('raises an alert when a queue crosses its threshold; a manager acknowledges it', async () => {
    const raised = new Promise<Alert>((resolve) =>
      manager.on('alert', (a: Alert) => {
        if (a.kind === 'queue_over_threshold' && a.subject === 'q-traffic') resolve(a);
      }),
    );
    const t = await emitAck(manager, 'manager.updateThresholds', {
      thresholds: { amberMargin: 0.1, queueMaxWaiting: 2, queueMaxWaitMinutes: 60, counterIdleMinutes: 60 },
    });
    expect(t.ok).toBe(true);
    for (let i = 0; i < 3; i++) await issue('licence-renew');
    const alert = await raised;
    expect(alert.detail).toMatchObject({ waiting: 3, maxWaiting: 2 });
    const ack = await emitAck<Alert>(manager, 'manager.acknowledgeAlert', { alertId: alert.id });
    expect(ack.ok && ack.data.acknowledgedBy).toBe('s-manager');
    const again = await emitAck(manager, 'manager.acknowledgeAlert', { alertId: alert.id });
    expect(again).toMatchObject({ ok: false, error: { code: 'invalid_transition' } });
    const list = await emitAck<Alert[]>(manager, 'manager.alerts', {});
    expect(list.ok && list.data.some((a) => a.id === alert.id && a.acknowledgedAt !== null)).toBe(true);
  });
});

describe('manager actions and configuration', () => {
  it('closes a queue: the kiosk is refused; reopening lets tickets through', async () => {
    const closed = await emitAck(manager, 'manager.setQueueOpen', { queueId: 'q-labour', open: false });
    expect(closed.ok).toBe(true);
    expect((await issue('work-permit')).body).toMatchObject({ code: 'queue_closed' });
    await emitAck(manager, 'manager.setQueueOpen', { queueId: 'q-labour', open: true });
    expect((await issue('work-permit')).status).toBe(200);
  });

  it('moves a counter to another work profile; its next call follows it', async () => {
    await issue('building-permit');
    const moved = await emitAck(manager, 'manager.moveCounter', {
      counterId: 'c4',
      workProfileId: 'wp-municipality-labour',
    });
    expect(moved.ok).toBe(true);
    const agent = `Bearer ${await login(hub.url, 'agent4', '444444')}`;
    await api(hub.url, 'POST', '/counters/c4/open', agent);
    const called = await api(hub.url, 'POST', '/counters/c4/call-next', agent);
    expect(String((called.body as { queueId: string }).queueId)).toMatch(/q-municipality|q-labour/);
  });

  it('refuses an invalid catalogue and changes nothing', async () => {
    const before = (await emitAck<Catalogue>(manager, 'manager.catalogue', {})) as {
      ok: true;
      data: Catalogue;
    };
    const audits = (await emitAck<AuditEntry[]>(manager, 'manager.audit', {})) as {
      ok: true;
      data: AuditEntry[];
    };
    const broken = {
      ...before.data,
      services: before.data.services.map((s, i) => (i === 0 ? { ...s, queueId: 'no-such-queue' } : s)),
    };
    const r = await emitAck(manager, 'manager.updateCatalogue', { catalogue: broken });
    expect(r).toMatchObject({ ok: false, error: { code: 'validation' } });
    const after = (await emitAck<Catalogue>(manager, 'manager.catalogue', {})) as {
      ok: true;
      data: Catalogue;
    };
    expect(after.data).toEqual(before.data);
    const auditsAfter = (await emitAck<AuditEntry[]>(manager, 'manager.audit', {})) as {
      ok: true;
      data: AuditEntry[];
    };
    expect(auditsAfter.data.length).toBe(audits.data.length);
  });

  it('applies a valid catalogue live and audits who, before and after', async () => {
    const before = (await emitAck<Catalogue>(manager, 'manager.catalogue', {})) as {
      ok: true;
      data: Catalogue;
    };
    const renamed = {
      ...before.data,
      services: before.data.services.map((s) =>
        s.id === 'traffic-fines' ? { ...s, name: { ...s.name, en: 'Traffic fines' } } : s,
      ),
    };
    expect((await emitAck(manager, 'manager.updateCatalogue', { catalogue: renamed })).ok).toBe(true);
    const live = await api(hub.url, 'GET', '/catalogue');
    const svc = (live.body as unknown as Catalogue).services.find((s) => s.id === 'traffic-fines')!;
    expect(svc.name.en).toBe('Traffic fines');
    const audits = (await emitAck<AuditEntry[]>(manager, 'manager.audit', {})) as {
      ok: true;
      data: AuditEntry[];
    };
    const last = audits.data[0]!;
    expect(last).toMatchObject({ staffId: 's-manager', what: 'catalogue' });
    expect(JSON.stringify(last.before)).toContain('Check and pay traffic fines');
    expect(JSON.stringify(last.after)).toContain('"Traffic fines"');
  });

  it('creates a staff account that can sign in; a manager cannot create an admin', async () => {
    const r = await emitAck(manager, 'manager.upsertStaff', {
      id: 's-new',
      username: 'newagent',
      displayName: 'New Agent',
      roles: ['agent'],
      pin: '975310',
    });
    expect(r.ok).toBe(true);
    expect(await login(hub.url, 'newagent', '975310')).toBeTruthy();
    const admin = await emitAck(manager, 'manager.upsertStaff', {
      id: 's-boss',
      username: 'boss',
      displayName: 'Boss',
      roles: ['admin'],
      pin: '975310',
    });
    expect(admin).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('announces a message on the displays', async () => {
    const display = await connect(hub.url, '/display', { deviceKey: DISPLAY_KEY });
    const got = new Promise<DisplayMessage>((resolve) => display.once('message', resolve));
    const r = await emitAck(manager, 'manager.announce', {
      text: { ar: 'سيغلق المركز الساعة 8', en: 'The centre closes at 8' },
      minutes: 10,
    });
    expect(r.ok).toBe(true);
    expect((await got).text.en).toBe('The centre closes at 8');
    display.close();
  });

  it('rejects malformed input with a validation error', async () => {
    const r = await emitAck(manager, 'manager.report', { from: '2025-13', to: '2025-01-01', groupBy: 'x' });
    expect(r).toMatchObject({ ok: false, error: { code: 'validation' } });
  });
});
