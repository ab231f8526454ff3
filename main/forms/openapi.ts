/**
 * The service-form routes (main/forms/routes.ts) as route docs, for both the hub's and central's
 * documents: one description for routes that are the same on both.
 */
import * as z from 'zod';
import { FormDefinition, FormValidation, FormsFile } from '../../shared/contract/forms.js';
import { ok, openApiPaths, routeDocs, type RouteDoc } from '../api-docs/route-doc.js';

const notModified = { '304': { description: 'Unchanged (If-None-Match matched the ETag)' } };

const readRoutes: RouteDoc[] = routeDocs('anyone', {
  forms: {
    route: 'GET /api/v1/forms',
    summary: 'Every service form (JSON Schema, bilingual labels, documents, fees); public, ETag-cached.',
    answers: ok(FormsFile, 'All forms'),
    otherResponses: notModified,
  },
  serviceForm: {
    route: 'GET /api/v1/services/:serviceId/form',
    summary: "One service's form; public, cached by (serviceId, version).",
    answers: ok(FormDefinition, 'The form'),
    otherResponses: notModified,
    refuses: [404],
  },
});

/** The check of a form's data: limited per client on the hub (429), not on central, which has no such limits. */
const validateRoute = (caller: 'anyone' | 'anyone-limited'): RouteDoc[] =>
  routeDocs(caller, {
    validateServiceForm: {
      route: 'POST /api/v1/services/:serviceId/form/validate',
      summary:
        'Check form data against the service form; bilingual errors per field. Public; 16 KiB at most.',
      body: z.record(z.string(), z.unknown()),
      answers: ok(FormValidation, 'Valid, or the problems'),
      refuses: [404],
    },
  });

/** The form routes as the hub serves them. */
export const formRoutes: RouteDoc[] = [...readRoutes, ...validateRoute('anyone-limited')];

/** The form routes as OpenAPI paths (central's document adds them when it serves forms). */
export function formRoutesOpenApi(): ReturnType<typeof openApiPaths> {
  return openApiPaths([...readRoutes, ...validateRoute('anyone')]);
}
