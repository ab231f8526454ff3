// CentralStore over either SQL driver: the reads, and ingest delegated to ingest.ts.
import type { AccessLogEntry, RequestResponse, TimelineItem } from '../../../shared/central/api.js';
import type { CustomerRef, RequestStatus, TimelineChannel } from '../../../shared/central/events.js';
import { inList, type SqlDriver, type SqlValue } from './driver.js';
import { GroupedIngest } from './grouped-ingest.js';
import { ingestBatch } from './ingest.js';
import { interactionFromRow } from './rows.js';
import type {
  AccessRecord,
  CentralStore,
  ConsentRecord,
  IngestEvent,
  IngestOutcome,
  TimelinePage,
  TimelinePosition,
} from './types.js';

export class SqlCentralStore implements CentralStore {
  private readonly grouped: GroupedIngest | undefined;

  constructor(private readonly db: SqlDriver) {
    this.grouped = db.dialect === 'sqlite' ? new GroupedIngest(db) : undefined;
  }

  get dialect(): SqlDriver['dialect'] {
    return this.db.dialect;
  }

  ingest(events: readonly IngestEvent[], receivedAt: string): Promise<IngestOutcome[]> {
    if (events.length === 0) return Promise.resolve([]);
    if (this.grouped) return this.grouped.add(events, receivedAt);
    // A catching-up hub sends several batches at once. Run in parallel under SERIALIZABLE they
    // conflict on the same index pages until the retries run out (measured: 500s in the sync
    // bench), so one sender's batches take turns, as when hubs sent one at a time; different
    // senders still run in parallel.
    return this.oneAtATime(events[0]!.event.source, () =>
      this.db.transaction((tx) => ingestBatch(tx, events, receivedAt)),
    );
  }

  private readonly turns = new Map<string, Promise<unknown>>();

  private oneAtATime<T>(key: string, fn: () => Promise<T>): Promise<T> {
    const next = (this.turns.get(key) ?? Promise.resolve()).then(fn, fn);
    const settled = next.catch(() => undefined);
    this.turns.set(key, settled);
    void settled.then(() => {
      if (this.turns.get(key) === settled) this.turns.delete(key);
    });
    return next;
  }

  async findCustomer(ref: CustomerRef): Promise<string | null> {
    // The EID is asked first: a mobile number may since have passed to someone else.
    for (const [kind, hash] of [
      ['eid', ref.idHash],
      ['mobile', ref.mobileHash],
    ] as const) {
      if (!hash) continue;
      const rows = await this.db.query<{ customer_key: string }>(
        `SELECT customer_key FROM customer_identifiers WHERE kind = ? AND hash = ?`,
        [kind, hash],
      );
      if (rows[0]) return rows[0].customer_key;
    }
    return null;
  }

  async resolveCustomerKey(customerKey: string): Promise<string | null> {
    const live = await this.db.query(`SELECT 1 AS found FROM customers WHERE customer_key = ?`, [
      customerKey,
    ]);
    if (live.length > 0) return customerKey;
    const merged = await this.db.query<{ into_key: string }>(
      `SELECT into_key FROM customer_merges WHERE merged_key = ?`,
      [customerKey],
    );
    return merged[0]?.into_key ?? null;
  }

  async timeline(
    customerKey: string,
    options: { channel?: TimelineChannel; before?: TimelinePosition; limit: number },
  ): Promise<TimelinePage> {
    const where = ['customer_key = ?'];
    const params: SqlValue[] = [customerKey];
    if (options.channel) {
      where.push('channel = ?');
      params.push(options.channel);
    }
    if (options.before) {
      where.push('(occurred_at < ? OR (occurred_at = ? AND id < ?))');
      params.push(options.before.occurredAt, options.before.occurredAt, options.before.id);
    }
    // One row more than asked tells whether another page follows without a COUNT.
    params.push(options.limit + 1);
    const rows = await this.db.query(
      `SELECT * FROM interactions WHERE ${where.join(' AND ')} ORDER BY occurred_at DESC, id DESC LIMIT ?`,
      params,
    );
    const page = rows.slice(0, options.limit).map(interactionFromRow);
    const steps = new Map<string, TimelineItem['steps']>();
    if (page.length > 0) {
      const ids = page.map((r) => r.id);
      const stepRows = await this.db.query<{
        interaction_id: string;
        type: string;
        occurred_at: string;
        seq: number | null;
      }>(
        `SELECT interaction_id, type, occurred_at, seq FROM events WHERE interaction_id IN (${inList(ids.length)})
         ORDER BY interaction_id, occurred_at, seq`,
        ids,
      );
      for (const s of stepRows) {
        const list = steps.get(s.interaction_id) ?? [];
        list.push({ type: s.type, occurredAt: s.occurred_at, seq: s.seq === null ? null : Number(s.seq) });
        steps.set(s.interaction_id, list);
      }
    }
    const items: TimelineItem[] = page.map((r) => ({
      id: r.id,
      kind: r.kind,
      channel: r.channel,
      source: r.source,
      occurredAt: r.occurredAt,
      endedAt: r.endedAt,
      centreId: r.centreId,
      agencyId: r.agencyId,
      serviceIds: r.serviceIds,
      visitChannel: r.visitChannel as TimelineItem['visitChannel'],
      ticket: r.ticket,
      status: r.status,
      outcome: r.outcome,
      topic: r.topic,
      staffId: r.staffId,
      assisted: r.assisted,
      onBehalf: r.onBehalf,
      feedback: r.feedbackRating === null ? null : { rating: r.feedbackRating, comment: r.feedbackComment },
      requestNumber: r.requestNumber,
      requestStatus: r.requestStatus,
      // Steps are ordered by the sender's sequence where it has one, so clock skew cannot reorder a visit.
      steps: (steps.get(r.id) ?? []).sort((a, b) =>
        a.seq !== null && b.seq !== null ? a.seq - b.seq : a.occurredAt.localeCompare(b.occurredAt),
      ),
    }));
    const last = page.at(-1);
    return {
      items,
      next: rows.length > options.limit && last ? { occurredAt: last.occurredAt, id: last.id } : null,
    };
  }

  async request(number: string): Promise<RequestResponse | null> {
    const rows = await this.db.query(`SELECT * FROM requests WHERE number = ?`, [number]);
    const r = rows[0];
    if (!r) return null;
    const history = await this.db.query<{
      status: RequestStatus;
      channel: TimelineChannel;
      source: string;
      occurred_at: string;
      note: string | null;
    }>(
      `SELECT status, channel, source, occurred_at, note FROM request_history WHERE number = ? ORDER BY occurred_at, source, event_id`,
      [number],
    );
    return {
      number: String(r.number),
      status: r.status as RequestStatus,
      agencyId: String(r.agency_id),
      serviceId: r.service_id === null ? null : String(r.service_id),
      customerKey: r.customer_key === null ? null : String(r.customer_key),
      startedChannel: r.started_channel as TimelineChannel,
      updatedAt: String(r.status_at),
      history: history.map((h) => ({
        status: h.status,
        channel: h.channel,
        source: h.source,
        occurredAt: h.occurred_at,
        note: h.note,
      })),
    };
  }

  async consents(customerKey: string): Promise<ConsentRecord[]> {
    const rows = await this.db.query<{
      scope: string;
      granted: number;
      method: string | null;
      source: string;
      occurred_at: string;
    }>(
      `SELECT scope, granted, method, source, occurred_at FROM consents WHERE customer_key = ? ORDER BY occurred_at, source, event_id`,
      [customerKey],
    );
    return rows.map((r) => ({
      scope: r.scope,
      granted: Number(r.granted) === 1,
      method: r.method,
      source: r.source,
      occurredAt: r.occurred_at,
    }));
  }

  async recordAccess(record: AccessRecord): Promise<void> {
    await this.db.run(
      `INSERT INTO access_log (customer_key, at, reader, actor, purpose, action) VALUES (?, ?, ?, ?, ?, ?)`,
      [record.customerKey, record.at, record.reader, record.actor, record.purpose, record.action],
    );
  }

  async accessLog(
    customerKey: string,
    options: { beforeId?: number; limit: number },
  ): Promise<{ entries: AccessLogEntry[]; nextId: number | null }> {
    const params: SqlValue[] = [customerKey];
    let extra = '';
    if (options.beforeId !== undefined) {
      extra = ' AND id < ?';
      params.push(options.beforeId);
    }
    params.push(options.limit + 1);
    const rows = await this.db.query<{
      id: number;
      at: string;
      reader: string;
      actor: string;
      purpose: string;
      action: AccessLogEntry['action'];
    }>(
      `SELECT id, at, reader, actor, purpose, action FROM access_log WHERE customer_key = ?${extra} ORDER BY id DESC LIMIT ?`,
      params,
    );
    const page = rows.slice(0, options.limit);
    return {
      entries: page.map(({ at, reader, actor, purpose, action }) => ({ at, reader, actor, purpose, action })),
      nextId: rows.length > options.limit ? Number(page.at(-1)!.id) : null,
    };
  }

  close(): Promise<void> {
    return this.db.close();
  }
}
