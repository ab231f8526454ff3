/**
 * The OpenAPI paths of the service-form routes (main/forms/routes.ts), for both the hub's and
 * central's documents: one description for routes that are the same on both.
 */
import * as z from 'zod';
import { FormDefinition, FormValidation, FormsFile } from '../../shared/contract/forms.js';

type JsonSchema = Record<string, unknown>;

const json = (s: z.ZodType): JsonSchema => ({
  'application/json': { schema: z.toJSONSchema(s, { io: 'output', unrepresentable: 'any' }) },
});
const serviceId = { name: 'serviceId', in: 'path', required: true, schema: { type: 'string' } };
const notFound = {
  '404': {
    description: 'The service has no form',
    content: {
      'application/json': {
        schema: { type: 'object', properties: { code: { type: 'string' }, message: { type: 'string' } } },
      },
    },
  },
};

export function formRoutesOpenApi(): Record<string, Record<string, JsonSchema>> {
  return {
    '/api/v1/forms': {
      get: {
        operationId: 'forms',
        summary: 'Every service form (JSON Schema, bilingual labels, documents, fees); public, ETag-cached.',
        security: [],
        responses: {
          '200': { description: 'All forms', content: json(FormsFile) },
          '304': { description: 'Unchanged' },
        },
      },
    },
    '/api/v1/services/{serviceId}/form': {
      get: {
        operationId: 'serviceForm',
        summary: "One service's form; public, cached by (serviceId, version).",
        security: [],
        parameters: [serviceId],
        responses: {
          '200': { description: 'The form', content: json(FormDefinition) },
          '304': { description: 'Unchanged' },
          ...notFound,
        },
      },
    },
    '/api/v1/services/{serviceId}/form/validate': {
      post: {
        operationId: 'validateServiceForm',
        summary:
          'Check form data against the service form; bilingual errors per field. Public; 16 KiB at most.',
        security: [],
        parameters: [serviceId],
        requestBody: { content: { 'application/json': { schema: { type: 'object' } } } },
        responses: {
          '200': { description: 'Valid, or the problems', content: json(FormValidation) },
          ...notFound,
        },
      },
    },
  };
}
