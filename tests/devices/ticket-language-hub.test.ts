/**
 * The hub prints a ticket in the visit's language (issue #19): its print data carries the
 * language, the fixed texts in it from the shipped catalogues, and the catalogue's names in it
 * where the centre wrote them (English otherwise); an Arabic or English visit's data is what it
 * was (Arabic and English only).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_CATALOGUE } from '../../main/demo/catalogue.js';
import { buildTicketBytes } from '../../devices/printer/ticket-template.js';
import { TicketPrintDataSchema } from '../../shared/contract/printer.js';
import type { VisitorLanguage } from '../../shared/i18n/languages.js';
import { LOCALES, visitorText } from '../../shared/i18n/locales/all.js';
import { api, KIOSK_KEY, startTestHub, type TestHub } from '../support/hub.js';
import { bestMatch, referenceRendering } from './support/reference-rendering.js';
import { decodeTicket, imagesOf } from './support/ticket-transcript.js';

const kiosk = `Device ${KIOSK_KEY}`;
const HINDI_NAME = 'अमीरात आईडी का नवीनीकरण';
let hub: TestHub;

beforeAll(async () => {
  delete process.env.DAWR_KIOSK_PRINTERS;
  hub = await startTestHub({
    catalogue: {
      ...DEMO_CATALOGUE,
      services: DEMO_CATALOGUE.services.map((s) =>
        s.id === 'eid-renew' ? { ...s, name: { ...s.name, hi: HINDI_NAME } } : s,
      ),
    },
  });
});
afterAll(async () => hub?.cleanup());

let key = 0;
async function printData(language: VisitorLanguage, extra: Record<string, unknown> = {}) {
  const issued = await api(hub.url, 'POST', '/visits', kiosk, {
    serviceId: 'eid-renew',
    language,
    idempotencyKey: `ticket-language-${++key}`,
    ...extra,
  });
  expect(issued.status).toBe(200);
  const id = (issued.body as { visit: { id: string } }).visit.id;
  const r = await api(hub.url, 'GET', `/kiosk/tickets/${id}/print-data`, kiosk);
  expect(r.status).toBe(200);
  return TicketPrintDataSchema.parse(r.body);
}

describe("a ticket's print data in the visit's language", () => {
  it('Hindi: the language, the name the catalogue has in Hindi, the note and relation from the catalogues', async () => {
    const data = await printData('hi', { representative: { relation: 'family' }, priority: 'senior' });
    expect(data.language).toBe('hi');
    expect(data.service.hi).toBe(HINDI_NAME);
    // The centre's name as the catalogue has it (the slip prints its English where it has no Hindi).
    expect(data.centre.hi).toBe((DEMO_CATALOGUE.centre.name as { hi?: string }).hi);
    expect(data.notes.hi).toBe(LOCALES.hi.namespaces.kiosk.printKeep);
    expect(data.representative?.hi).toBe(visitorText('hi', 'kiosk', 'relationFamily'));
    expect(data.priority?.hi).toBe(LOCALES.hi.common.priority.senior);
    // And the slip built from it draws the Hindi name.
    const items = decodeTicket(
      await buildTicketBytes(data, { type: 'epson', paperWidthMm: 80, mode: 'bitmap' }),
    );
    const name = referenceRendering(HINDI_NAME, {
      fontFile: '/usr/share/fonts/truetype/noto/NotoSansDevanagari-Bold.ttf',
      px: 24,
      direction: 'ltr',
    });
    expect(bestMatch(imagesOf(items), name).score).toBeGreaterThanOrEqual(0.85);
  });

  it('Urdu: the language and its texts', async () => {
    const data = await printData('ur');
    expect(data.language).toBe('ur');
    expect(data.notes.ur).toBe(LOCALES.ur.namespaces.kiosk.printKeep);
    const demoName = DEMO_CATALOGUE.services.find((s) => s.id === 'eid-renew')!.name;
    expect(data.service.ur).toBe((demoName as { ur?: string }).ur);
  });

  it('Arabic and English: Arabic and English only, as before', async () => {
    for (const language of ['ar', 'en'] as const) {
      const data = await printData(language);
      expect(data.language).toBe(language);
      expect(Object.keys(data.notes).sort()).toEqual(['ar', 'en']);
      expect(data.notes.en).toBe(visitorText('en', 'kiosk', 'printKeep'));
    }
  });
});
