// Mapping between database rows (snake_case, booleans as 0/1, lists as JSON text) and the
// store's typed rows. Kept in one place so both engines read and write the same shapes.
import type { RequestStatus, TimelineChannel } from '../../../shared/central/events.js';
import type { SqlValue } from './driver.js';
import type { InteractionRow, RequestRow } from './projection.js';

export const INTERACTION_COLUMNS = [
  'id',
  'kind',
  'source',
  'customer_key',
  'channel',
  'visit_channel',
  'centre_id',
  'agency_id',
  'service_ids',
  'ticket',
  'status',
  'outcome',
  'topic',
  'staff_id',
  'assisted',
  'on_behalf',
  'feedback_rating',
  'feedback_comment',
  'request_number',
  'request_status',
  'occurred_at',
  'ended_at',
  'last_seq',
  'last_at',
  'updated_at',
] as const;

const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));
const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

export function rowFromInteraction(r: InteractionRow, updatedAt: string): SqlValue[] {
  return [
    r.id,
    r.kind,
    r.source,
    r.customerKey,
    r.channel,
    r.visitChannel,
    r.centreId,
    r.agencyId,
    JSON.stringify(r.serviceIds),
    r.ticket,
    r.status,
    r.outcome,
    r.topic,
    r.staffId,
    r.assisted ? 1 : 0,
    r.onBehalf ? 1 : 0,
    r.feedbackRating,
    r.feedbackComment,
    r.requestNumber,
    r.requestStatus,
    r.occurredAt,
    r.endedAt,
    r.lastSeq,
    r.lastAt,
    updatedAt,
  ];
}

export function interactionFromRow(r: Record<string, unknown>): InteractionRow {
  return {
    id: String(r.id),
    kind: r.kind as InteractionRow['kind'],
    source: String(r.source),
    customerKey: str(r.customer_key),
    channel: r.channel as TimelineChannel,
    visitChannel: str(r.visit_channel),
    centreId: str(r.centre_id),
    agencyId: str(r.agency_id),
    serviceIds: JSON.parse(String(r.service_ids)) as string[],
    ticket: str(r.ticket),
    status: str(r.status),
    outcome: str(r.outcome),
    topic: str(r.topic),
    staffId: str(r.staff_id),
    assisted: Number(r.assisted) === 1,
    onBehalf: Number(r.on_behalf) === 1,
    feedbackRating: num(r.feedback_rating),
    feedbackComment: str(r.feedback_comment),
    requestNumber: str(r.request_number),
    requestStatus: str(r.request_status) as RequestStatus | null,
    occurredAt: String(r.occurred_at),
    endedAt: str(r.ended_at),
    lastSeq: num(r.last_seq),
    lastAt: str(r.last_at),
  };
}

export function requestFromRow(r: Record<string, unknown>): RequestRow {
  return {
    number: String(r.number),
    status: r.status as RequestStatus,
    agencyId: String(r.agency_id),
    serviceId: str(r.service_id),
    customerKey: str(r.customer_key),
    startedChannel: r.started_channel as TimelineChannel,
    startedAt: String(r.started_at),
    statusAt: String(r.status_at),
  };
}
