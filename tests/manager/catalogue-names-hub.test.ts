/**
 * A catalogue name in the visitor's language reaches the kiosk and the phone (issue #19): the
 * catalogue the kiosk and /join read, and the ticket status page's service. A manager's new name is
 * served at once; a language code that is not shipped is refused with 400 and nothing is stored.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Catalogue } from '../../shared/contract/catalogue.js';
import { localisedName, missingNames, withName } from '../../shared/contract/catalogue-names.js';
import { PublicTicketStatus } from '../../shared/contract/views.js';
import { DEMO_CATALOGUE } from '../../main/demo/catalogue.js';
import { api, KIOSK_KEY, login, startTestHub, type TestHub } from '../support/hub.js';

let hub: TestHub;
let manager: string;
beforeAll(async () => {
  hub = await startTestHub();
  manager = `Bearer ${await login(hub.url, 'manager', '246810')}`;
});
afterAll(async () => hub?.cleanup());

const served = async () => Catalogue.parse((await api(hub.url, 'GET', '/catalogue')).body);
const audits = () => (hub.hub.db.prepare('SELECT COUNT(*) AS n FROM config_audit').get() as { n: number }).n;
const update = (catalogue: unknown) =>
  api(hub.url, 'POST', '/manager/updateCatalogue', manager, { catalogue, what: 'names' });

describe('catalogue names in the visitor language, through the hub', () => {
  it('serves the Urdu service names to the kiosk and the phone pages', async () => {
    const c = await served();
    const renew = c.services.find((s) => s.id === 'eid-renew')!;
    expect(localisedName(renew.name, 'ur')).toBe('امارات آئی ڈی کی تجدید');
    expect(localisedName(renew.name, 'ar')).toBe('تجديد بطاقة الهوية');
  });

  it('puts the service name in the visitor language on the ticket status page', async () => {
    const issued = await api(hub.url, 'POST', '/visits', `Device ${KIOSK_KEY}`, {
      serviceId: 'licence-renew',
      idempotencyKey: 'catalogue-names-status',
      language: 'ml',
    });
    expect(issued.status, JSON.stringify(issued.body)).toBe(200);
    const token = String(issued.body.statusPath).replace('/t/', '');
    const status = PublicTicketStatus.parse((await api(hub.url, 'GET', `/public/tickets/${token}`)).body);
    expect(localisedName(status.service, 'ml')).toBe('ഡ്രൈവിംഗ് ലൈസൻസ് പുതുക്കൽ');
  });

  it('serves a name the manager fills at once', async () => {
    const before = await served();
    const centre = missingNames(before, 'bn').find((n) => n.kind === 'centre')!;
    const r = await update(withName(before, centre, 'bn', 'সরকারি ওয়ান-স্টপ সেবা কেন্দ্র - দুবাই'));
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    const after = await served();
    expect(localisedName(after.centre.name, 'bn')).toBe('সরকারি ওয়ান-স্টপ সেবা কেন্দ্র - দুবাই');
    expect(missingNames(after, 'bn')).toHaveLength(missingNames(before, 'bn').length - 1);
  });

  it('refuses a language that is not shipped with 400 and stores nothing', async () => {
    const before = await served();
    const auditsBefore = audits();
    for (const name of [
      { ar: 'أ', en: 'A', xx: 'x' },
      { ar: 'أ', en: 'A', ur: '' },
      { ar: 'أ', en: 'A', de: 'Ausweis' },
    ]) {
      const bad = { ...before, agencies: before.agencies.map((a, i) => (i === 0 ? { ...a, name } : a)) };
      const r = await update(bad);
      expect(r.status, JSON.stringify(name)).toBe(400);
      expect(r.body).toMatchObject({ code: 'validation', message: expect.any(String) });
    }
    expect(await served()).toEqual(before);
    expect(audits()).toBe(auditsBefore);
  });

  it('keeps a stored catalogue from before (Arabic and English only) valid as it is', () => {
    const old = structuredClone(DEMO_CATALOGUE) as Record<string, unknown>;
    delete old.machineTranslatedNames;
    const strip = (x: { name: Record<string, string> }) => ({
      ...x,
      name: { ar: x.name.ar!, en: x.name.en! },
    });
    old.services = DEMO_CATALOGUE.services.map(strip);
    old.agencies = DEMO_CATALOGUE.agencies.map(strip);
    old.queues = DEMO_CATALOGUE.queues.map(strip);
    expect(Catalogue.safeParse(old).success).toBe(true);
  });
});
