/** The sync routes (this folder's handlers) in the hub's OpenAPI document. */
import { ok, routeDocs, type RouteDoc } from '../../../api-docs/route-doc.js';
import { SyncHealth } from '../../../../shared/contract/sync.js';
import { CustomerHistory } from '../../../../shared/contract/customer-history.js';

export const syncRoutes: RouteDoc[] = routeDocs('staff-with-role', {
  syncHealth: {
    route: 'GET /api/v1/sync/health',
    summary: 'The outbox to central: backlog, last success, dead letters (managers and admins).',
    answers: ok(SyncHealth, 'Sync health'),
  },
  customerHistory: {
    route: 'GET /api/v1/visits/:visitId/customer-history',
    summary: "The visiting citizen's earlier interactions from central (the read is logged).",
    description:
      'Only for the staff member whose open counter has called or is serving the visit, and for managers and admins; anyone else gets 403.',
    answers: ok(CustomerHistory, 'History (empty when central is out of reach)'),
    refuses: [404],
  },
});
