/**
 * Pure mapping of one hub visit event (an outbox row) to the CloudEvent central ingests.
 * Every central visit event repeats the visit's identity, so each event is self-contained.
 * Hub event types with no central counterpart (parked, resumed, recycled, returned) are skipped:
 * they are working steps at the counter, not part of the citizen's history. So are the phone's own
 * changes (postponed, language_changed): central's visit events carry no place in line and no
 * language (shared/central/events.ts), so the outbox row is sent past, not lost.
 */
import type { Catalogue } from '../../../../shared/contract/catalogue.js';
import type { Actor, Visit, VisitEventType } from '../../../../shared/contract/visit.js';
import type { HubCloudEvent } from '../../core/services/central-link.js';

export type { HubCloudEvent };

/** One outbox row with its event and the visit's current document. */
export interface OutboxEntry {
  seq: number;
  eventId: string;
  type: VisitEventType;
  at: number;
  actor: Actor;
  data: Record<string, unknown>;
  visit: Visit;
}

export type Mapped = { kind: 'event'; event: HubCloudEvent } | { kind: 'skip'; reason: string };

export const CENTRAL_TYPE_OF: Partial<Record<VisitEventType, string>> = {
  'visit.issued': 'ae.gov.dawr.visit.issued',
  'visit.called': 'ae.gov.dawr.visit.called',
  // A recall is another call of the same ticket; central's timeline records it as a call step.
  'visit.recalled': 'ae.gov.dawr.visit.called',
  'visit.serving_started': 'ae.gov.dawr.visit.serving_started',
  'visit.no_show': 'ae.gov.dawr.visit.no_show',
  'visit.transferred': 'ae.gov.dawr.visit.transferred',
  'visit.completed': 'ae.gov.dawr.visit.completed',
  'visit.cancelled': 'ae.gov.dawr.visit.cancelled',
  'visit.removed': 'ae.gov.dawr.visit.removed',
};

export function hubSource(centreId: string): string {
  return `urn:dawr:hub:${centreId}`;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.length > 0 ? v : undefined);

function serviceOfQueue(catalogue: Catalogue, queueId: string): string | undefined {
  return catalogue.services.find((s) => s.queueId === queueId)?.id;
}

function agencyOf(catalogue: Catalogue, serviceId: string): string | undefined {
  return catalogue.services.find((s) => s.id === serviceId)?.agencyId;
}

export function mapOutboxEntry(entry: OutboxEntry, centreId: string, catalogue: Catalogue): Mapped {
  const type = CENTRAL_TYPE_OF[entry.type];
  if (!type) return { kind: 'skip', reason: `${entry.type} has no central event type` };
  const v = entry.visit;
  const serviceId = str(entry.data.serviceId) ?? v.serviceIds[0]!;
  const agencyId = str(entry.data.agencyId) ?? agencyOf(catalogue, serviceId) ?? 'unknown';
  const occurredAt = new Date(entry.at).toISOString();
  const customer: Record<string, string> = {};
  if (v.customer?.idHash) customer.idHash = v.customer.idHash;
  if (v.customer?.mobileHash) customer.mobileHash = v.customer.mobileHash;
  const staffId = entry.actor.kind === 'staff' ? entry.actor.staffId : str(entry.data.staffId);
  const counterId = str(entry.data.counterId);
  const data: Record<string, unknown> = {
    visitId: v.id,
    centreId,
    ticket: v.ticket,
    agencyId,
    serviceId,
    // Central's visit channels are how the ticket was obtained; an API-issued ticket was remote.
    channel: v.channel === 'api' ? 'remote' : v.channel,
    ...(Object.keys(customer).length ? { customer } : {}),
    ...(staffId ? { staffId } : {}),
    ...(counterId ? { counterId } : {}),
    assisted: v.channel === 'floor',
    onBehalf: v.representative !== null,
    occurredAt,
  };
  if (entry.type === 'visit.transferred') {
    const target = entry.data.target as { kind?: string; queueId?: string; serviceId?: string } | undefined;
    const toServiceId =
      (target?.kind === 'queue'
        ? (str(target.serviceId) ?? (target.queueId ? serviceOfQueue(catalogue, target.queueId) : undefined))
        : undefined) ?? serviceId;
    data.toServiceId = toServiceId;
    const toAgencyId = agencyOf(catalogue, toServiceId);
    if (toAgencyId) data.toAgencyId = toAgencyId;
  }
  if (entry.type === 'visit.completed') {
    const services = entry.data.services as { outcome?: string }[] | undefined;
    const outcome = str(services?.[0]?.outcome) ?? str(v.outcome);
    if (outcome) data.outcome = outcome.slice(0, 100);
  }
  if (entry.type === 'visit.cancelled' || entry.type === 'visit.removed') {
    const reason = str(entry.data.reason) ?? str(v.outcome);
    if (reason) data.reason = reason.slice(0, 500);
  }
  return {
    kind: 'event',
    event: {
      specversion: '1.0',
      id: entry.eventId,
      source: hubSource(centreId),
      type,
      time: occurredAt,
      subject: v.id,
      datacontenttype: 'application/json',
      dawrseq: entry.seq,
      data,
    },
  };
}
