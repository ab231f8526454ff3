// Pure folding of events into timeline rows and request rows. Events of one visit can arrive
// in any order (a replayed dead letter, two batches retried), so every rule here is
// order-independent: earliest start wins, latest end wins, and the status is taken from the
// event that is last by the sender's sequence (dawrseq) or, without one, by occurredAt.
import type {
  CentralEvent,
  EventData,
  RequestStatus,
  TimelineChannel,
} from '../../../shared/central/events.js';

export interface InteractionRow {
  id: string;
  kind: 'visit' | 'contact' | 'request_update';
  source: string;
  customerKey: string | null;
  channel: TimelineChannel;
  visitChannel: string | null;
  centreId: string | null;
  agencyId: string | null;
  serviceIds: string[];
  ticket: string | null;
  status: string | null;
  outcome: string | null;
  topic: string | null;
  staffId: string | null;
  assisted: boolean;
  onBehalf: boolean;
  feedbackRating: number | null;
  feedbackComment: string | null;
  requestNumber: string | null;
  requestStatus: RequestStatus | null;
  occurredAt: string;
  endedAt: string | null;
  lastSeq: number | null;
  lastAt: string | null;
}

export interface RequestRow {
  number: string;
  status: RequestStatus;
  agencyId: string;
  serviceId: string | null;
  customerKey: string | null;
  startedChannel: TimelineChannel;
  startedAt: string;
  statusAt: string;
}

const TERMINAL_VISIT = new Set(['completed', 'no_show', 'cancelled', 'removed']);

// What Date#toISOString writes (and what hubs send): already normal, so no Date round trip.
// Several per event per batch made that round trip a few percent of central's ingest CPU.
const NORMAL_ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** Normalises an RFC 3339 time to UTC milliseconds so text order is time order. */
export function isoUtc(value: string): string {
  return NORMAL_ISO.test(value) ? value : new Date(value).toISOString();
}

export function visitRowId(source: string, visitId: string): string {
  return `visit:${source}:${visitId}`;
}
export function contactRowId(source: string, interactionId: string): string {
  return `contact:${source}:${interactionId}`;
}
export function requestUpdateRowId(source: string, eventId: string): string {
  return `request:${source}:${eventId}`;
}

export function emptyRow(
  id: string,
  kind: InteractionRow['kind'],
  source: string,
  channel: TimelineChannel,
  at: string,
): InteractionRow {
  return {
    id,
    kind,
    source,
    customerKey: null,
    channel,
    visitChannel: null,
    centreId: null,
    agencyId: null,
    serviceIds: [],
    ticket: null,
    status: null,
    outcome: null,
    topic: null,
    staffId: null,
    assisted: false,
    onBehalf: false,
    feedbackRating: null,
    feedbackComment: null,
    requestNumber: null,
    requestStatus: null,
    occurredAt: at,
    endedAt: null,
    lastSeq: null,
    lastAt: null,
  };
}

/** True when an event at (seq, at) comes after the last one applied to the row. */
function isLater(row: InteractionRow, seq: number | undefined, at: string): boolean {
  if (row.lastAt === null) return true;
  if (seq !== undefined && row.lastSeq !== null) return seq > row.lastSeq;
  return at >= row.lastAt;
}

type VisitEvent = Extract<CentralEvent, { type: `ae.gov.dawr.visit.${string}` }>;

export function applyVisitEvent(row: InteractionRow, ev: VisitEvent, customerKey: string | null): void {
  const d = ev.data;
  const at = isoUtc(d.occurredAt);
  const step = ev.type.slice('ae.gov.dawr.visit.'.length);
  row.centreId ??= d.centreId;
  row.ticket ??= d.ticket;
  row.visitChannel ??= d.channel;
  if (!row.serviceIds.includes(d.serviceId)) row.serviceIds.push(d.serviceId);
  if (ev.type === 'ae.gov.dawr.visit.transferred' && !row.serviceIds.includes(ev.data.toServiceId)) {
    row.serviceIds.push(ev.data.toServiceId);
  }
  if (customerKey !== null) row.customerKey = customerKey;
  row.assisted ||= d.assisted === true;
  row.onBehalf ||= d.onBehalf === true;
  if (at < row.occurredAt) row.occurredAt = at;
  if (TERMINAL_VISIT.has(step) && (row.endedAt === null || at > row.endedAt)) row.endedAt = at;
  if (isLater(row, ev.dawrseq, at)) {
    row.status = step;
    row.agencyId =
      ev.type === 'ae.gov.dawr.visit.transferred' ? (ev.data.toAgencyId ?? d.agencyId) : d.agencyId;
    if (d.staffId !== undefined) row.staffId = d.staffId;
    if (ev.type === 'ae.gov.dawr.visit.completed' && ev.data.outcome !== undefined)
      row.outcome = ev.data.outcome;
    row.lastSeq = ev.dawrseq ?? null;
    row.lastAt = at;
  } else {
    // An earlier event still fills what no later one has said.
    row.agencyId ??= d.agencyId;
    row.staffId ??= d.staffId ?? null;
  }
}

export function applyFeedback(row: InteractionRow, data: EventData<'ae.gov.dawr.feedback.given'>): void {
  row.feedbackRating = data.rating;
  row.feedbackComment = data.comment ?? null;
}

/** A contact recorded by another channel; a resend with new content replaces the old. */
export function applyContact(
  row: InteractionRow,
  data: EventData<'ae.gov.dawr.interaction.recorded'>,
  customerKey: string | null,
): void {
  row.customerKey = customerKey ?? row.customerKey;
  row.agencyId = data.agencyId ?? null;
  row.serviceIds = data.serviceId !== undefined ? [data.serviceId] : [];
  row.centreId = data.centreId ?? null;
  row.topic = data.topic ?? null;
  row.outcome = data.outcome ?? null;
  row.staffId = data.staffId ?? null;
  row.assisted = data.assisted === true;
  row.onBehalf = data.onBehalf === true;
  row.requestNumber = data.requestNumber ?? null;
  row.occurredAt = isoUtc(data.startedAt);
  row.endedAt = data.endedAt !== undefined ? isoUtc(data.endedAt) : null;
  row.lastAt = row.occurredAt;
}

/** Folds one status change into a request; returns the new row. */
export function applyRequestStatus(
  existing: RequestRow | undefined,
  data: EventData<'ae.gov.dawr.request.status_changed'>,
  channel: TimelineChannel,
  customerKey: string | null,
): RequestRow {
  const at = isoUtc(data.occurredAt);
  if (!existing) {
    return {
      number: data.requestNumber,
      status: data.status,
      agencyId: data.agencyId,
      serviceId: data.serviceId ?? null,
      customerKey,
      startedChannel: channel,
      startedAt: at,
      statusAt: at,
    };
  }
  const row = { ...existing };
  if (customerKey !== null) row.customerKey = customerKey;
  row.serviceId ??= data.serviceId ?? null;
  if (at < row.startedAt) {
    row.startedAt = at;
    row.startedChannel = channel;
  }
  if (at >= row.statusAt) {
    row.status = data.status;
    row.statusAt = at;
    row.agencyId = data.agencyId;
  }
  return row;
}
