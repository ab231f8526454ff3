/** The assistant and FAQ editor routes (this folder's handlers) in the hub's OpenAPI document. */
import { ok, routeDocs, type RouteDoc } from '../../../api-docs/route-doc.js';
import {
  AskInput,
  AssistantAnswer,
  FaqEntry,
  UnansweredDismissed,
  UnansweredKey,
  UnansweredList,
  UnansweredQuery,
} from '../../../../shared/domain/assistant/contract.js';
import { FaqAudit, FaqAuditQuery, FaqChanged, FaqList } from '../../../../shared/contract/http-responses.js';

export const assistantRoutes: RouteDoc[] = routeDocs('staff-with-role', {
  askAssistant: {
    caller: 'anyone-limited',
    route: 'POST /api/v1/assistant/ask',
    summary: 'Ask the service assistant a question (Arabic or English); public or with a device key.',
    description: 'Limited per minute: per device with a key, per address without; 4 KiB at most.',
    body: AskInput,
    answers: ok(AssistantAnswer, 'The answer and the services it matched'),
    // A device key that is given must be valid.
    refuses: [401],
  },
  assistantUnanswered: {
    route: 'GET /api/v1/assistant/unanswered',
    summary: 'Questions the assistant handed over or was unsure of, redacted and grouped, most asked first.',
    query: UnansweredQuery,
    answers: ok(UnansweredList, 'Groups with counts'),
  },
  dismissAssistantUnanswered: {
    route: 'DELETE /api/v1/assistant/unanswered',
    summary: 'Dismiss a group of unanswered questions (once an FAQ entry answers it).',
    query: UnansweredKey,
    answers: ok(UnansweredDismissed, 'Dismissed'),
    refuses: [404],
  },
  faqs: {
    route: 'GET /api/v1/faqs',
    summary: "The assistant's FAQ entries (managers and admins).",
    answers: ok(FaqList, 'FAQs'),
  },
  faqAudit: {
    route: 'GET /api/v1/faqs/audit',
    summary: 'Who changed which FAQ entry, newest first.',
    query: FaqAuditQuery,
    answers: ok(FaqAudit, 'Audit'),
  },
  createFaq: {
    route: 'POST /api/v1/faqs',
    summary: 'Add an FAQ entry.',
    body: FaqEntry,
    answers: ok(FaqChanged, 'Created', 201),
    refuses: [409, 503],
  },
  updateFaq: {
    route: 'PUT /api/v1/faqs/:id',
    summary: 'Replace an FAQ entry (the id in the body, if any, must be the path’s).',
    body: FaqEntry,
    answers: ok(FaqChanged, 'Updated'),
    refuses: [404, 503],
  },
  deleteFaq: {
    route: 'DELETE /api/v1/faqs/:id',
    summary: 'Remove an FAQ entry.',
    answers: ok(FaqChanged, 'Deleted'),
    // 400: the id in the path is not a valid entry id.
    refuses: [400, 404, 503],
  },
});
