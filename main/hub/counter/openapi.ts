/** The counter app's read routes (this folder's handlers) in the hub's OpenAPI document. */
import type { RouteDoc } from '../../api-docs/route-doc.js';
import { StaffList, Worklist } from '../../../shared/contract/http-responses.js';

export const counterRoutes: RouteDoc[] = [
  {
    method: 'get',
    path: '/api/v1/staff',
    operationId: 'staff',
    summary: 'Staff names and roles (for transfers to a person).',
    security: 'session',
    response: { status: 200, schema: StaffList, description: 'Staff' },
    errors: [401],
  },
  {
    method: 'get',
    path: '/api/v1/counters/:counterId/worklist',
    operationId: 'worklist',
    summary: "A counter's work: the visit in hand, parked and assigned visits, and who is waiting.",
    security: 'session',
    response: { status: 200, schema: Worklist, description: 'Worklist' },
    errors: [401, 404],
  },
];
