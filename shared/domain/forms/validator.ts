/**
 * Loading and using form definitions with Ajv (JSON Schema 2020-12, strict mode).
 * Ajv compiles each schema to JavaScript with `new Function`, which the kiosk's CSP forbids, so
 * this module is for the hub and central; the kiosk asks the hub
 * (`POST /api/v1/services/:serviceId/form/validate`) and shows the bilingual messages it returns.
 */
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { FormDefinition, type FieldError, type FormValidation } from '../../contract/forms.js';
import { emiratesIdProblem, normaliseEmiratesId, normaliseUaeMobile } from '../identity.js';
import { formDefinitionProblems } from './definition.js';
import { fieldErrorMessage, unknownFieldMessage } from './messages.js';
import { describeIssue } from '../../contract/validation-errors.js';

// ajv-formats is CommonJS; under NodeNext its default export arrives wrapped.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ??
  addFormatsModule) as unknown as (ajv: Ajv2020, formats: string[]) => Ajv2020;

export class FormDefinitionError extends Error {
  override name = 'FormDefinitionError';
}

export interface CompiledForm {
  definition: FormDefinition;
  validate(data: unknown): FormValidation;
}

/** Formats a form may use besides the standard ones: UAE identity documents and numbers. */
const CUSTOM_FORMATS: Record<string, (s: string) => boolean> = {
  'emirates-id': (s) => normaliseEmiratesId(s) !== null,
  'uae-mobile': (s) => normaliseUaeMobile(s) !== null,
};

function newAjv(): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, allErrors: true, validateFormats: true });
  addFormats(ajv, ['email', 'date', 'uri']);
  for (const [name, validate] of Object.entries(CUSTOM_FORMATS))
    ajv.addFormat(name, { type: 'string', validate });
  return ajv;
}

/** The value an error points at (its instance path), for errors that depend on it. */
function valueAt(data: unknown, instancePath: string): unknown {
  let node = data;
  for (const part of instancePath.split('/').filter(Boolean))
    node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
  return node;
}

/**
 * An Emirates ID of the right shape whose last digit does not check is a `checkDigit` error, not a
 * `format` one: "15 digits starting with 784" would send the citizen after a rule already met.
 */
function keywordOf(e: ErrorObject, data: unknown): string {
  if (e.keyword !== 'format' || e.params.format !== 'emirates-id') return e.keyword;
  const value = valueAt(data, e.instancePath);
  return typeof value === 'string' && emiratesIdProblem(value) === 'checkDigit' ? 'checkDigit' : e.keyword;
}

function toFieldError(e: ErrorObject, def: FormDefinition, data: unknown): FieldError {
  const base = e.instancePath.split('/').filter(Boolean).join('.');
  if (e.keyword === 'additionalProperties') {
    const name = String(e.params.additionalProperty);
    return { field: base ? `${base}.${name}` : name, keyword: e.keyword, message: unknownFieldMessage(name) };
  }
  const field =
    e.keyword === 'required' ? [base, String(e.params.missingProperty)].filter(Boolean).join('.') : base;
  const ui = def.fields[field];
  const label = ui?.label ?? { ar: field || 'النموذج', en: field || 'The form' };
  const keyword = keywordOf(e, data);
  const custom = ui?.errors?.[keyword];
  return {
    field,
    keyword,
    message: custom ?? fieldErrorMessage(keyword, e.params, label, ui?.arGender),
  };
}

/**
 * Compiles every definition, or throws one FormDefinitionError listing each problem with the
 * service it belongs to. `serviceIds` are the catalogue's: a form for an unknown service is refused.
 */
export function compileForms(definitions: unknown, serviceIds: readonly string[]): Map<string, CompiledForm> {
  const list = Array.isArray(definitions) ? definitions : [definitions];
  const ajv = newAjv();
  const known = new Set(serviceIds);
  const problems: string[] = [];
  const forms = new Map<string, CompiledForm>();
  list.forEach((raw, i) => {
    const rawId = (raw as { serviceId?: unknown } | null)?.serviceId;
    const who = typeof rawId === 'string' ? `form for service "${rawId}"` : `form #${i + 1}`;
    const parsed = FormDefinition.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        problems.push(`${who}: ${describeIssue(issue, { root: '(root)' })}`);
      return;
    }
    const def = parsed.data;
    if (!known.has(def.serviceId)) problems.push(`${who}: no such service in the catalogue`);
    if (forms.has(def.serviceId)) problems.push(`${who}: defined twice`);
    const structural = formDefinitionProblems(def);
    problems.push(...structural.map((p) => `${who}: ${p}`));
    if (!ajv.validateSchema(def.schema)) {
      problems.push(`${who}: the schema is not valid JSON Schema 2020-12: ${ajv.errorsText(ajv.errors)}`);
      return;
    }
    let validate: ValidateFunction;
    try {
      validate = ajv.compile(def.schema);
    } catch (e) {
      problems.push(`${who}: the schema does not compile: ${(e as Error).message}`);
      return;
    }
    if (structural.length) return;
    forms.set(def.serviceId, {
      definition: def,
      validate(data) {
        if (validate(data)) return { valid: true, data: data as Record<string, unknown> };
        return { valid: false, errors: (validate.errors ?? []).map((e) => toFieldError(e, def, data)) };
      },
    });
  });
  if (problems.length) throw new FormDefinitionError(`invalid form definitions:\n- ${problems.join('\n- ')}`);
  return forms;
}
