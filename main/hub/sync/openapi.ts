/** The sync routes (this folder's handlers) in the hub's OpenAPI document. */
import type { RouteDoc } from '../../api-docs/route-doc.js';
import { SyncHealth } from '../../../shared/contract/sync.js';
import { CustomerHistory } from '../../../shared/contract/customer-history.js';

export const syncRoutes: RouteDoc[] = [
  {
    method: 'get',
    path: '/api/v1/sync/health',
    operationId: 'syncHealth',
    summary: 'The outbox to central: backlog, last success, dead letters (managers and admins).',
    security: 'session',
    response: { status: 200, schema: SyncHealth, description: 'Sync health' },
    errors: [401, 403],
  },
  {
    method: 'get',
    path: '/api/v1/visits/:visitId/customer-history',
    operationId: 'customerHistory',
    summary: "The visiting citizen's earlier interactions from central (staff; the read is logged).",
    security: 'session',
    response: {
      status: 200,
      schema: CustomerHistory,
      description: 'History (empty when central is out of reach)',
    },
    errors: [401, 404],
  },
];
