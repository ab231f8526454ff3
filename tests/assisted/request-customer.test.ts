/**
 * A service request submitted at the kiosk reaches central with the citizen's identifier hashes
 * (the same keyed hashes a ticket carries), so it appears on that citizen's timeline; a form
 * without an Emirates ID or mobile sends no customer.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestCustomer } from '../../main/hub/features/assisted/request-customer.js';
import { startDemoCentral, type DemoCentral } from '../../main/demo/central.js';
import type { SubmittedRequest } from '../../shared/contract/assisted.js';
import { normaliseEmiratesId, normaliseUaeMobile } from '../../shared/domain/identity.js';
import { api, KIOSK_KEY, startTestHub, type TestHub } from '../support/hub.js';
import { goodEidRenew } from './support.js';

let hub: TestHub;
let central: DemoCentral;
let centralDir: string;

beforeAll(async () => {
  centralDir = mkdtempSync(join(tmpdir(), 'dawr-central-'));
  central = await startDemoCentral({ dataDir: centralDir, centreId: 'test-centre', logLevel: 'silent' });
  Object.assign(process.env, central.env, { DAWR_SYNC_IDLE_MS: '100' });
  hub = await startTestHub();
});
afterAll(async () => {
  await hub?.cleanup();
  await central?.stop();
  rmSync(centralDir, { recursive: true, force: true });
});

async function centralCall(method: 'GET' | 'POST', path: string, body?: unknown) {
  const res = await fetch(`${central.env.DAWR_CENTRAL_URL}/api/v1${path}`, {
    method,
    headers: {
      authorization: `Bearer ${central.env.DAWR_CENTRAL_TOKEN}`,
      ...(body ? { 'content-type': 'application/json' } : {}),
    },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

describe('requestCustomer', () => {
  const schema = {
    type: 'object',
    properties: {
      holder: { type: 'object', properties: { eid: { type: 'string', format: 'emirates-id' } } },
      phone: { type: 'string', format: 'uae-mobile' },
      note: { type: 'string' },
    },
  };
  const hash = (kind: 'eid' | 'mobile', n: string) => `${kind}:${n}`;

  it('finds identity fields by format, nested too, and hashes the normalised numbers', () => {
    const data = goodEidRenew();
    const ref = requestCustomer(schema, { holder: { eid: data.emiratesId }, phone: '050 123 4567' }, hash);
    expect(ref).toEqual({
      idHash: `eid:${normaliseEmiratesId(data.emiratesId)}`,
      mobileHash: `mobile:${normaliseUaeMobile('0501234567')}`,
    });
  });

  it('gives nothing for missing or invalid numbers', () => {
    expect(requestCustomer(schema, { note: '784' }, hash)).toBeUndefined();
    expect(requestCustomer(schema, { holder: { eid: '784-1234' }, phone: 12 }, hash)).toBeUndefined();
  });
});

describe('a submitted request at central', () => {
  it('is on the citizen timeline found by the hub’s Emirates ID hash', async () => {
    const data = goodEidRenew();
    const r = await api(hub.url, 'POST', '/service-requests', `Device ${KIOSK_KEY}`, {
      serviceId: 'eid-renew',
      data,
      documents: ['eid-card', 'photo'],
      idempotencyKey: 'customer-hash-0001',
    });
    expect(r.status).toBe(201);
    const number = (r.body as unknown as SubmittedRequest).request.number;
    const idHash = hub.hub.hashIdentity('eid', normaliseEmiratesId(data.emiratesId)!);
    expect(idHash).toMatch(/^[0-9a-f]{64}$/);

    let found: { status: number; body: Record<string, unknown> } = { status: 0, body: {} };
    for (let i = 0; i < 50 && found.status !== 200; i++) {
      found = await centralCall('POST', '/customers:lookup', {
        idHash,
        purpose: 'test of request sync',
        actor: 'test',
      });
      if (found.status !== 200) await new Promise((res) => setTimeout(res, 100));
    }
    expect(found.status).toBe(200);
    const key = String(found.body.customerKey);
    const byMobile = await centralCall('POST', '/customers:lookup', {
      mobileHash: hub.hub.hashIdentity('mobile', normaliseUaeMobile(data.mobile)!),
      purpose: 'test of request sync',
      actor: 'test',
    });
    expect(byMobile.body.customerKey).toBe(key);
    const timeline = await centralCall(
      'GET',
      `/customers/${encodeURIComponent(key)}/timeline?purpose=test%20of%20request%20sync&actor=test`,
    );
    expect(timeline.status).toBe(200);
    const items = timeline.body.items as { requestNumber: string | null }[];
    expect(items.map((i) => i.requestNumber)).toContain(number);
  });
});
