/**
 * Who a service request is for, as central knows customers: the keyed hashes of the Emirates ID
 * and mobile the form carries. The fields are found by their JSON Schema format (`emirates-id`,
 * `uae-mobile`), so any agency's form works without naming its fields here.
 */
import type { CustomerRef } from '../../../../shared/central/events.js';
import { schemaFields } from '../../../../shared/domain/forms/definition.js';
import { normaliseEmiratesId, normaliseUaeMobile } from '../../../../shared/domain/identity.js';

export type HashIdentity = (kind: 'eid' | 'mobile', normalised: string) => string;

function valueAt(data: Record<string, unknown>, path: string): unknown {
  let v: unknown = data;
  for (const part of path.split('.')) {
    if (typeof v !== 'object' || v === null) return undefined;
    v = (v as Record<string, unknown>)[part];
  }
  return v;
}

/** The first valid Emirates ID and mobile in the data, hashed; undefined when the form has neither. */
export function requestCustomer(
  schema: Record<string, unknown>,
  data: Record<string, unknown>,
  hash: HashIdentity,
): CustomerRef | undefined {
  let idHash: string | undefined;
  let mobileHash: string | undefined;
  for (const field of schemaFields(schema)) {
    const value = valueAt(data, field.path);
    if (typeof value !== 'string') continue;
    if (field.schema.format === 'emirates-id' && !idHash) {
      const n = normaliseEmiratesId(value);
      if (n) idHash = hash('eid', n);
    } else if (field.schema.format === 'uae-mobile' && !mobileHash) {
      const n = normaliseUaeMobile(value);
      if (n) mobileHash = hash('mobile', n);
    }
  }
  if (!idHash && !mobileHash) return undefined;
  return { ...(idHash ? { idHash } : {}), ...(mobileHash ? { mobileHash } : {}) };
}
