/**
 * Assisted service on a real hub with a real central: help requests reach floor assistants, the
 * first accept wins, the live form flows both ways, a submission becomes a service request that
 * reaches central as `submitted`, and bad input is refused without changing anything.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoCentral, type DemoCentral } from '../../main/demo/central.js';
import type { FormState, HelpRequest, SubmittedRequest } from '../../shared/contract/assisted.js';
import { api, connect, emitAck, KIOSK_KEY, login, startTestHub, type TestHub } from '../support/hub.js';
import { goodEidRenew } from './support.js';

let hub: TestHub;
let central: DemoCentral;
let centralDir: string;
const sockets: Socket[] = [];
const kiosk = `Device ${KIOSK_KEY}`;

beforeAll(async () => {
  centralDir = mkdtempSync(join(tmpdir(), 'dawr-central-'));
  central = await startDemoCentral({ dataDir: centralDir, centreId: 'test-centre', logLevel: 'silent' });
  Object.assign(process.env, central.env, { DAWR_SYNC_IDLE_MS: '100' });
  hub = await startTestHub();
});
afterAll(async () => {
  for (const s of sockets) s.close();
  await hub?.cleanup();
  await central?.stop();
  rmSync(centralDir, { recursive: true, force: true });
});

async function open(ns: string, auth: Record<string, string>) {
  const s = await connect(hub.url, ns, auth);
  sockets.push(s);
  return s;
}
const next = <T>(s: Socket, event: string) => new Promise<T>((resolve) => s.once(event, resolve));

describe('help requests', () => {
  it('reaches assistants with the kiosk location; first accept wins; the form is shared both ways', async () => {
    const floorToken = await login(hub.url, 'floor', '112233');
    const managerToken = await login(hub.url, 'manager', '246810');
    const assistant = await open('/counter', { token: floorToken });
    const other = await open('/counter', { token: managerToken });
    const k = await open('/kiosk', { deviceKey: KIOSK_KEY });

    const seen = next<HelpRequest>(assistant, 'helpRequest');
    const raised = await emitAck<HelpRequest>(k, 'raiseHelp', {
      serviceId: 'eid-renew',
      reason: 'form_help',
    });
    expect(raised.ok).toBe(true);
    if (!raised.ok) return;
    expect(raised.data).toMatchObject({ location: 'Test kiosk', status: 'open', serviceId: 'eid-renew' });
    expect((await seen).id).toBe(raised.data.id);

    const accepted = next<HelpRequest>(k, 'helpAccepted');
    const first = await emitAck<{ request: HelpRequest }>(assistant, 'acceptHelp', {
      requestId: raised.data.id,
    });
    expect(first.ok && first.data.request.acceptedBy).toBe('s-floor');
    expect((await accepted).status).toBe('accepted');
    const second = await emitAck(other, 'acceptHelp', { requestId: raised.data.id });
    expect(second).toMatchObject({ ok: false, error: { code: 'invalid_transition' } });

    const toAssistant = next<FormState>(assistant, 'formState');
    await emitAck(k, 'formUpdate', { requestId: raised.data.id, fields: { mobile: '0501234567' } });
    expect((await toAssistant).fields.mobile).toEqual({ value: '0501234567', version: 1, by: 'kiosk' });
    const toKiosk = next<FormState>(k, 'formState');
    await emitAck(assistant, 'formUpdate', { requestId: raised.data.id, fields: { mobile: '0509999999' } });
    expect((await toKiosk).fields.mobile).toEqual({ value: '0509999999', version: 2, by: 'assistant' });

    // Someone who did not accept cannot edit; bad and oversized updates are refused.
    expect(
      await emitAck(other, 'formUpdate', { requestId: raised.data.id, fields: { a: '1' } }),
    ).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await emitAck(k, 'formUpdate', { requestId: raised.data.id, fields: {} })).toMatchObject({
      ok: false,
      error: { code: 'validation' },
    });
    const big = {
      requestId: raised.data.id,
      fields: { note: 'x'.repeat(400), ...{ pad: 'y'.repeat(20_000) } },
    };
    expect((await emitAck(k, 'formUpdate', big)).ok).toBe(false);
    expect(await emitAck(k, 'raiseHelp', { reason: 'shouting' })).toMatchObject({
      ok: false,
      error: { code: 'validation' },
    });
  });
});

describe('service requests', () => {
  it('refuses invalid forms and missing documents, creating nothing', async () => {
    const bad = await api(hub.url, 'POST', '/service-requests', kiosk, {
      serviceId: 'eid-renew',
      data: { ...goodEidRenew(), mobile: '12' },
      documents: ['eid-card', 'photo'],
      idempotencyKey: 'bad-form-0001',
    });
    expect(bad).toMatchObject({ status: 400, body: { code: 'validation' } });
    expect(JSON.stringify(bad.body.errors)).toContain('mobile');
    const noDocs = await api(hub.url, 'POST', '/service-requests', kiosk, {
      serviceId: 'eid-renew',
      data: goodEidRenew(),
      documents: [],
      idempotencyKey: 'bad-docs-0001',
    });
    expect(noDocs).toMatchObject({ status: 400, body: { code: 'validation' } });
    const n = hub.hub.db.prepare('SELECT count(*) AS n FROM service_requests').get() as { n: number };
    expect(n.n).toBe(0);
    expect((await api(hub.url, 'POST', '/service-requests', undefined, {})).status).toBe(401);
  });

  it('records assisted-by and on-behalf, numbers SR-YYYYMMDD-NNNN, and reaches central as submitted', async () => {
    const assistant = await open('/counter', { token: await login(hub.url, 'floor', '112233') });
    const k = await open('/kiosk', { deviceKey: KIOSK_KEY });
    const raised = await emitAck<HelpRequest>(k, 'raiseHelp', { serviceId: 'eid-renew', reason: 'other' });
    if (!raised.ok) throw new Error('raise failed');
    await emitAck(assistant, 'acceptHelp', { requestId: raised.data.id });
    const body = {
      serviceId: 'eid-renew',
      data: goodEidRenew(),
      documents: ['eid-card', 'photo'],
      onBehalf: { relation: 'family', authorisation: 'power_of_attorney' },
      helpRequestId: raised.data.id,
      idempotencyKey: 'submit-0001',
    };
    const r = await api(hub.url, 'POST', '/service-requests', kiosk, body);
    expect(r.status).toBe(201);
    const sub = r.body as unknown as SubmittedRequest;
    expect(sub.request).toMatchObject({
      status: 'submitted',
      assistedBy: 's-floor',
      onBehalf: { relation: 'family', authorisation: 'power_of_attorney' },
    });
    expect(sub.request.number).toMatch(/^SR-\d{8}-0001$/);
    // The receipt links with an unguessable token, not the number (tests/security/request-links.test.ts).
    expect(sub.statusUrl).toMatch(/\/r\/[\w-]{22,}$/);
    expect(sub.statusUrl).not.toContain(sub.request.number);
    const link = sub.statusUrl.split('/').pop()!;
    // The same tap again returns the same request.
    const again = await api(hub.url, 'POST', '/service-requests', kiosk, body);
    expect((again.body as unknown as SubmittedRequest).request.number).toBe(sub.request.number);

    let status: Record<string, unknown> = {};
    for (let i = 0; i < 50 && status.source !== 'central'; i++) {
      status = (await api(hub.url, 'GET', `/public/requests/${link}`)).body;
      if (status.source !== 'central') await new Promise((res) => setTimeout(res, 100));
    }
    expect(status).toMatchObject({ number: sub.request.number, status: 'submitted', source: 'central' });
    expect((await api(hub.url, 'GET', '/public/requests/SR-20000101-9999')).status).toBe(404);
  });
});
