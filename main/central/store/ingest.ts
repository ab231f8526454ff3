// One ingest batch inside one transaction: dedupe on (source, id), resolve customers, fold
// events into timeline and request rows, and write everything with multi-row statements so a
// 500-event batch costs a handful of round trips instead of thousands (which matters on PostgreSQL).
import type { CentralEvent } from '../../../shared/central/events.js';
import { CustomerResolver } from './customers.js';
import { chunk, inList, valuesList, type SqlExecutor, type SqlValue } from './driver.js';
import {
  applyContact,
  applyFeedback,
  applyRequestStatus,
  applyVisitEvent,
  contactRowId,
  emptyRow,
  isoUtc,
  requestUpdateRowId,
  visitRowId,
  type InteractionRow,
} from './projection.js';
import { INTERACTION_COLUMNS, rowFromInteraction, interactionFromRow, requestFromRow } from './rows.js';
import type { IngestEvent, IngestOutcome } from './types.js';

const eventKey = (source: string, id: string): string => `${source}\u0000${id}`;

function occurredAtOf(ev: CentralEvent): string {
  return isoUtc(ev.type === 'ae.gov.dawr.interaction.recorded' ? ev.data.startedAt : ev.data.occurredAt);
}

/** The timeline row an event lands on (null for consent records). */
function targetRowId(ev: CentralEvent): string | null {
  switch (ev.type) {
    case 'ae.gov.dawr.feedback.given':
      return ev.data.visitId !== undefined
        ? visitRowId(ev.source, ev.data.visitId)
        : contactRowId(ev.source, ev.data.interactionId!);
    case 'ae.gov.dawr.interaction.recorded':
      return contactRowId(ev.source, ev.data.interactionId);
    case 'ae.gov.dawr.request.status_changed':
      return requestUpdateRowId(ev.source, ev.id);
    case 'ae.gov.dawr.consent.recorded':
      return null;
    default:
      return visitRowId(ev.source, ev.data.visitId);
  }
}

async function insertNewEvents(
  tx: SqlExecutor,
  events: readonly IngestEvent[],
  receivedAt: string,
): Promise<Set<string>> {
  const inserted = new Set<string>();
  for (const part of chunk(events, 9)) {
    const params: SqlValue[] = [];
    for (const { event: ev } of part) {
      params.push(
        ev.source,
        ev.id,
        ev.type,
        ev.dawrseq ?? null,
        occurredAtOf(ev),
        receivedAt,
        ev.subject ?? null,
        targetRowId(ev),
        JSON.stringify(ev.data),
      );
    }
    const rows = await tx.query<{ source: string; id: string }>(
      `INSERT INTO events (source, id, type, seq, occurred_at, received_at, subject, interaction_id, data)
       VALUES ${valuesList(part.length, 9)} ON CONFLICT (source, id) DO NOTHING RETURNING source, id`,
      params,
    );
    for (const r of rows) inserted.add(eventKey(r.source, r.id));
  }
  return inserted;
}

/** The stored rows whose key is among `keys`, by key (the column and the row's field share its name). */
async function loadByKey<Key extends 'id' | 'number', Row extends Record<Key, string>>(
  tx: SqlExecutor,
  table: 'interactions' | 'requests',
  key: Key,
  keys: readonly string[],
  fromRow: (r: Record<string, unknown>) => Row,
): Promise<Map<string, Row>> {
  const out = new Map<string, Row>();
  for (const part of chunk(keys, 1)) {
    const rows = await tx.query(`SELECT * FROM ${table} WHERE ${key} IN (${inList(part.length)})`, part);
    for (const r of rows) {
      const row = fromRow(r);
      out.set(row[key], row);
    }
  }
  return out;
}

export async function ingestBatch(
  tx: SqlExecutor,
  events: readonly IngestEvent[],
  receivedAt: string,
): Promise<IngestOutcome[]> {
  // A repeat inside the batch itself is a duplicate of its first occurrence.
  const firstIndex = new Map<string, number>();
  events.forEach(({ event: ev }, i) => {
    if (!firstIndex.has(eventKey(ev.source, ev.id))) firstIndex.set(eventKey(ev.source, ev.id), i);
  });
  const unique = events.filter(({ event: ev }, i) => firstIndex.get(eventKey(ev.source, ev.id)) === i);
  const inserted = await insertNewEvents(tx, unique, receivedAt);
  const outcomes = events.map(({ event: ev }, i): IngestOutcome => {
    const key = eventKey(ev.source, ev.id);
    return firstIndex.get(key) === i && inserted.has(key) ? 'accepted' : 'duplicate';
  });
  const fresh = events.filter((_, i) => outcomes[i] === 'accepted');
  if (fresh.length === 0) return outcomes;

  const refs = fresh.flatMap(({ event: ev }) =>
    'customer' in ev.data && ev.data.customer ? [ev.data.customer] : [],
  );
  const customers = await CustomerResolver.load(tx, refs, receivedAt);
  const rowIds = [
    ...new Set(fresh.map(({ event }) => targetRowId(event)).filter((id): id is string => id !== null)),
  ];
  const rows = await loadByKey(tx, 'interactions', 'id', rowIds, interactionFromRow);
  const requestNumbers = [
    ...new Set(
      fresh.flatMap(({ event: ev }) =>
        ev.type === 'ae.gov.dawr.request.status_changed' ? [ev.data.requestNumber] : [],
      ),
    ),
  ];
  const requests = await loadByKey(tx, 'requests', 'number', requestNumbers, requestFromRow);
  const touched = new Set<string>();
  const touchedRequests = new Set<string>();
  const history: SqlValue[][] = [];
  const consents: SqlValue[][] = [];

  for (const { event: ev, channel } of fresh) {
    const customerKey =
      'customer' in ev.data && ev.data.customer ? customers.resolve(ev.data.customer) : null;
    const at = occurredAtOf(ev);
    const rowId = targetRowId(ev);
    const rowFor = (kind: InteractionRow['kind']): InteractionRow => {
      let row = rows.get(rowId!);
      if (!row) {
        row = emptyRow(rowId!, kind, ev.source, channel, at);
        rows.set(row.id, row);
      }
      touched.add(row.id);
      return row;
    };
    switch (ev.type) {
      case 'ae.gov.dawr.feedback.given':
        applyFeedback(rowFor(ev.data.visitId !== undefined ? 'visit' : 'contact'), ev.data);
        break;
      case 'ae.gov.dawr.interaction.recorded':
        applyContact(rowFor('contact'), ev.data, customerKey);
        break;
      case 'ae.gov.dawr.request.status_changed': {
        const request = applyRequestStatus(
          requests.get(ev.data.requestNumber),
          ev.data,
          channel,
          customerKey,
        );
        requests.set(request.number, request);
        touchedRequests.add(request.number);
        history.push([ev.source, ev.id, request.number, ev.data.status, channel, at, ev.data.note ?? null]);
        const row = rowFor('request_update');
        row.customerKey = request.customerKey;
        row.agencyId = ev.data.agencyId;
        row.serviceIds = ev.data.serviceId !== undefined ? [ev.data.serviceId] : [];
        row.requestNumber = request.number;
        row.requestStatus = ev.data.status;
        row.topic = ev.data.note ?? null;
        row.staffId = ev.data.staffId ?? null;
        row.lastAt = at;
        break;
      }
      case 'ae.gov.dawr.consent.recorded':
        consents.push([
          ev.source,
          ev.id,
          customerKey!,
          ev.data.scope,
          ev.data.granted ? 1 : 0,
          ev.data.method ?? null,
          at,
        ]);
        break;
      default:
        applyVisitEvent(rowFor('visit'), ev, customerKey);
    }
  }

  await customers.flush(tx);
  // Keys resolved early in the batch may since have been merged into another customer.
  for (const id of touched) {
    const row = rows.get(id)!;
    row.customerKey = customers.current(row.customerKey ?? undefined) ?? null;
  }
  for (const n of touchedRequests) {
    const r = requests.get(n)!;
    r.customerKey = customers.current(r.customerKey ?? undefined) ?? null;
  }
  for (const c of consents) c[2] = customers.current(c[2] as string)!;

  const interactionRows = [...touched].map((id) => rowFromInteraction(rows.get(id)!, receivedAt));
  const setClause = INTERACTION_COLUMNS.filter((c) => c !== 'id')
    .map((c) => `${c} = excluded.${c}`)
    .join(', ');
  for (const part of chunk(interactionRows, INTERACTION_COLUMNS.length)) {
    await tx.run(
      `INSERT INTO interactions (${INTERACTION_COLUMNS.join(', ')}) VALUES ${valuesList(part.length, INTERACTION_COLUMNS.length)}
       ON CONFLICT (id) DO UPDATE SET ${setClause}`,
      part.flat(),
    );
  }
  const requestRows = [...touchedRequests].map((n) => {
    const r = requests.get(n)!;
    return [
      r.number,
      r.status,
      r.agencyId,
      r.serviceId,
      r.customerKey,
      r.startedChannel,
      r.startedAt,
      r.statusAt,
      receivedAt,
    ];
  });
  for (const part of chunk(requestRows, 9)) {
    await tx.run(
      `INSERT INTO requests (number, status, agency_id, service_id, customer_key, started_channel, started_at, status_at, updated_at)
       VALUES ${valuesList(part.length, 9)}
       ON CONFLICT (number) DO UPDATE SET status = excluded.status, agency_id = excluded.agency_id,
         service_id = excluded.service_id, customer_key = excluded.customer_key, started_channel = excluded.started_channel,
         started_at = excluded.started_at, status_at = excluded.status_at, updated_at = excluded.updated_at`,
      part.flat(),
    );
  }
  for (const part of chunk(history, 7)) {
    await tx.run(
      `INSERT INTO request_history (source, event_id, number, status, channel, occurred_at, note) VALUES ${valuesList(part.length, 7)}`,
      part.flat(),
    );
  }
  for (const part of chunk(consents, 7)) {
    await tx.run(
      `INSERT INTO consents (source, event_id, customer_key, scope, granted, method, occurred_at) VALUES ${valuesList(part.length, 7)}`,
      part.flat(),
    );
  }
  return outcomes;
}
