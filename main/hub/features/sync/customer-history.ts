/**
 * The counter panel's view of a citizen: the merged timeline from central when it answers within
 * a short timeout (cached briefly, so a panel re-render does not re-query), otherwise the hub's
 * own earlier visits for the same hashes and the reason central was not used.
 */
import type { TimelineItem } from '../../../../shared/central/api.js';
import type { CustomerHistory, HistoryItem } from '../../../../shared/contract/customer-history.js';
import type { CustomerRef, Visit } from '../../../../shared/contract/visit.js';
import type { Db } from '../../core/store/database.js';
import type { CentralClient } from './central-client.js';
import { visitsOfCustomer } from '../../core/store/visit-identity.js';
import { hubSource } from './map-event.js';

export const READ_PURPOSE = 'counter service';

export function summariseTimelineItem(item: TimelineItem): HistoryItem {
  const summary =
    item.kind === 'visit'
      ? [item.ticket, item.status].filter(Boolean).join(' ')
      : item.kind === 'request_update'
        ? `${item.requestNumber ?? ''} ${item.requestStatus ?? ''}`.trim()
        : (item.topic ?? item.outcome ?? item.kind);
  return {
    at: Date.parse(item.occurredAt),
    channel: item.channel,
    kind: item.kind === 'visit' ? 'visit' : item.channel,
    summary: summary.slice(0, 500),
    ...(item.centreId ? { centreId: item.centreId } : {}),
    ...(item.serviceIds[0] ? { serviceId: item.serviceIds[0] } : {}),
    ...(item.outcome ? { outcome: item.outcome } : {}),
  };
}

/** Earlier visits shown when central does not answer: the newest this many. */
const LOCAL_HISTORY_LIMIT = 50;

/** The hub's own visits of the same citizen (other than this one), newest first. */
export function localHistory(
  db: Db,
  visitId: string,
  customer: CustomerRef,
  centreId: string,
): HistoryItem[] {
  return visitsOfCustomer(db, visitId, customer, LOCAL_HISTORY_LIMIT).map((v) => ({
    at: v.issuedAt,
    channel: 'centre',
    kind: 'visit',
    summary: `${v.ticket} ${v.status}`,
    centreId,
    serviceId: v.serviceIds[0],
    ...(v.outcome ? { outcome: v.outcome } : {}),
  }));
}

/**
 * Whether a central timeline item is the visit at the counter itself: this hub syncs it too, and the
 * panel shows it as "this visit", so it is not an earlier one. Central names a visit's row
 * `visit:<source>:<visit id>` (main/central/store/projection.ts, visitRowId).
 */
export function isThisVisit(item: TimelineItem, visitId: string, centreId: string): boolean {
  return item.kind === 'visit' && item.id === `visit:${hubSource(centreId)}:${visitId}`;
}

export interface HistoryReader {
  read(visit: Visit, staffId: string): Promise<CustomerHistory>;
}

export function createHistoryReader(opts: {
  db: Db;
  client: CentralClient | undefined;
  centreId: () => string;
  timeoutMs: number;
  cacheMs: number;
  now: () => number;
}): HistoryReader {
  const cache = new Map<string, { until: number; timeline: TimelineItem[] }>();
  return {
    async read(visit, staffId) {
      const customer = visit.customer;
      if (!customer?.idHash && !customer?.mobileHash) return { source: 'none', items: [] };
      const local = (reason: string): CustomerHistory => ({
        source: 'local',
        reason,
        items: localHistory(opts.db, visit.id, customer, opts.centreId()),
      });
      if (!opts.client) return local('central_not_configured');
      // Per reader: each staff member's first read must reach central's access log.
      const key = `${staffId}|${customer.idHash ?? ''}|${customer.mobileHash ?? ''}`;
      const cached = cache.get(key);
      // Cached per citizen, not per visit: the visit at the counter is left out on each read.
      const earlier = (timeline: readonly TimelineItem[]): CustomerHistory => ({
        source: 'central',
        items: timeline
          .filter((item) => !isThisVisit(item, visit.id, opts.centreId()))
          .map(summariseTimelineItem),
      });
      if (cached && cached.until > opts.now()) return earlier(cached.timeline);
      const started = opts.now();
      const remaining = () => Math.max(50, opts.timeoutMs - (opts.now() - started));
      try {
        const reader = { purpose: READ_PURPOSE, actor: staffId };
        const ref = {
          ...(customer.idHash ? { idHash: customer.idHash } : {}),
          ...(customer.mobileHash ? { mobileHash: customer.mobileHash } : {}),
        };
        const customerKey = await opts.client.lookup(ref, reader, remaining());
        const timeline = customerKey ? await opts.client.timeline(customerKey, reader, remaining()) : [];
        if (cache.size > 1000) cache.clear();
        cache.set(key, { until: opts.now() + opts.cacheMs, timeline });
        return earlier(timeline);
      } catch (e) {
        const timedOut = e instanceof Error && (e.name === 'TimeoutError' || e.name === 'AbortError');
        return local(timedOut ? 'central_timeout' : 'central_unreachable');
      }
    },
  };
}
