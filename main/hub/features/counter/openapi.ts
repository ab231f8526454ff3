/** The counter app's read routes (this folder's handlers) in the hub's OpenAPI document. */
import { ok, routeDocs, type RouteDoc } from '../../../api-docs/route-doc.js';
import { StaffList, Worklist } from '../../../../shared/contract/http-responses.js';

export const counterRoutes: RouteDoc[] = routeDocs('staff', {
  staff: {
    route: 'GET /api/v1/staff',
    summary: 'Staff names and roles (for transfers to a person).',
    answers: ok(StaffList, 'Staff'),
  },
  worklist: {
    route: 'GET /api/v1/counters/:counterId/worklist',
    summary: "A counter's work: the visit in hand, parked and assigned visits, and who is waiting.",
    answers: ok(Worklist, 'Worklist'),
    refuses: [404],
  },
});
