/**
 * The public request status page's answer (`GET /api/v1/public/requests/:token`): the request's
 * status with its history and the service's name. Nothing personal: no data, no customer, no notes.
 */
import * as z from 'zod';
import { LocalizedText } from './catalogue.js';
import { PublicRequestStatus, ServiceRequestStatus } from './assisted.js';

export const RequestHistoryEntry = z.object({ status: ServiceRequestStatus, at: z.number() });
export type RequestHistoryEntry = z.infer<typeof RequestHistoryEntry>;

export const PublicRequestPage = PublicRequestStatus.extend({
  serviceName: LocalizedText,
  /** Oldest first. */
  history: z.array(RequestHistoryEntry),
});
export type PublicRequestPage = z.infer<typeof PublicRequestPage>;
