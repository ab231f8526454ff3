/** GET /api/v1/manager/reports.csv: the dashboard's CSV, served by the hub for integrations. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, KIOSK_KEY, login, serveNextAtCounter1, startTestHub, type TestHub } from '../support/hub.js';
import type { Catalogue } from '../../shared/contract/catalogue.js';
import { Report } from '../../shared/contract/manager.js';
import { reportCsvFile } from '../../shared/domain/report-csv.js';
import { businessDay } from '../../shared/domain/time.js';

let hub: TestHub;
let manager: string;
let today: string;

async function getCsv(query: string, authorization?: string) {
  const res = await fetch(`${hub.url}/api/v1/manager/reports.csv?${query}`, {
    headers: authorization ? { authorization } : {},
  });
  const bytes = new Uint8Array(await res.arrayBuffer());
  // ignoreBOM keeps the byte-order mark in the text, so the comparison covers it too.
  return { res, bytes, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes) };
}

/** The same report through the JSON route, formatted by the shared function. */
async function expected(query: Record<string, string>, lang: 'ar' | 'en') {
  const { lang: _ignored, ...reportQuery } = { ...query, lang };
  const r = await api(hub.url, 'POST', '/manager/report', manager, reportQuery);
  expect(r.status).toBe(200);
  const report = Report.parse(r.body);
  const catalogue = (await api(hub.url, 'GET', '/catalogue')).body as unknown as Catalogue;
  const staff = (await api(hub.url, 'POST', '/manager/staff', manager, {})).body as unknown as {
    id: string;
    displayName: string;
  }[];
  return reportCsvFile(report, {
    lang,
    catalogue,
    staffNames: new Map(staff.map((s) => [s.id, s.displayName])),
  });
}

beforeAll(async () => {
  hub = await startTestHub();
  manager = `Bearer ${await login(hub.url, 'manager', '246810')}`;
  today = businessDay(Date.now(), hub.hub.catalogue.centre.timeZone);
  const kiosk = `Device ${KIOSK_KEY}`;
  let n = 0;
  for (const serviceId of ['eid-renew', 'eid-renew', 'residency-renew', 'licence-renew']) {
    const issued = await api(hub.url, 'POST', '/visits', kiosk, {
      serviceId,
      idempotencyKey: `reports-csv-${++n}`,
    });
    expect(issued.status).toBe(200);
  }
  await serveNextAtCounter1(hub.url, 'eid-renew');
});
afterAll(async () => {
  await hub?.cleanup();
});

describe('reports.csv', () => {
  it('serves the same file as the dashboard export, with a BOM, CSV type and a file name', async () => {
    const { res, bytes, text } = await getCsv(`from=${today}&to=${today}&groupBy=service`, manager);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="dawr-report-service-${today}-${today}.csv"`,
    );
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text).toBe(await expected({ from: today, to: today, groupBy: 'service' }, 'ar'));
    // Arabic headers and names by default; a header, three services and the total.
    const lines = text.replace(/^\ufeff/, '').split('\r\n');
    expect(lines[0]!.split(',')[0]).toBe('الخدمة');
    expect(lines).toHaveLength(5);
    expect(text).toContain('تجديد بطاقة الهوية');
  });

  it('answers in English on request, for every grouping', async () => {
    for (const groupBy of ['agency', 'counter', 'staff', 'hour', 'weekday']) {
      const { res, text } = await getCsv(`from=${today}&to=${today}&groupBy=${groupBy}&lang=en`, manager);
      expect(res.status, groupBy).toBe(200);
      expect(text, groupBy).toBe(await expected({ from: today, to: today, groupBy }, 'en'));
    }
    const { text } = await getCsv(`from=${today}&to=${today}&groupBy=service&lang=en`, manager);
    expect(text).toContain('Renew Emirates ID');
    expect(text.split('\r\n').at(-1)!.startsWith('Total,')).toBe(true);
  });

  it('refuses agents, devices and anonymous callers', async () => {
    const query = `from=${today}&to=${today}&groupBy=service`;
    const agent = `Bearer ${await login(hub.url, 'agent2', '222222')}`;
    expect((await getCsv(query, agent)).res.status).toBe(403);
    // A device key is identified, just not allowed: 403, not 401.
    expect((await getCsv(query, `Device ${KIOSK_KEY}`)).res.status).toBe(403);
    const anonymous = await getCsv(query);
    expect(anonymous.res.status).toBe(401);
    expect(anonymous.res.headers.get('content-type')).not.toMatch(/text\/csv/);
    expect(JSON.parse(anonymous.text)).toMatchObject({ code: 'unauthenticated' });
  });

  it('answers a bad query with 400 and a clear message', async () => {
    const cases: [string, RegExp][] = [
      [`from=2025-13&to=${today}&groupBy=service`, /^from: a day as YYYY-MM-DD/],
      [`from=${today}&to=2020-01-01&groupBy=service`, /from must not be after to/],
      [`from=${today}&to=${today}&groupBy=colour`, /^groupBy:/],
      [`to=${today}&groupBy=service`, /^from:/],
      [`from=${today}&to=${today}&groupBy=service&lang=fr`, /lang: ar or en/],
    ];
    for (const [query, message] of cases) {
      const { res, text } = await getCsv(query, manager);
      expect(res.status, query).toBe(400);
      expect(res.headers.get('content-type'), query).toMatch(/application\/json/);
      const body = JSON.parse(text) as { code: string; message: string };
      expect(body.code, query).toBe('validation');
      expect(body.message, query).toMatch(message);
    }
  });
});
