/** Form definitions: the demo's compile; broken ones are refused naming service and problem; data errors are per field in both languages. */
import { describe, expect, it } from 'vitest';
import { DEMO_CATALOGUE } from '../../main/demo/catalogue.js';
import { DEMO_FORMS } from '../../main/demo/forms.js';
import { compileForms, FormDefinitionError } from '../../shared/domain/forms/validator.js';
import { totalFeesAed } from '../../shared/domain/forms/definition.js';
import type { FormDefinition } from '../../shared/contract/forms.js';
import { emiratesId } from './emirates-id.js';

const serviceIds = DEMO_CATALOGUE.services.map((s) => s.id);
const clone = (): FormDefinition[] => structuredClone(DEMO_FORMS);

function refusal(defs: unknown): string {
  try {
    compileForms(defs, serviceIds);
  } catch (e) {
    expect(e).toBeInstanceOf(FormDefinitionError);
    return (e as Error).message;
  }
  throw new Error('the definitions were accepted');
}

describe('demo forms', () => {
  it('compile, cover the five demo services, and total their fees', () => {
    const forms = compileForms(DEMO_FORMS, serviceIds);
    expect([...forms.keys()].sort()).toEqual([
      'eid-renew',
      'licence-renew',
      'residency-renew',
      'tenancy-attest',
      'work-permit',
    ]);
    expect(totalFeesAed(forms.get('eid-renew')!.definition)).toBe(140);
  });
});

describe('invalid definitions are refused with a clear message', () => {
  it('an unknown JSON Schema keyword (strict mode)', () => {
    const defs = clone();
    (defs[0]!.schema.properties as Record<string, Record<string, unknown>>).mobile!.patern = '^05';
    expect(refusal(defs)).toMatch(/form for service "eid-renew".*unknown keyword: "patern"/s);
  });
  it('a field without an English label', () => {
    const defs = clone();
    (defs[1]!.fields.passportNumber!.label as { en?: string }).en = undefined;
    expect(refusal(defs)).toMatch(/form for service "residency-renew": fields\.passportNumber\.label\.en/);
  });
  it('a field with no labels at all, and labels for a field that does not exist', () => {
    const defs = clone();
    delete defs[2]!.fields.trafficFileNumber;
    defs[2]!.fields.plateNumber = { label: { ar: 'رقم اللوحة', en: 'Plate number' }, widget: 'text' };
    const m = refusal(defs);
    expect(m).toMatch(/"licence-renew": field "trafficFileNumber" has no labels/);
    expect(m).toMatch(/"licence-renew": labels are given for "plateNumber"/);
  });
  it('a required property that is not defined, and a schema open to extra properties', () => {
    const defs = clone();
    (defs[3]!.schema.required as string[]).push('plotNumber');
    defs[3]!.schema.additionalProperties = true;
    const m = refusal(defs);
    expect(m).toMatch(/"tenancy-attest": the schema requires "plotNumber"/);
    expect(m).toMatch(/"tenancy-attest": the schema must set "additionalProperties": false/);
  });
  it('an enum value without option labels, and a field missing from the order', () => {
    const defs = clone();
    const premises = (defs[3]!.schema.properties as Record<string, { enum: string[] }>).premisesType!;
    premises.enum.push('farm');
    defs[3]!.order = defs[3]!.order.filter((f) => f !== 'email');
    const m = refusal(defs);
    expect(m).toMatch(/field "premisesType": the value "farm" has no option label/);
    expect(m).toMatch(/order leaves out the field "email"/);
  });
  it('a form for a service the catalogue does not have, and a service defined twice', () => {
    const defs = clone();
    defs.push({ ...defs[0]!, serviceId: 'no-such-service' }, defs[0]!);
    const m = refusal(defs);
    expect(m).toMatch(/form for service "no-such-service": no such service/);
    expect(m).toMatch(/form for service "eid-renew": defined twice/);
  });
  it('a malformed schema value (a type that is not a JSON Schema type)', () => {
    const defs = clone();
    (defs[4]!.schema.properties as Record<string, Record<string, unknown>>).jobTitle!.type = 'text';
    expect(refusal(defs)).toMatch(/"work-permit": the schema is not valid JSON Schema 2020-12/);
  });
  it('something that is not a form at all', () => {
    expect(refusal([42])).toMatch(/form #1/);
  });
});

describe('validating submitted data', () => {
  const forms = compileForms(DEMO_FORMS, serviceIds);
  const eid = forms.get('eid-renew')!;
  const good = {
    emiratesId: emiratesId(),
    mobile: '050 123 4567',
    address: { emirate: 'dubai', area: 'Al Barsha' },
    validityYears: 5,
  };

  it('accepts good data', () => {
    expect(eid.validate(good)).toEqual({ valid: true, data: good });
  });

  it('reports each bad field with messages in both languages, using the field labels', () => {
    const r = eid.validate({
      emiratesId: '784-1990-123456',
      mobile: '12345',
      address: { emirate: 'paris' },
      validityYears: 3,
      nickname: 'x',
    });
    expect(r.valid).toBe(false);
    if (r.valid) return;
    const by = Object.fromEntries(r.errors.map((e) => [e.field, e]));
    expect(by.emiratesId!.message.en).toMatch(/Not a valid Emirates ID/);
    expect(by.mobile!.message.ar).toMatch(/05/);
    expect(by['address.emirate']).toMatchObject({
      keyword: 'enum',
      message: { en: 'Choose one of the options for Emirate', ar: 'اختر أحد الخيارات في الإمارة' },
    });
    expect(by['address.area']).toMatchObject({
      keyword: 'required',
      message: { en: 'Area is required', ar: 'المنطقة مطلوبة' },
    });
    expect(by.validityYears!.keyword).toBe('enum');
    expect(by.nickname!.message.en).toBe('"nickname" is not a field of this form');
  });

  it('checks dates, numbers and patterns', () => {
    const r = forms.get('work-permit')!.validate({
      establishmentNumber: '12',
      workerName: 'A',
      workerPassportNumber: 'ab12',
      nationality: 'IND',
      jobTitle: 'Driver',
      monthlySalaryAed: 500,
      contractStart: '2025-13-40',
      employerMobile: '0501234567',
    });
    expect(r.valid).toBe(false);
    if (r.valid) return;
    expect(r.errors.map((e) => e.field).sort()).toEqual([
      'contractStart',
      'establishmentNumber',
      'monthlySalaryAed',
      'workerName',
      'workerPassportNumber',
    ]);
    expect(r.errors.find((e) => e.field === 'monthlySalaryAed')!.message.en).toBe(
      'Monthly salary (AED) must be at least 1000',
    );
  });
});
