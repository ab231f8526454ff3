/** The forms routes on a real hub, and a bad forms file stopping start-up with a clear message. */
import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, KIOSK_KEY, startTestHub, type TestHub } from '../support/hub.js';
import { formsModule } from '../../main/hub/features/forms/module.js';
import { DEMO_FORMS } from '../../main/demo/forms.js';
import { emiratesId } from './emirates-id.js';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(async () => hub?.cleanup());

describe('forms routes', () => {
  it('serves every form, cacheably', async () => {
    const res = await fetch(`${hub.url}/api/v1/forms`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=300');
    const body = (await res.json()) as { forms: { serviceId: string }[] };
    expect(body.forms.map((f) => f.serviceId)).toContain('residency-renew');
    const again = await fetch(`${hub.url}/api/v1/forms`, {
      headers: { 'if-none-match': res.headers.get('etag')! },
    });
    expect(again.status).toBe(304);
  });

  it("serves one service's form, and not_found for a service without one", async () => {
    const r = await api(hub.url, 'GET', '/services/licence-renew/form');
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ serviceId: 'licence-renew', expectedMinutes: 7 });
    const none = await api(hub.url, 'GET', '/services/traffic-fines/form');
    expect(none).toMatchObject({ status: 404, body: { code: 'not_found' } });
  });

  it('validates data for clients that cannot run Ajv', async () => {
    const ok = await api(hub.url, 'POST', '/services/eid-renew/form/validate', `Device ${KIOSK_KEY}`, {
      emiratesId: emiratesId(),
      mobile: '0501234567',
      address: { emirate: 'sharjah', area: 'Al Nahda' },
      validityYears: 2,
    });
    expect(ok).toMatchObject({ status: 200, body: { valid: true } });
    const bad = await api(hub.url, 'POST', '/services/eid-renew/form/validate', undefined, { mobile: 'x' });
    expect(bad.status).toBe(200);
    expect(bad.body.valid).toBe(false);
    const fields = (bad.body.errors as { field: string }[]).map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['emiratesId', 'mobile', 'address', 'validityYears']));
    const notObject = await api(hub.url, 'POST', '/services/eid-renew/form/validate', undefined, '[1,2]');
    expect(notObject).toMatchObject({ status: 400, body: { code: 'validation' } });
  });
});

describe('DAWR_FORMS_FILE', () => {
  it('a bad forms file stops start-up with a message naming the service and the problem', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dawr-forms-'));
    try {
      const broken = structuredClone(DEMO_FORMS);
      delete broken[1]!.fields.sponsorName;
      const file = join(dir, 'forms.json');
      writeFileSync(file, JSON.stringify({ forms: broken }));
      await expect(startTestHub({ modules: [formsModule({ file })] })).rejects.toThrow(
        /forms\.json.*form for service "residency-renew": field "sponsorName" has no labels/s,
      );
      writeFileSync(file, '{ not json');
      await expect(startTestHub({ modules: [formsModule({ file })] })).rejects.toThrow(
        /could not be read as JSON/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a good forms file replaces the demo forms', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dawr-forms-'));
    const file = join(dir, 'forms.json');
    writeFileSync(file, JSON.stringify({ forms: [DEMO_FORMS[0]] }));
    const other = await startTestHub({ modules: [formsModule({ file })] });
    try {
      const r = await api(other.url, 'GET', '/forms');
      expect((r.body.forms as unknown[]).length).toBe(1);
    } finally {
      await other.cleanup();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
