/**
 * Where service forms come from, for the hub and for central: a JSON file `{"forms": [...]}`
 * (DAWR_FORMS_FILE on a hub, DAWR_CENTRAL_FORMS_FILE on central), else the demo's forms.
 */
import { readFileSync } from 'node:fs';
import { FormsFile } from '../../shared/contract/forms.js';
import { compileForms, FormDefinitionError, type CompiledForm } from '../../shared/domain/forms/validator.js';
import { DEMO_FORMS } from '../demo/forms.js';

/** The definitions in a forms file, or a FormDefinitionError naming the file and the problem. */
export function readFormsFile(file: string): unknown[] {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new FormDefinitionError(`forms file ${file} could not be read as JSON: ${(e as Error).message}`);
  }
  // The envelope only: each form's own problems are reported, with its service, by compileForms.
  if (
    !FormsFile.safeParse(json).success &&
    !(json && typeof json === 'object' && Array.isArray((json as { forms?: unknown }).forms))
  )
    throw new FormDefinitionError(`forms file ${file} must be {"forms": [ …form definitions… ]}`);
  return (json as { forms: unknown[] }).forms;
}

/**
 * Reads and compiles the forms, or throws a FormDefinitionError that says what is wrong and where.
 * `serviceIds` are the services forms may be for; central, which has no catalogue, passes 'any'.
 * Without a file, the demo forms apply to the services that exist (none, for another centre).
 */
export function loadForms(
  file: string | undefined,
  serviceIds: readonly string[] | 'any',
): Map<string, CompiledForm> {
  const definitions = file
    ? readFormsFile(file)
    : DEMO_FORMS.filter((f) => serviceIds === 'any' || serviceIds.includes(f.serviceId));
  const ids =
    serviceIds === 'any'
      ? definitions.map((d) => String((d as { serviceId?: unknown } | null)?.serviceId ?? ''))
      : serviceIds;
  try {
    return compileForms(definitions, ids);
  } catch (e) {
    if (file && e instanceof FormDefinitionError)
      throw new FormDefinitionError(`forms file ${file}: ${e.message}`);
    throw e;
  }
}
