/**
 * Sends service request status changes to central as `ae.gov.dawr.request.status_changed`, from
 * their own outbox (service_request_outbox), and reads a request's status back for the public page.
 * The visit sync worker is left alone: its outbox is keyed to visit events, and requests made at
 * the kiosk usually have no visit. Same credential, same batch endpoint, same dedupe key (source, id).
 */
import type { CentralLink, HubCloudEvent } from '../../core/services/central-link.js';
import type { RequestResponse } from '../../../../shared/central/api.js';
import type { CustomerRef } from '../../../../shared/central/events.js';
import type { OutboxItem, ServiceRequestStore } from './service-request-store.js';

/** `customer` (identifier hashes only) puts the request on the citizen's timeline at central. */
export function requestEvent(item: OutboxItem, source: string, customer?: CustomerRef): HubCloudEvent {
  const occurredAt = new Date(item.at).toISOString();
  return {
    specversion: '1.0',
    id: item.id,
    source,
    type: 'ae.gov.dawr.request.status_changed',
    time: occurredAt,
    subject: item.number,
    datacontenttype: 'application/json',
    // This outbox's own increasing number: central orders one request's changes by it.
    dawrseq: item.seq,
    data: {
      requestNumber: item.number,
      status: item.status,
      agencyId: item.agencyId,
      serviceId: item.serviceId,
      ...(customer ? { customer } : {}),
      ...(item.assistedBy ? { staffId: item.assistedBy } : {}),
      occurredAt,
    },
  };
}

export interface RequestSync {
  /** Sends what is waiting now; resolves to how many were acknowledged. */
  flush(): Promise<number>;
  status(number: string, timeoutMs: number): Promise<RequestResponse | null>;
  stop(): void;
}

export function startRequestSync(opts: {
  store: ServiceRequestStore;
  link: CentralLink;
  now: () => number;
  log: (msg: string, err?: unknown) => void;
  /** The citizen's identifier hashes for a request, when its form carries them. */
  customerOf?: (requestNumber: string) => CustomerRef | undefined;
}): RequestSync {
  let stopped = false;
  let running: Promise<number> | null = null;

  const sendOnce = async (): Promise<number> => {
    const items = opts.store.unsent(100);
    if (items.length === 0) return 0;
    const reply = await opts.link.sendBatch(
      items.map((i) => requestEvent(i, opts.link.source, opts.customerOf?.(i.number))),
    );
    if (reply.kind !== 'ok') {
      opts.log(`service requests not sent to central: ${reply.error}`);
      return 0;
    }
    const ids = (r: { id?: string | null; index: number }) => r.id ?? items[r.index]?.id;
    // A rejected event keeps its reason and is not resent forever (it would be refused again).
    for (const r of reply.reply.results.filter((x) => x.status === 'rejected')) {
      const id = ids(r);
      opts.log(`central refused service request event ${id}: ${r.message ?? r.code}`);
      if (id) opts.store.markFailed(id, `${r.code ?? 'rejected'}: ${r.message ?? ''}`);
    }
    const acknowledged = reply.reply.results.map(ids).filter((id): id is string => !!id);
    opts.store.markSent(acknowledged, opts.now());
    return reply.reply.results.filter((r) => r.status !== 'rejected').length;
  };

  const flush = (): Promise<number> => {
    running ??= sendOnce()
      .catch((err: unknown) => {
        opts.log('service request sync failed', err);
        return 0;
      })
      .finally(() => (running = null));
    return running;
  };

  const timer = setInterval(() => {
    if (!stopped) void flush();
  }, opts.link.idleMs);
  timer.unref();

  return {
    flush,
    status: (number, timeoutMs) =>
      opts.link.requestStatus(number, { purpose: 'public request status page', actor: 'hub' }, timeoutMs),
    stop() {
      stopped = true;
      clearInterval(timer);
    },
  };
}
