/** Joining a queue from a phone: SMS verification, the abuse limits, and what is (not) stored. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { api } from '../support/hub.js';
import { joinRemotely, newDeviceId, startPhoneHub, type PhoneHub } from './support.js';

let hub: PhoneHub;
beforeEach(async () => {
  hub = await startPhoneHub();
});
afterEach(async () => hub.cleanup());

const ask = (body: Record<string, unknown>) => api(hub.url, 'POST', '/remote/code', undefined, body);
const confirm = (body: Record<string, unknown>) => api(hub.url, 'POST', '/remote/join', undefined, body);
const codeRows = () =>
  (hub.hub.db.prepare('SELECT COUNT(*) AS n FROM remote_codes').get() as { n: number }).n;

describe('remote join', () => {
  it('sends a code, then issues a remote ticket whose status page works', async () => {
    const deviceId = newDeviceId();
    const asked = await ask({ serviceId: 'eid-renew', mobile: '050 123 4567', deviceId, language: 'en' });
    expect(asked.status).toBe(200);
    expect(asked.body.to).toBe('+97150*****67');
    expect(hub.sms.sent[0]!.to).toBe('+971501234567');
    expect(hub.sms.sent[0]!.text).toMatch(/Your Dawr code: \d{6}/);
    const joined = await confirm({
      requestId: asked.body.requestId,
      code: hub.sms.codeFor('+971501234567'),
      deviceId,
    });
    expect(joined.status).toBe(200);
    expect(joined.body.ticket).toBe('A001');
    const visit = [...hub.hub.state.visits.values()][0]!;
    expect(visit.channel).toBe('remote');
    expect(visit.language).toBe('en');
    expect(visit.customer?.masked).toBe('+97150*****67');
    const status = await api(hub.url, 'GET', `/public/tickets/${String(joined.body.statusPath).slice(3)}`);
    expect(status.body).toMatchObject({ ticket: 'A001', status: 'waiting', position: 1 });
  });

  it('keeps only the keyed hash and masked form of the number', async () => {
    await joinRemotely(hub, '0501234567');
    const rows = JSON.stringify(hub.hub.db.prepare('SELECT * FROM remote_codes').all());
    expect(rows).not.toContain('501234567');
    expect(rows).toContain('+97150*****67');
    const visits = JSON.stringify(hub.hub.db.prepare('SELECT doc FROM visits').all());
    expect(visits).not.toContain('501234567');
  });

  it('gives the same ticket when the phone confirms twice (lost answer)', async () => {
    const deviceId = newDeviceId();
    const asked = await ask({ serviceId: 'eid-renew', mobile: '0501234567', deviceId });
    const body = { requestId: asked.body.requestId, code: hub.sms.codeFor('+971501234567'), deviceId };
    const a = await confirm(body);
    const b = await confirm(body);
    expect(b.body).toEqual(a.body);
    expect(hub.hub.state.visits.size).toBe(1);
  });

  it('refuses invalid forms with a clear error and records nothing', async () => {
    const deviceId = newDeviceId();
    for (const bad of [
      { serviceId: 'eid-renew', mobile: '0401234567', deviceId },
      { serviceId: 'eid-renew', mobile: 'hello', deviceId },
      { serviceId: 'eid-renew', mobile: '0501234567' },
      { serviceId: 'eid-renew', mobile: '0501234567', deviceId: 'short' },
      { serviceId: 'no-such-service', mobile: '0501234567', deviceId },
      { mobile: '0501234567', deviceId },
    ]) {
      const r = await ask(bad);
      expect([400, 404]).toContain(r.status);
      expect(r.body).toMatchObject({
        code: expect.stringMatching(/validation|not_found/),
        message: expect.any(String),
      });
    }
    expect(await confirm({ requestId: 'nope-nope-nope', code: '12', deviceId })).toMatchObject({
      status: 400,
    });
    expect(codeRows()).toBe(0);
    expect(hub.sms.sent).toHaveLength(0);
  });

  it('counts wrong codes and voids the code after five', async () => {
    const deviceId = newDeviceId();
    const asked = await ask({ serviceId: 'eid-renew', mobile: '0501234567', deviceId });
    const right = hub.sms.codeFor('+971501234567');
    const wrong = right === '000000' ? '111111' : '000000';
    const codes: string[] = [];
    for (let i = 0; i < 5; i++)
      codes.push(
        String((await confirm({ requestId: asked.body.requestId, code: wrong, deviceId })).body.code),
      );
    expect(codes).toEqual(['code_wrong', 'code_wrong', 'code_wrong', 'code_wrong', 'code_voided']);
    const late = await confirm({ requestId: asked.body.requestId, code: right, deviceId });
    expect(late.body.code).toBe('code_voided');
    expect(hub.hub.state.visits.size).toBe(0);
  });

  it('refuses a code after five minutes', async () => {
    const deviceId = newDeviceId();
    const asked = await ask({ serviceId: 'eid-renew', mobile: '0501234567', deviceId });
    hub.clock.advance(5 * 60_000 + 1000);
    const r = await confirm({
      requestId: asked.body.requestId,
      code: hub.sms.codeFor('+971501234567'),
      deviceId,
    });
    expect(r.body.code).toBe('code_expired');
    expect(hub.hub.state.visits.size).toBe(0);
  });

  it('binds a code to the device that asked for it', async () => {
    const asked = await ask({ serviceId: 'eid-renew', mobile: '0501234567', deviceId: newDeviceId() });
    const r = await confirm({
      requestId: asked.body.requestId,
      code: hub.sms.codeFor('+971501234567'),
      deviceId: newDeviceId(),
    });
    expect(r).toMatchObject({ status: 404, body: { code: 'not_found' } });
  });

  it('refuses a burst from one number after three codes an hour', async () => {
    const results = await Promise.all(
      Array.from({ length: 6 }, () =>
        ask({ serviceId: 'eid-renew', mobile: '0551112222', deviceId: newDeviceId() }),
      ),
    );
    expect(results.filter((r) => r.status === 200)).toHaveLength(3);
    for (const r of results.filter((x) => x.status !== 200))
      expect(r).toMatchObject({ status: 429, body: { code: 'rate_limited' } });
    expect(codeRows()).toBe(3);
    expect(hub.sms.sent).toHaveLength(3);
    hub.clock.advance(3600_000 + 1000);
    expect(
      (await ask({ serviceId: 'eid-renew', mobile: '0551112222', deviceId: newDeviceId() })).status,
    ).toBe(200);
  });

  it('refuses a burst from one device across many numbers', async () => {
    const deviceId = newDeviceId();
    const results = [];
    for (let i = 0; i < 8; i++)
      results.push(await ask({ serviceId: 'eid-renew', mobile: `05000000${10 + i}`, deviceId }));
    expect(results.map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 429, 429, 429]);
  });

  it('refuses a burst from one address across devices and numbers', async () => {
    const results = [];
    for (let i = 0; i < 35; i++)
      results.push(
        await ask({ serviceId: 'eid-renew', mobile: `0520000${100 + i}`, deviceId: newDeviceId() }),
      );
    expect(results.filter((r) => r.status === 200)).toHaveLength(30);
    expect(results.at(-1)!.body.code).toBe('rate_limited');
  });

  it('allows one open remote ticket per number per day', async () => {
    expect((await joinRemotely(hub, '0501234567')).status).toBe(200);
    const again = await ask({ serviceId: 'residency-renew', mobile: '0501234567', deviceId: newDeviceId() });
    expect(again).toMatchObject({ status: 409, body: { code: 'already_joined' } });
    // Once that ticket is cancelled, the number may join again.
    const v = [...hub.hub.state.visits.values()][0]!;
    await api(hub.url, 'POST', `/public/tickets/${v.publicToken}/cancel`);
    expect((await joinRemotely(hub, '0501234567')).status).toBe(200);
  });

  it('gives one number one ticket however many confirms arrive at once', async () => {
    // Three codes for one number (the hourly limit), each from its own phone, all confirmed together.
    const asked = [];
    for (let i = 0; i < 3; i++) {
      const deviceId = newDeviceId();
      const r = await ask({ serviceId: 'eid-renew', mobile: '0501112233', deviceId });
      asked.push({ requestId: r.body.requestId, code: hub.sms.codeFor('+971501112233'), deviceId });
    }
    const results = await Promise.all(asked.map((body) => confirm(body)));
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    for (const r of results.filter((x) => x.status !== 200))
      expect(r).toMatchObject({ status: 409, body: { code: 'already_joined' } });
    expect(hub.hub.state.visits.size).toBe(1);
  });

  it('gives one ticket when the same code is confirmed several times at once', async () => {
    const deviceId = newDeviceId();
    const asked = await ask({ serviceId: 'eid-renew', mobile: '0501234567', deviceId });
    const body = { requestId: asked.body.requestId, code: hub.sms.codeFor('+971501234567'), deviceId };
    const results = await Promise.all(Array.from({ length: 4 }, () => confirm(body)));
    expect(results.map((r) => r.status)).toEqual([200, 200, 200, 200]);
    for (const r of results) expect(r.body).toEqual(results[0]!.body);
    expect(hub.hub.state.visits.size).toBe(1);
  });

  it('lets the number join again when its ticket could not be issued', async () => {
    const codeFor = async () => {
      const deviceId = newDeviceId();
      const r = await ask({ serviceId: 'eid-renew', mobile: '0501234567', deviceId });
      return { requestId: r.body.requestId, code: hub.sms.codeFor('+971501234567'), deviceId };
    };
    const first = await codeFor();
    const second = await codeFor();
    // The queue closes between the code and the confirm: the hub refuses to issue.
    const setOpen = (open: boolean) =>
      hub.hub.updateCatalogue({
        ...hub.hub.catalogue,
        queues: hub.hub.catalogue.queues.map((q) => (q.id === 'q-identity' ? { ...q, open } : q)),
      });
    setOpen(false);
    expect(await confirm(first)).toMatchObject({ status: 409, body: { code: 'queue_closed' } });
    setOpen(true);
    const joined = await confirm(second);
    expect(joined.status).toBe(200);
    expect(hub.hub.state.visits.size).toBe(1);
  });

  it('records nothing when the SMS cannot be sent', async () => {
    hub.sms.failNext = true;
    const r = await ask({ serviceId: 'eid-renew', mobile: '0501234567', deviceId: newDeviceId() });
    expect(r).toMatchObject({ status: 503, body: { code: 'sms_unavailable' } });
    expect(codeRows()).toBe(0);
  });
});
