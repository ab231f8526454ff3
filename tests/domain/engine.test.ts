import { describe, expect, it } from 'vitest';
import type { Visit } from '../../shared/contract/visit.js';
import { MIN_SAMPLES } from '../../shared/domain/estimate.js';
import {
  cloneCatalogue,
  harness,
  issueInput,
  MINUTE,
  snapshot,
  SUNDAY_0800,
  type Harness,
} from './helpers.js';

function serve(h: Harness, counterId: string, staffId: string, v: Visit): void {
  const cv = { counterId, visitId: v.id };
  h.run('startServing', cv, h.staff(staffId));
  h.run(
    'complete',
    { ...cv, services: [{ serviceId: v.serviceIds[0]!, outcome: 'done', notes: '' }] },
    h.staff(staffId),
  );
}

const eventsOf = (h: Harness, id: string) => h.events.filter((e) => e.visitId === id).map((e) => e.type);

describe('issuing tickets', () => {
  it('numbers each queue from 1 under its own prefix, zero-padded to three digits', () => {
    const h = harness();
    const a = [h.issue('eid-renew'), h.issue('eid-replace'), h.issue('eid-renew')];
    const b = h.issue('residency-renew');
    const c = h.issue('traffic-fines', { priority: 'senior' });
    const a4 = h.issue('eid-renew');
    expect(a.map((v) => v.ticket)).toEqual(['A001', 'A002', 'A003']);
    expect(a.map((v) => v.number)).toEqual([1, 2, 3]);
    expect([b.ticket, c.ticket, a4.ticket]).toEqual(['B001', 'C001', 'A004']);
    expect(a.every((v) => v.businessDay === '2025-03-02' && v.status === 'waiting')).toBe(true);
    expect(new Set([...a, b, c, a4].map((v) => v.id)).size).toBe(6);
    expect(h.state.sequences.get('q-identity/2025-03-02')).toBe(4);
  });

  it('pads to three digits but keeps counting past 999', () => {
    const h = harness();
    let last: Visit | undefined;
    for (let i = 0; i < 1000; i++) last = h.issue('traffic-fines');
    expect(last!.ticket).toBe('C1000');
    expect(h.state.visits.get([...h.state.visits.keys()][8]!)!.ticket).toBe('C009');
  });

  it('restarts the numbers at midnight in Dubai (20:00 UTC)', () => {
    const h = harness();
    h.issue('eid-renew');
    h.issue('eid-renew');
    h.now = Date.UTC(2025, 2, 2, 19, 59, 59);
    const late = h.issue('eid-renew');
    h.now = Date.UTC(2025, 2, 2, 20, 0, 0);
    const next = h.issue('eid-renew');
    const nextB = h.issue('residency-renew');
    expect([late.ticket, late.businessDay]).toEqual(['A003', '2025-03-02']);
    expect([next.ticket, next.businessDay]).toEqual(['A001', '2025-03-03']);
    expect(nextB.ticket).toBe('B001');
    // Yesterday's ticket keeps its place ahead of today's.
    expect(h.state.lines.get('q-identity')!.normal.ids().indexOf(late.id)).toBeLessThan(
      h.state.lines.get('q-identity')!.normal.ids().indexOf(next.id),
    );
  });

  it('replays an idempotency key: same visit, no new events, no state change', () => {
    const h = harness();
    const first = h.run('issueTicket', issueInput('eid-renew', {}, 'tap-000001')) as {
      visit: Visit;
      replayed: boolean;
    };
    expect(first.replayed).toBe(false);
    const before = snapshot(h.state);
    const eventsBefore = h.events.length;
    h.advance(MINUTE);
    const again = h.run('issueTicket', issueInput('eid-renew', {}, 'tap-000001')) as {
      visit: Visit;
      replayed: boolean;
    };
    expect(again.replayed).toBe(true);
    expect(again.visit).toEqual(first.visit);
    // The same key for another request is a conflict, not the earlier ticket.
    expect(h.refuse('issueTicket', issueInput('residency-renew', {}, 'tap-000001')).code).toBe(
      'idempotency_conflict',
    );
    expect(h.events.length).toBe(eventsBefore);
    expect(snapshot(h.state)).toBe(before);
    expect(h.issue('eid-renew').ticket).toBe('A002');
  });

  it('refuses a ticket for a closed queue and changes nothing', () => {
    const catalogue = cloneCatalogue();
    catalogue.queues.find((q) => q.id === 'q-identity')!.open = false;
    const h = harness({ catalogue });
    const before = snapshot(h.state);
    expect(h.refuse('issueTicket', issueInput('eid-renew', {}, 'tap-000001')).code).toBe('queue_closed');
    expect(snapshot(h.state)).toBe(before);
    expect(h.issue('residency-renew').ticket).toBe('B001');
  });

  it('refuses a priority the service does not grant, and an appointment without its time', () => {
    const catalogue = cloneCatalogue();
    catalogue.services.find((s) => s.id === 'eid-renew')!.priorityEligible = ['senior'];
    const h = harness({ catalogue });
    const before = snapshot(h.state);
    expect(
      h.refuse('issueTicket', issueInput('eid-renew', { priority: 'pregnant' }, 'tap-000001')).code,
    ).toBe('priority_not_eligible');
    expect(
      h.refuse('issueTicket', issueInput('eid-replace', { priority: 'appointment' }, 'tap-000002')).code,
    ).toBe('validation');
    expect(h.refuse('issueTicket', issueInput('no-such-service', {}, 'tap-000003')).code).toBe('not_found');
    expect(snapshot(h.state)).toBe(before);
    expect(h.issue('eid-renew', { priority: 'senior' }).priority).toBe('senior');
  });
});

describe('counters', () => {
  it('refuses a counter held by someone else, and a second counter for the same person', () => {
    const h = harness();
    h.issue('eid-renew');
    h.open('c1', 's1');
    const before = snapshot(h.state);
    expect(h.refuse('openCounter', { counterId: 'c1' }, h.staff('s2')).code).toBe('counter_taken');
    expect(h.refuse('callNext', { counterId: 'c1' }, h.staff('s2')).code).toBe('counter_taken');
    expect(h.refuse('openCounter', { counterId: 'c2' }, h.staff('s1')).code).toBe('staff_at_other_counter');
    expect(h.refuse('callNext', { counterId: 'c2' }, h.staff('s1')).code).toBe('counter_not_open');
    expect(h.refuse('openCounter', { counterId: 'c1' }, { kind: 'device', deviceId: 'k1' }).code).toBe(
      'forbidden',
    );
    expect(snapshot(h.state)).toBe(before);
  });

  it('refuses a second call while a visit is in hand', () => {
    const h = harness();
    h.issue('eid-renew');
    h.issue('eid-renew');
    h.open('c1', 's1');
    const first = h.callNext('c1', 's1')!;
    const before = snapshot(h.state);
    expect(h.refuse('callNext', { counterId: 'c1' }, h.staff('s1')).code).toBe('counter_busy');
    expect(snapshot(h.state)).toBe(before);
    serve(h, 'c1', 's1', first);
    expect(h.callNext('c1', 's1')!.ticket).toBe('A002');
  });

  it('lets the next person take a counter once it is closed', () => {
    const h = harness();
    h.open('c1', 's1');
    h.run('setCounterStatus', { counterId: 'c1', status: 'closed' }, h.staff('s1'));
    h.open('c1', 's2');
    expect(h.state.counters.get('c1')!.staffId).toBe('s2');
  });

  it('returns null from call-next when nobody is waiting, without changing anything', () => {
    const h = harness();
    h.open('c1', 's1');
    const before = snapshot(h.state);
    expect(h.callNext('c1', 's1')).toBeNull();
    expect(snapshot(h.state)).toBe(before);
  });
});

describe('the visit at the counter', () => {
  it('counts recalls, and refuses a no-show until the configured recalls were made', () => {
    const h = harness();
    const v = h.issue('eid-renew');
    h.open('c1', 's1');
    h.callNext('c1', 's1');
    const cv = { counterId: 'c1', visitId: v.id };
    const s1 = h.staff('s1');
    const before = snapshot(h.state);
    expect(h.refuse('markNoShow', cv, s1).code).toBe('recalls_required');
    expect(snapshot(h.state)).toBe(before);
    h.run('recall', cv, s1);
    expect(h.visit(v.id).recallCount).toBe(1);
    expect(h.refuse('markNoShow', cv, s1).code).toBe('recalls_required');
    h.run('recall', cv, s1);
    expect(h.visit(v.id).recallCount).toBe(2);
    expect(h.visit(v.id).status).toBe('called');
    h.run('markNoShow', cv, s1);
    expect(h.visit(v.id)).toMatchObject({ status: 'no_show', outcome: 'no_show' });
    expect(h.state.counters.get('c1')!.currentVisitId).toBeNull();
    expect(eventsOf(h, v.id)).toEqual([
      'visit.issued',
      'visit.called',
      'visit.recalled',
      'visit.recalled',
      'visit.no_show',
    ]);
    expect(h.events.filter((e) => e.type === 'visit.recalled').map((e) => e.data.recallCount)).toEqual([
      1, 2,
    ]);
  });

  it('recycles a visit to its old place, callable only after the recycle minutes', () => {
    const h = harness();
    const a1 = h.issue('eid-renew');
    const a2 = h.issue('eid-renew');
    const a3 = h.issue('eid-renew');
    h.open('c1', 's1');
    h.callNext('c1', 's1');
    h.run('recycle', { counterId: 'c1', visitId: a1.id }, h.staff('s1'));
    expect(h.visit(a1.id)).toMatchObject({
      status: 'waiting',
      counterId: null,
      notBefore: SUNDAY_0800 + 10 * MINUTE,
    });
    expect(h.state.counters.get('c1')!.currentVisitId).toBeNull();
    expect(h.callNext('c1', 's1')!.id).toBe(a2.id);
    serve(h, 'c1', 's1', h.visit(a2.id));
    h.advance(10 * MINUTE - 1);
    expect(h.callNext('c1', 's1')!.id).toBe(a3.id);
    serve(h, 'c1', 's1', h.visit(a3.id));
    expect(h.callNext('c1', 's1')).toBeNull();
    h.advance(1);
    expect(h.callNext('c1', 's1')!.id).toBe(a1.id);
    expect(h.visit(a1.id).notBefore).toBeNull();
  });

  it('parks a visit, frees the counter, and resumes it later at the same counter only', () => {
    const h = harness();
    const a1 = h.issue('eid-renew');
    const a2 = h.issue('eid-renew');
    h.open('c1', 's1');
    h.open('c2', 's2');
    h.callNext('c1', 's1');
    const cv = { counterId: 'c1', visitId: a1.id };
    h.run('startServing', cv, h.staff('s1'));
    h.run('park', cv, h.staff('s1'));
    expect(h.visit(a1.id).status).toBe('parked');
    expect(h.state.counters.get('c1')!.currentVisitId).toBeNull();
    expect(h.callNext('c1', 's1')!.id).toBe(a2.id);
    expect(h.refuse('resume', cv, h.staff('s1')).code).toBe('counter_busy');
    expect(h.refuse('resume', { counterId: 'c2', visitId: a1.id }, h.staff('s2')).code).toBe(
      'not_your_visit',
    );
    serve(h, 'c1', 's1', h.visit(a2.id));
    h.run('resume', cv, h.staff('s1'));
    expect(h.visit(a1.id).status).toBe('serving');
    expect(h.state.counters.get('c1')!.currentVisitId).toBe(a1.id);
  });

  it('completes a visit with several services and records its transaction time', () => {
    const h = harness();
    const v = h.issue('eid-renew');
    h.open('c1', 's1');
    h.callNext('c1', 's1');
    const cv = { counterId: 'c1', visitId: v.id };
    h.advance(MINUTE);
    h.run('startServing', cv, h.staff('s1'));
    h.advance(7 * MINUTE);
    h.run(
      'complete',
      {
        ...cv,
        services: [
          { serviceId: 'eid-renew', outcome: 'issued', notes: '' },
          { serviceId: 'residency-renew', outcome: 'submitted', notes: 'waiting for medical' },
        ],
      },
      h.staff('s1'),
    );
    const done = h.visit(v.id);
    expect(done.status).toBe('completed');
    expect(done.serviceIds).toEqual(['eid-renew', 'residency-renew']);
    expect(done.deliveredServices.map((s) => s.outcome)).toEqual(['issued', 'submitted']);
    expect(done.outcome).toBe('issued');
    expect(done.endedAt).toBe(SUNDAY_0800 + 8 * MINUTE);
    expect(h.state.counters.get('c1')!.currentVisitId).toBeNull();
    expect(h.state.serviceTimes.get('q-identity')).toEqual([7 * MINUTE]);
    expect(
      h.refuse(
        'complete',
        { ...cv, services: [{ serviceId: 'eid-renew', outcome: 'x', notes: '' }] },
        h.staff('s1'),
      ).code,
    ).toBe('not_your_visit');
  });

  it('keeps at most 50 service-time samples per queue, newest last', () => {
    const h = harness();
    h.open('c1', 's1');
    for (let i = 1; i <= 55; i++) {
      const v = h.issue('eid-renew');
      h.callNext('c1', 's1');
      h.run('startServing', { counterId: 'c1', visitId: v.id }, h.staff('s1'));
      h.advance(i * 1000);
      h.run(
        'complete',
        { counterId: 'c1', visitId: v.id, services: [{ serviceId: 'eid-renew', outcome: 'ok', notes: '' }] },
        h.staff('s1'),
      );
    }
    const samples = h.state.serviceTimes.get('q-identity')!;
    expect(samples.length).toBe(50);
    expect(samples[0]).toBe(6000);
    expect(samples[49]).toBe(55_000);
    expect(samples.length).toBeGreaterThan(MIN_SAMPLES);
  });

  it('cancels a waiting visit (leaves the line) and a called one (frees the counter)', () => {
    const h = harness();
    const a1 = h.issue('eid-renew');
    const a2 = h.issue('eid-renew');
    h.run('cancelVisit', { visitId: a2.id });
    expect(h.visit(a2.id)).toMatchObject({ status: 'cancelled', outcome: 'abandoned' });
    expect(h.state.lines.get('q-identity')!.normal.ids()).toEqual([a1.id]);
    h.open('c1', 's1');
    h.callNext('c1', 's1');
    // Once called, only staff cancel (a kiosk cancels only waiting tickets).
    h.run('cancelVisit', { visitId: a1.id }, h.staff('s1'));
    expect(h.state.counters.get('c1')!.currentVisitId).toBeNull();
    expect(h.state.lines.get('q-identity')!.normal.size).toBe(0);
    const before = snapshot(h.state);
    expect(h.refuse('cancelVisit', { visitId: a1.id }, h.staff('s1')).code).toBe('invalid_transition');
    expect(h.refuse('cancelVisit', { visitId: 'nope' }).code).toBe('not_found');
    expect(snapshot(h.state)).toBe(before);
  });

  it('end of day removes open visits with outcome end_of_day; keep mode leaves them', () => {
    const h = harness();
    const called = h.issue('residency-renew');
    const waiting = h.issue('eid-renew');
    const parked = h.issue('traffic-fines');
    const serving = h.issue('building-permit');
    const done = h.issue('work-permit');
    h.open('c3', 's3');
    h.open('c4', 's4');
    h.open('c6', 's6');
    h.open('c7', 's7');
    expect(h.callNext('c3', 's3')!.id).toBe(called.id);
    expect(h.callNext('c4', 's4')!.id).toBe(parked.id);
    h.run('startServing', { counterId: 'c4', visitId: parked.id }, h.staff('s4'));
    h.run('park', { counterId: 'c4', visitId: parked.id }, h.staff('s4'));
    expect(h.callNext('c6', 's6')!.id).toBe(serving.id);
    h.run('startServing', { counterId: 'c6', visitId: serving.id }, h.staff('s6'));
    expect(h.callNext('c7', 's7')!.id).toBe(done.id);
    serve(h, 'c7', 's7', h.visit(done.id));

    const before = snapshot(h.state);
    expect(h.run('endOfDay', { mode: 'keep' }, h.staff('s3'))).toEqual({ removed: 0 });
    expect(snapshot(h.state)).toBe(before);

    expect(h.run('endOfDay', {}, h.staff('s3'))).toEqual({ removed: 3 });
    for (const v of [waiting, called, parked])
      expect(h.visit(v.id)).toMatchObject({ status: 'removed', outcome: 'end_of_day' });
    expect(h.visit(serving.id).status).toBe('serving');
    expect(h.visit(done.id).status).toBe('completed');
    expect(h.state.counters.get('c3')!.currentVisitId).toBeNull();
    expect(h.state.counters.get('c6')!.currentVisitId).toBe(serving.id);
    for (const lines of h.state.lines.values()) expect(lines.normal.size + lines.priority.size).toBe(0);
  });
});

describe('transfers', () => {
  /** B1 arrives, then X (identity), then B2 and B3; X is served at c1 and transferred to residency. */
  function setup(position: 'first' | 'last' | 'original') {
    const h = harness();
    const b1 = h.issue('residency-renew');
    const x = h.issue('eid-renew');
    const b2 = h.issue('family-sponsor');
    const b3 = h.issue('residency-renew');
    h.open('c1', 's1');
    expect(h.callNext('c1', 's1')!.id).toBe(x.id);
    h.run('startServing', { counterId: 'c1', visitId: x.id }, h.staff('s1'));
    h.run(
      'transfer',
      {
        counterId: 'c1',
        visitId: x.id,
        target: { kind: 'queue', queueId: 'q-residency', position, serviceId: 'residency-renew' },
        note: 'needs a visa too',
      },
      h.staff('s1'),
    );
    h.open('c3', 's3');
    const order: string[] = [];
    for (let v = h.callNext('c3', 's3'); v; v = h.callNext('c3', 's3')) {
      order.push(v.id);
      serve(h, 'c3', 's3', v);
    }
    return { h, x, order, ids: { b1: b1.id, x: x.id, b2: b2.id, b3: b3.id } };
  }

  it('to a queue, first in line', () => {
    const { order, ids } = setup('first');
    expect(order).toEqual([ids.x, ids.b1, ids.b2, ids.b3]);
  });

  it('to a queue, last in line (behind later arrivals too)', () => {
    const { h, order, ids } = setup('last');
    expect(order).toEqual([ids.b1, ids.b2, ids.b3, ids.x]);
    // A ticket issued after the transfer goes behind it.
    const later = h.issue('residency-renew');
    expect(later.sortKey).toBeGreaterThan(h.visit(ids.x).sortKey);
  });

  it('to a queue, at the place of the original arrival', () => {
    const { order, ids } = setup('original');
    expect(order).toEqual([ids.b1, ids.x, ids.b2, ids.b3]);
  });

  it('keeps the visit id, ticket and history, and adds the new service', () => {
    const { h, x } = setup('first');
    const after = h.visit(x.id);
    expect(after).toMatchObject({
      id: x.id,
      ticket: x.ticket,
      originalQueueId: 'q-identity',
      queueId: 'q-residency',
      transferCount: 1,
      note: 'needs a visa too',
      status: 'completed',
    });
    expect(after.serviceIds).toEqual(['eid-renew', 'residency-renew']);
    expect(eventsOf(h, x.id)).toEqual([
      'visit.issued',
      'visit.called',
      'visit.serving_started',
      'visit.transferred',
      'visit.called',
      'visit.serving_started',
      'visit.completed',
    ]);
  });

  it('to a counter: that counter calls it before its own profile, others do not', () => {
    const h = harness();
    const a1 = h.issue('eid-renew');
    const a2 = h.issue('eid-renew');
    const x = h.issue('eid-renew');
    h.open('c1', 's1');
    h.open('c2', 's2');
    h.run('callVisit', { counterId: 'c1', visitId: x.id }, h.staff('s1'));
    h.run(
      'transfer',
      { counterId: 'c1', visitId: x.id, target: { kind: 'counter', counterId: 'c2' }, note: '' },
      h.staff('s1'),
    );
    expect(h.visit(x.id)).toMatchObject({ status: 'waiting', assignedCounterId: 'c2', counterId: null });
    expect(h.state.counters.get('c1')!.currentVisitId).toBeNull();
    expect(h.callNext('c1', 's1')!.id).toBe(a1.id);
    expect(h.callNext('c2', 's2')!.id).toBe(x.id);
    expect(h.visit(x.id).assignedCounterId).toBeNull();
    serve(h, 'c2', 's2', h.visit(x.id));
    expect(h.callNext('c2', 's2')!.id).toBe(a2.id);
  });

  it('to a staff member: wherever they sign in, they call it first; unknown staff is refused', () => {
    const h = harness();
    const a1 = h.issue('traffic-fines');
    const x = h.issue('eid-renew');
    h.open('c1', 's1');
    h.callNext('c1', 's1');
    const cv = { counterId: 'c1', visitId: x.id };
    const before = snapshot(h.state);
    expect(
      h.refuse('transfer', { ...cv, target: { kind: 'staff', staffId: 'ghost' }, note: '' }, h.staff('s1'))
        .code,
    ).toBe('not_found');
    expect(snapshot(h.state)).toBe(before);
    h.run('transfer', { ...cv, target: { kind: 'staff', staffId: 's5' }, note: '' }, h.staff('s1'));
    expect(h.visit(x.id)).toMatchObject({ status: 'waiting', assignedStaffId: 's5' });
    h.open('c4', 's4');
    expect(h.callNext('c4', 's4')!.id).toBe(a1.id);
    h.open('c5', 's5');
    expect(h.callNext('c5', 's5')!.id).toBe(x.id);
  });

  it('a parked visit can be transferred without freeing the counter from its current visit', () => {
    const h = harness();
    const a1 = h.issue('eid-renew');
    const a2 = h.issue('eid-renew');
    h.open('c1', 's1');
    h.callNext('c1', 's1');
    h.run('startServing', { counterId: 'c1', visitId: a1.id }, h.staff('s1'));
    h.run('park', { counterId: 'c1', visitId: a1.id }, h.staff('s1'));
    h.callNext('c1', 's1');
    h.run(
      'transfer',
      {
        counterId: 'c1',
        visitId: a1.id,
        target: { kind: 'queue', queueId: 'q-traffic', position: 'last' },
        note: '',
      },
      h.staff('s1'),
    );
    expect(h.state.counters.get('c1')!.currentVisitId).toBe(a2.id);
    expect(h.state.lines.get('q-traffic')!.normal.ids()).toEqual([a1.id]);
  });
});
