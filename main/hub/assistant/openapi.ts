/** The assistant and FAQ editor routes (this folder's handlers) in the hub's OpenAPI document. */
import type { RouteDoc } from '../../api-docs/route-doc.js';
import { BODY_ERRORS } from '../../api-docs/route-doc.js';
import { AskInput, AssistantAnswer, FaqEntry } from '../../../shared/domain/assistant/contract.js';
import { FaqAudit, FaqAuditQuery, FaqChanged, FaqList } from '../../../shared/contract/http-responses.js';

export const assistantRoutes: RouteDoc[] = [
  {
    method: 'post',
    path: '/api/v1/assistant/ask',
    operationId: 'askAssistant',
    summary: 'Ask the service assistant a question (Arabic or English); public or with a device key.',
    description: 'Limited per minute: per device with a key, per address without; 4 KiB at most.',
    security: 'public',
    body: AskInput,
    response: { status: 200, schema: AssistantAnswer, description: 'The answer and the services it matched' },
    errors: [...BODY_ERRORS, 401, 429],
  },
  {
    method: 'get',
    path: '/api/v1/faqs',
    operationId: 'faqs',
    summary: "The assistant's FAQ entries (managers and admins).",
    security: 'session',
    response: { status: 200, schema: FaqList, description: 'FAQs' },
    errors: [401, 403],
  },
  {
    method: 'get',
    path: '/api/v1/faqs/audit',
    operationId: 'faqAudit',
    summary: 'Who changed which FAQ entry, newest first.',
    security: 'session',
    query: FaqAuditQuery,
    response: { status: 200, schema: FaqAudit, description: 'Audit' },
    errors: [400, 401, 403],
  },
  {
    method: 'post',
    path: '/api/v1/faqs',
    operationId: 'createFaq',
    summary: 'Add an FAQ entry.',
    security: 'session',
    body: FaqEntry,
    response: { status: 201, schema: FaqChanged, description: 'Created' },
    errors: [...BODY_ERRORS, 401, 403, 409, 503],
  },
  {
    method: 'put',
    path: '/api/v1/faqs/:id',
    operationId: 'updateFaq',
    summary: 'Replace an FAQ entry (the id in the body, if any, must be the path’s).',
    security: 'session',
    body: FaqEntry,
    response: { status: 200, schema: FaqChanged, description: 'Updated' },
    errors: [...BODY_ERRORS, 401, 403, 404, 503],
  },
  {
    method: 'delete',
    path: '/api/v1/faqs/:id',
    operationId: 'deleteFaq',
    summary: 'Remove an FAQ entry.',
    security: 'session',
    response: { status: 200, schema: FaqChanged, description: 'Deleted' },
    errors: [400, 401, 403, 404, 503],
  },
];
