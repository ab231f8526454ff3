/** The assisted-service routes (this folder's handlers) in the hub's OpenAPI document. */
import { ok, routeDocs, type RouteDoc } from '../../../api-docs/route-doc.js';
import { SubmitServiceRequestInput, SubmittedRequest } from '../../../../shared/contract/assisted.js';
import { PublicRequestPage } from '../../../../shared/contract/request-status.js';
import { HelpRequestList } from '../../../../shared/contract/http-responses.js';

export const assistedRoutes: RouteDoc[] = routeDocs('staff-with-role', {
  helpRequests: {
    route: 'GET /api/v1/help-requests',
    summary: 'Open help requests from kiosks (floor assistants, managers, admins).',
    answers: ok(HelpRequestList, 'Open requests'),
  },
  submitServiceRequest: {
    caller: 'staff-or-device',
    route: 'POST /api/v1/service-requests',
    summary: 'Submit a filled service form (at a kiosk or with an assistant); 32 KiB at most.',
    body: SubmitServiceRequestInput,
    answers: ok(SubmittedRequest, 'The request with its number and links', 201),
    refuses: [403, 404, 503],
  },
  publicRequestStatus: {
    caller: 'anyone-limited',
    route: 'GET /api/v1/public/requests/:token',
    summary:
      "A service request's status and history by its receipt's link token (from central when it answers); the request number alone is 404.",
    answers: ok(PublicRequestPage, 'Status'),
    refuses: [404],
  },
});
