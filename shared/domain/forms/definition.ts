/**
 * Checks on a form definition that neither zod nor JSON Schema can make: the schema is an object
 * schema that refuses unknown properties, every property has labels in both languages (and every
 * label a property), `required` names real properties, the order lists every top-level field once,
 * enum values have option labels, and ids are unique. Pure, so any channel can run it.
 */
import type { FormDefinition } from '../../contract/forms.js';

type JsonObject = Record<string, unknown>;
const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

export interface SchemaField {
  path: string;
  schema: JsonObject;
}

/** Every property of an object schema, nested objects included, as dotted paths in schema order. */
export function schemaFields(schema: JsonObject, prefix = ''): SchemaField[] {
  const props = isObject(schema.properties) ? schema.properties : {};
  return Object.entries(props).flatMap(([name, sub]) => {
    const path = prefix ? `${prefix}.${name}` : name;
    if (!isObject(sub)) return [{ path, schema: {} }];
    return [{ path, schema: sub }, ...(sub.type === 'object' ? schemaFields(sub, path) : [])];
  });
}

function objectProblems(schema: JsonObject, where: string): string[] {
  const problems: string[] = [];
  if (schema.type !== 'object') problems.push(`${where} must have "type": "object"`);
  if (schema.additionalProperties !== false) problems.push(`${where} must set "additionalProperties": false`);
  const props = isObject(schema.properties) ? schema.properties : undefined;
  if (!props || Object.keys(props).length === 0) problems.push(`${where} must list its "properties"`);
  const required = Array.isArray(schema.required) ? schema.required : [];
  for (const r of required)
    if (typeof r !== 'string' || !props || !(r in props))
      problems.push(`${where} requires "${String(r)}", which is not one of its properties`);
  return problems;
}

export function formDefinitionProblems(def: FormDefinition): string[] {
  const problems = objectProblems(def.schema, 'the schema');
  const fields = schemaFields(def.schema);
  for (const f of fields) {
    if (f.schema.type === 'object') problems.push(...objectProblems(f.schema, `field "${f.path}"`));
    const ui = def.fields[f.path];
    if (!ui) {
      problems.push(`field "${f.path}" has no labels (add fields["${f.path}"] with label.ar and label.en)`);
      continue;
    }
    const values = Array.isArray(f.schema.enum) ? f.schema.enum : [];
    for (const v of values)
      if (!ui.options?.[String(v)])
        problems.push(`field "${f.path}": the value "${String(v)}" has no option label in both languages`);
  }
  const paths = new Set(fields.map((f) => f.path));
  for (const p of Object.keys(def.fields))
    if (!paths.has(p)) problems.push(`labels are given for "${p}", which is not a field of the schema`);
  const topLevel = fields.filter((f) => !f.path.includes('.')).map((f) => f.path);
  const seen = new Set<string>();
  for (const p of def.order) {
    if (!topLevel.includes(p)) problems.push(`order lists "${p}", which is not a top-level field`);
    if (seen.has(p)) problems.push(`order lists "${p}" twice`);
    seen.add(p);
  }
  for (const p of topLevel) if (!seen.has(p)) problems.push(`order leaves out the field "${p}"`);
  const dup = (kind: string, ids: string[]) => {
    const s = new Set<string>();
    for (const id of ids) {
      if (s.has(id)) problems.push(`${kind} "${id}" is listed twice`);
      s.add(id);
    }
  };
  dup(
    'document',
    def.documents.map((d) => d.id),
  );
  dup(
    'fee',
    def.fees.map((f) => f.id),
  );
  return problems;
}

/** Total fees in AED, to the fils. */
export function totalFeesAed(def: FormDefinition): number {
  return Math.round(def.fees.reduce((n, f) => n + f.amountAed, 0) * 100) / 100;
}
