/**
 * What the counter's customer panel shows about a visit's citizen: this visit's history from the
 * hub, and earlier visits and other-channel interactions from the central profile when reachable.
 * Served by the hub at GET /api/v1/visits/:visitId/customer-history, to the counter that has called
 * or is serving the visit and to managers and admins (main/hub/features/sync/history-access.ts).
 */
import * as z from 'zod';

export const HistoryItem = z.object({
  at: z.number(),
  channel: z.string(),
  /** e.g. "visit", "call_centre", "website"; free text from central, shown as given. */
  kind: z.string(),
  summary: z.string().max(500),
  centreId: z.string().optional(),
  serviceId: z.string().optional(),
  outcome: z.string().optional(),
});
export type HistoryItem = z.infer<typeof HistoryItem>;

export const CustomerHistory = z.object({
  /** central: the merged timeline was read; local: central unreachable or not configured, hub's own records only; none: no identity given. */
  source: z.enum(['central', 'local', 'none']),
  /** Why central was not used, for the panel's plain message. */
  reason: z.string().optional(),
  items: z.array(HistoryItem),
});
export type CustomerHistory = z.infer<typeof CustomerHistory>;
