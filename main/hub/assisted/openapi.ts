/** The assisted-service routes (this folder's handlers) in the hub's OpenAPI document. */
import type { RouteDoc } from '../../api-docs/route-doc.js';
import { BODY_ERRORS } from '../../api-docs/route-doc.js';
import { SubmitServiceRequestInput, SubmittedRequest } from '../../../shared/contract/assisted.js';
import { PublicRequestPage } from '../../../shared/contract/request-status.js';
import { HelpRequestList } from '../../../shared/contract/http-responses.js';

export const assistedRoutes: RouteDoc[] = [
  {
    method: 'get',
    path: '/api/v1/help-requests',
    operationId: 'helpRequests',
    summary: 'Open help requests from kiosks (floor assistants, managers, admins).',
    security: 'session',
    response: { status: 200, schema: HelpRequestList, description: 'Open requests' },
    errors: [401, 403],
  },
  {
    method: 'post',
    path: '/api/v1/service-requests',
    operationId: 'submitServiceRequest',
    summary: 'Submit a filled service form (at a kiosk or with an assistant); 32 KiB at most.',
    security: 'session-or-device',
    body: SubmitServiceRequestInput,
    response: { status: 201, schema: SubmittedRequest, description: 'The request with its number and links' },
    errors: [...BODY_ERRORS, 401, 403, 404, 503],
  },
  {
    method: 'get',
    path: '/api/v1/public/requests/:number',
    operationId: 'publicRequestStatus',
    summary: "A service request's status and history by its number (from central when it answers).",
    security: 'public',
    response: { status: 200, schema: PublicRequestPage, description: 'Status' },
    errors: [404, 429],
  },
];
