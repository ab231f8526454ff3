/**
 * The kiosk's view of a service form, as plain functions: which inputs to show in which order, the
 * values typed as strings turned into the data the hub validates, and what the citizen already gave
 * (Emirates ID or mobile at identification) filled in so it is never asked twice.
 */
import type { FormDefinition, FieldUi } from '../../shared/contract/forms.js';
import type { IdentityInput } from '../../shared/contract/operations.js';

export interface AskedField {
  path: string;
  ui: FieldUi;
  type: string | undefined;
  required: boolean;
}

type Schema = { type?: string; properties?: Record<string, Schema>; required?: string[] };

function schemaAt(schema: Schema, path: string): { node: Schema | undefined; required: boolean } {
  const parts = path.split('.');
  let node: Schema | undefined = schema;
  let required = true;
  for (const p of parts) {
    required = required && (node?.required ?? []).includes(p);
    node = node?.properties?.[p];
  }
  return { node, required };
}

/** Inputs in asking order; a group's members follow it. */
export function askedFields(def: FormDefinition): AskedField[] {
  const schema = def.schema as Schema;
  const out: AskedField[] = [];
  for (const key of def.order) {
    const ui = def.fields[key];
    if (!ui) continue;
    const paths =
      ui.widget === 'group' ? Object.keys(def.fields).filter((p) => p.startsWith(`${key}.`)) : [key];
    for (const path of paths) {
      const { node, required } = schemaAt(schema, path);
      out.push({ path, ui: def.fields[path]!, type: node?.type, required });
    }
  }
  return out;
}

/** Values as typed (strings) → the nested data object; empty inputs are left out. */
export function formData(
  fields: readonly AskedField[],
  values: Record<string, string>,
): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const f of fields) {
    const raw = (values[f.path] ?? '').trim();
    if (raw === '') continue;
    let value: unknown = raw;
    if (f.type === 'integer' || f.type === 'number') value = Number(raw);
    else if (f.type === 'boolean') value = raw === 'true';
    const parts = f.path.split('.');
    let node = data;
    for (const p of parts.slice(0, -1)) node = (node[p] ??= {}) as Record<string, unknown>;
    node[parts[parts.length - 1]!] = value;
  }
  return data;
}

/** What identification already told us, for the fields that ask for it. */
export function prefill(
  fields: readonly AskedField[],
  identity: IdentityInput | null,
): Record<string, string> {
  if (!identity) return {};
  const out: Record<string, string> = {};
  for (const f of fields) {
    if (identity.kind === 'emiratesId' && f.path === 'emiratesId') out[f.path] = identity.value;
    if (identity.kind === 'mobile' && f.path === 'mobile') out[f.path] = identity.value;
  }
  return out;
}

/**
 * Acting for someone else needs both the relation and the kind of authorisation: which of the two
 * are still missing (none when the citizen acts for themself).
 */
export function onBehalfProblems(
  onBehalf: boolean,
  relation: string,
  authorisation: string,
): ('relation' | 'authorisation')[] {
  if (!onBehalf) return [];
  const missing: ('relation' | 'authorisation')[] = [];
  if (!relation) missing.push('relation');
  if (!authorisation) missing.push('authorisation');
  return missing;
}
