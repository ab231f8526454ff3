/** The pure mapping from hub visit events to central's CloudEvents, checked against central's own schemas. */
import { describe, expect, it } from 'vitest';
import { cloudEventEnvelope, eventDataSchemas, type CentralEventType } from '../../shared/central/events.js';
import type { Visit, VisitEventType } from '../../shared/contract/visit.js';
import { DEMO_CATALOGUE } from '../../main/demo/catalogue.js';
import { mapOutboxEntry, type OutboxEntry } from '../../main/hub/features/sync/map-event.js';
import { backoffDelay } from '../../main/hub/features/sync/backoff.js';

const HASH = 'a'.repeat(64);
const visit: Visit = {
  id: '019a0000-0000-7000-8000-000000000001',
  businessDay: '2026-01-01',
  queueId: 'C',
  originalQueueId: 'C',
  prefix: 'C',
  number: 7,
  ticket: 'C007',
  serviceIds: ['licence-renew'],
  status: 'completed',
  priority: null,
  channel: 'kiosk',
  language: 'ar',
  customer: { idHash: HASH, masked: '784-****-****567-6' },
  representative: null,
  sortKey: 1,
  arrivalKey: 1,
  issuedAt: 1_767_240_000_000,
  queuedAt: 1_767_240_000_000,
  calledAt: null,
  servingStartedAt: null,
  endedAt: null,
  counterId: 'c4',
  staffId: 's-agent1',
  assignedCounterId: null,
  assignedStaffId: null,
  notBefore: null,
  appointmentAt: null,
  recallCount: 0,
  transferCount: 0,
  note: null,
  deliveredServices: [],
  outcome: 'done',
  publicToken: 'tok',
  idempotencyKey: null,
};

function entry(
  type: VisitEventType,
  data: Record<string, unknown> = {},
  over: Partial<Visit> = {},
): OutboxEntry {
  return {
    seq: 42,
    eventId: '019a0000-0000-7000-8000-0000000000aa',
    type,
    at: 1_767_240_300_000,
    actor: { kind: 'staff', staffId: 's-agent1' },
    data,
    visit: { ...visit, ...over },
  };
}

function mapped(e: OutboxEntry) {
  const m = mapOutboxEntry(e, 'centre-a', DEMO_CATALOGUE);
  if (m.kind !== 'event') throw new Error(`expected an event, got skip: ${m.reason}`);
  // Whatever the hub sends must pass central's own validation.
  expect(cloudEventEnvelope.safeParse(m.event).success).toBe(true);
  const schema = eventDataSchemas[m.event.type as CentralEventType];
  const parsed = schema.safeParse(m.event.data);
  expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
  return m.event;
}

describe('mapOutboxEntry', () => {
  it('maps an issued event with the visit identity, source, id and sequence', () => {
    const e = mapped(entry('visit.issued', { serviceId: 'licence-renew', agencyId: 'rta' }));
    expect(e).toMatchObject({
      specversion: '1.0',
      id: '019a0000-0000-7000-8000-0000000000aa',
      source: 'urn:dawr:hub:centre-a',
      type: 'ae.gov.dawr.visit.issued',
      subject: visit.id,
      dawrseq: 42,
      time: '2026-01-01T04:05:00.000Z',
    });
    expect(e.data).toMatchObject({
      visitId: visit.id,
      centreId: 'centre-a',
      ticket: 'C007',
      serviceId: 'licence-renew',
      agencyId: 'rta',
      channel: 'kiosk',
      customer: { idHash: HASH },
      staffId: 's-agent1',
      onBehalf: false,
    });
    expect(JSON.stringify(e)).not.toContain('784-');
  });

  it('takes the agency from the catalogue when the event does not carry it', () => {
    const e = mapped(entry('visit.called', { counterId: 'c4' }));
    const agency = DEMO_CATALOGUE.services.find((s) => s.id === 'licence-renew')!.agencyId;
    expect(e.type).toBe('ae.gov.dawr.visit.called');
    expect(e.data).toMatchObject({ agencyId: agency, counterId: 'c4' });
  });

  it('records a recall as a call, and a completion with its outcome', () => {
    expect(mapped(entry('visit.recalled')).type).toBe('ae.gov.dawr.visit.called');
    const done = mapped(
      entry('visit.completed', { services: [{ serviceId: 'licence-renew', outcome: 'issued' }] }),
    );
    expect(done.data.outcome).toBe('issued');
  });

  it('names the target service of a transfer to a queue', () => {
    const target = DEMO_CATALOGUE.services.find((s) => s.id !== 'licence-renew')!;
    const e = mapped(
      entry('visit.transferred', { target: { kind: 'queue', queueId: target.queueId, position: 'last' } }),
    );
    expect(e.data.toServiceId).toBe(DEMO_CATALOGUE.services.find((s) => s.queueId === target.queueId)!.id);
    expect(e.data.toAgencyId).toBeDefined();
  });

  it('sends removals with their reason, anonymous visits without a customer, API tickets as remote', () => {
    const e = mapped(entry('visit.removed', { reason: 'end_of_day' }, { customer: null, channel: 'api' }));
    expect(e.data.reason).toBe('end_of_day');
    expect(e.data.customer).toBeUndefined();
    expect(e.data.channel).toBe('remote');
  });

  it('skips working steps central has no type for', () => {
    for (const t of ['visit.parked', 'visit.resumed', 'visit.recycled', 'visit.returned'] as const)
      expect(mapOutboxEntry(entry(t), 'centre-a', DEMO_CATALOGUE).kind).toBe('skip');
  });
});

describe('backoffDelay', () => {
  const policy = { baseMs: 100, capMs: 1000 };
  it('doubles per failure with jitter in the upper half, capped', () => {
    expect(backoffDelay(0, policy, () => 0.5)).toBe(0);
    expect(backoffDelay(1, policy, () => 0)).toBe(50);
    expect(backoffDelay(1, policy, () => 1)).toBe(100);
    expect(backoffDelay(3, policy, () => 0)).toBe(200);
    expect(backoffDelay(3, policy, () => 1)).toBe(400);
    expect(backoffDelay(50, policy, () => 0.999)).toBeLessThanOrEqual(1000);
    expect(backoffDelay(50, policy, () => 0)).toBe(500);
  });
});
