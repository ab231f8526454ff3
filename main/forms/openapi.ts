/**
 * The service-form routes (main/forms/routes.ts) as route docs, for both the hub's and central's
 * documents: one description for routes that are the same on both.
 */
import * as z from 'zod';
import { FormDefinition, FormValidation, FormsFile } from '../../shared/contract/forms.js';
import { BODY_ERRORS, openApiPaths, type RouteDoc } from '../api-docs/route-doc.js';

const notModified = { '304': { description: 'Unchanged (If-None-Match matched the ETag)' } };

export const formRoutes: RouteDoc[] = [
  {
    method: 'get',
    path: '/api/v1/forms',
    operationId: 'forms',
    summary: 'Every service form (JSON Schema, bilingual labels, documents, fees); public, ETag-cached.',
    security: 'public',
    response: { status: 200, schema: FormsFile, description: 'All forms' },
    otherResponses: notModified,
    errors: [],
  },
  {
    method: 'get',
    path: '/api/v1/services/:serviceId/form',
    operationId: 'serviceForm',
    summary: "One service's form; public, cached by (serviceId, version).",
    security: 'public',
    response: { status: 200, schema: FormDefinition, description: 'The form' },
    otherResponses: notModified,
    errors: [404],
  },
  {
    method: 'post',
    path: '/api/v1/services/:serviceId/form/validate',
    operationId: 'validateServiceForm',
    summary: 'Check form data against the service form; bilingual errors per field. Public; 16 KiB at most.',
    security: 'public',
    body: z.record(z.string(), z.unknown()),
    response: { status: 200, schema: FormValidation, description: 'Valid, or the problems' },
    errors: [...BODY_ERRORS, 404],
  },
];

/** The form routes as OpenAPI paths (central's document adds them when it serves forms). */
export function formRoutesOpenApi(): ReturnType<typeof openApiPaths> {
  return openApiPaths(formRoutes);
}
