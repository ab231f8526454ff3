/**
 * The dashboard's catalogue editor maps each entity to its form's values and back (form-values.ts,
 * driven by the field specifications in entity-specs.ts). These check that mapping without a browser:
 * an untouched form saves the entity unchanged, an edit lands where it belongs, an emptied optional
 * field is dropped, and a kiosk's printer row round-trips.
 */
import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { DEMO_CATALOGUE } from '../../main/demo/catalogue.js';
import { DEFAULT_DISPLAY, type Catalogue } from '../../shared/contract/catalogue.js';
import { parsePrinterUri, printerUri } from '../../shared/contract/printer.js';
import { LISTS, SINGLES, type ListSpec } from '../../renderer/dashboard/catalogue-editor/entity-specs.js';
import {
  FieldError,
  fromForm,
  printerFromForm,
  printerToForm,
  toForm,
  type PrinterRow,
} from '../../renderer/dashboard/catalogue-editor/form-values.js';
import type { Device, Entity, Field } from '../../renderer/dashboard/catalogue-editor/types.js';

const t = ((key: string) => key) as unknown as TFunction;

const kioskConnection = { kind: 'tcp', host: '10.0.0.20', port: 9100 } as const;
/** The demo catalogue with one configured display and kiosk (the demo itself has none). */
const catalogue: Catalogue = {
  ...DEMO_CATALOGUE,
  displays: [{ ...DEFAULT_DISPLAY, deviceId: 'display-hall', queueIds: ['q-identity', 'q-traffic'] }],
  kiosks: [
    {
      deviceId: 'kiosk-entrance',
      location: 'المدخل الرئيسي',
      agencyIds: ['icp', 'traffic'],
      printer: {
        connection: kioskConnection,
        type: 'star',
        paperWidthMm: 58,
        mode: 'bitmap',
        timeoutMs: 3000,
        statusPollMs: 20_000,
      },
    },
  ],
};
const devices: Device[] = [
  { id: 'display-hall', role: 'display', name: 'Hall screen' },
  { id: 'kiosk-entrance', role: 'kiosk', name: 'Entrance kiosk' },
];

/** What the list editor saves for an untouched form: the form's values mapped back, then tidied. */
function saveUnchanged(spec: { fields: Field[]; finish?: ListSpec['finish'] }, base: Entity): Entity {
  const e = fromForm(toForm(base, spec.fields), spec.fields, base);
  return spec.finish ? spec.finish(e) : e;
}

function entitiesOf(kind: keyof typeof LISTS): Entity[] {
  return LISTS[kind].rows(catalogue, devices, 'en', t).map((r) => r.entity);
}

function fieldsOf(kind: keyof typeof LISTS): Field[] {
  return LISTS[kind].fields;
}

describe('catalogue editor: an untouched form saves the entity unchanged', () => {
  const listKinds = ['agencies', 'services', 'queues', 'counters', 'workProfiles', 'displays'] as const;
  for (const kind of listKinds) {
    it(`keeps every ${kind} entry as it was`, () => {
      const entities = entitiesOf(kind);
      expect(entities.length).toBeGreaterThan(0);
      for (const e of entities) {
        const before = structuredClone(e);
        expect(saveUnchanged(LISTS[kind], e)).toEqual(before);
        expect(e).toEqual(before); // the base is not changed in place
      }
    });
  }

  it('keeps a kiosk as it was, its printer address in the form the hub parses back', () => {
    const [kiosk] = entitiesOf('kiosks');
    const saved = saveUnchanged(LISTS.kiosks, kiosk!);
    const printer = saved.printer as Entity;
    expect(printer.connection).toBe('tcp://10.0.0.20:9100');
    expect(parsePrinterUri(printer.connection as string)).toEqual(kioskConnection);
    expect({ ...saved, printer: { ...printer, connection: kioskConnection } }).toEqual(kiosk);
  });

  for (const kind of ['centre', 'feedback'] as const) {
    it(`keeps the ${kind} settings as they were`, () => {
      const spec = SINGLES[kind];
      const base = spec.get(catalogue);
      expect(Object.keys(base).length).toBeGreaterThan(0);
      expect(fromForm(toForm(base, spec.fields), spec.fields, base)).toEqual(base);
    });
  }

  it("shows the centre's closed day as closed and saves it back as null", () => {
    const form = toForm(SINGLES.centre.get(catalogue), SINGLES.centre.fields);
    const hours = form.openingHours as { closed: boolean; open: string; close: string }[];
    expect(hours).toHaveLength(7);
    expect(hours[5]).toEqual({ closed: false, open: '07:30', close: '12:00' });
    expect(hours[6]?.closed).toBe(true);
  });
});

describe('catalogue editor: an edited field lands at its path', () => {
  const service = catalogue.services.find((s) => s.id === 'eid-renew')! as unknown as Entity;
  const fields = fieldsOf('services');

  it('writes nested and scaled values where they belong and leaves the rest alone', () => {
    const values = toForm(service, fields);
    expect(values['target.share']).toBe('80'); // shown as a percentage
    values['name.en'] = '  Renew an Emirates ID  ';
    values['target.share'] = '90';
    values['target.withinMinutes'] = '25';
    values.expectedMinutes = '7.5';
    values.priorityEligible = ['senior'];
    const saved = fromForm(values, fields, service);
    // The names in the other visitor languages, not on this form, are kept as they were (#19).
    expect(saved.name).toEqual({ ...(service.name as object), en: 'Renew an Emirates ID' });
    expect(saved.target).toEqual({ share: 0.9, withinMinutes: 25 });
    expect(saved.expectedMinutes).toBe(7.5);
    expect(saved.priorityEligible).toEqual(['senior']);
    expect({ ...saved, name: service.name, target: service.target }).toEqual({
      ...service,
      expectedMinutes: 7.5,
      priorityEligible: ['senior'],
    });
  });

  it('creates a nested object the entity did not have', () => {
    const profile = catalogue.workProfiles.find((p) => p.id === 'wp-identity')! as unknown as Entity;
    expect(profile.interleave).toBeUndefined();
    const values = toForm(profile, fieldsOf('workProfiles'));
    values['interleave.priority'] = '3';
    values['interleave.normal'] = '1';
    expect(fromForm(values, fieldsOf('workProfiles'), profile).interleave).toEqual({
      priority: 3,
      normal: 1,
    });
  });

  it('reads a JSON field and names the field when its JSON is broken', () => {
    const values = toForm(service, fields);
    values.requiredDocuments = '[{"ar": "صورة", "en": "Photo"}]';
    expect(fromForm(values, fields, service).requiredDocuments).toEqual([{ ar: 'صورة', en: 'Photo' }]);
    values.requiredDocuments = '[{"ar": ';
    let error: unknown;
    try {
      fromForm(values, fields, service);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(FieldError);
    expect((error as FieldError).field).toBe('requiredDocuments');
  });
});

describe('catalogue editor: an emptied optional field is removed', () => {
  it("drops a service's online link", () => {
    const service = catalogue.services.find((s) => s.id === 'eid-renew')! as unknown as Entity;
    expect(service.onlineUrl).toBeTruthy();
    const values = toForm(service, fieldsOf('services'));
    values.onlineUrl = '';
    const saved = fromForm(values, fieldsOf('services'), service);
    expect('onlineUrl' in saved).toBe(false);
    expect(saved.id).toBe('eid-renew');
  });

  it("drops a kiosk's location, but keeps a required name as typed (the hub reports it)", () => {
    const [kiosk] = entitiesOf('kiosks');
    const values = toForm(kiosk!, fieldsOf('kiosks'));
    values.location = '';
    expect('location' in fromForm(values, fieldsOf('kiosks'), kiosk!)).toBe(false);

    const agency = catalogue.agencies[0]! as unknown as Entity;
    const agencyValues = toForm(agency, fieldsOf('agencies'));
    agencyValues['name.en'] = '';
    expect(fromForm(agencyValues, fieldsOf('agencies'), agency).name).toEqual({
      ...catalogue.agencies[0]!.name,
      en: '',
    });
  });

  it("drops a work profile's interleave once both of its numbers are emptied", () => {
    const profile = catalogue.workProfiles.find(
      (p) => p.id === 'wp-municipality-labour',
    )! as unknown as Entity;
    expect(profile.interleave).toEqual({ priority: 1, normal: 1 });
    const values = toForm(profile, fieldsOf('workProfiles'));
    values['interleave.priority'] = '';
    values['interleave.normal'] = '';
    const saved = LISTS.workProfiles.finish!(fromForm(values, fieldsOf('workProfiles'), profile));
    expect('interleave' in saved).toBe(false);
    expect(saved.rules).toEqual(profile.rules);
  });
});

describe("catalogue editor: a kiosk's printer row", () => {
  const row = (address: string, more: Partial<PrinterRow> = {}): PrinterRow => ({
    address,
    type: 'epson',
    paperWidthMm: '80',
    mode: 'bitmap',
    ...more,
  });

  it('shows no printer as an empty address, and an empty address saves no printer', () => {
    expect(printerToForm(undefined)).toEqual(row(''));
    const kept = { connection: kioskConnection, type: 'epson' as const };
    expect(printerFromForm(row('   '), kept)).toBeUndefined();

    const [kiosk] = entitiesOf('kiosks');
    const values = toForm(kiosk!, fieldsOf('kiosks'));
    values.printer = { ...(values.printer as PrinterRow), address: '' };
    const saved = fromForm(values, fieldsOf('kiosks'), kiosk!);
    expect('printer' in saved).toBe(false);
    expect(saved.agencyIds).toEqual(['icp', 'traffic']);
  });

  for (const address of [
    'tcp://10.0.0.20:9100',
    'serial:/dev/ttyUSB0',
    'serial:/dev/ttyS1?baud=9600',
    'printer:Front_Desk',
  ]) {
    it(`round-trips ${address}`, () => {
      const form = row(address, { type: 'star', paperWidthMm: '58' });
      const saved = printerFromForm(form, undefined) as Parameters<typeof printerToForm>[0];
      expect(saved).toEqual({ connection: address, type: 'star', paperWidthMm: 58, mode: 'bitmap' });
      expect(printerToForm(saved)).toEqual(form);
      // The hub stores the parsed connection; the form shows it as the same address.
      const parsed = { ...saved!, connection: parsePrinterUri(address) };
      expect(printerUri(parsed.connection)).toBe(address);
      expect(printerToForm(parsed)).toEqual(form);
    });
  }

  it('trims the address and keeps the settings the form does not show', () => {
    const base = {
      id: 'kiosk-entrance',
      connection: kioskConnection,
      type: 'epson' as const,
      timeoutMs: 3000,
      statusPollMs: 20_000,
    };
    expect(printerFromForm(row('  printer:Lobby  ', { mode: 'text' }), base)).toEqual({
      id: 'kiosk-entrance',
      connection: 'printer:Lobby',
      type: 'epson',
      paperWidthMm: 80,
      mode: 'text',
      timeoutMs: 3000,
      statusPollMs: 20_000,
    });
  });
});
