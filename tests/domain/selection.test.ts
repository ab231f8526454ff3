import { describe, expect, it } from 'vitest';
import type { Visit } from '../../shared/contract/visit.js';
import { cloneCatalogue, harness, MINUTE, type Harness } from './helpers.js';

function serve(h: Harness, counterId: string, staffId: string, v: Visit): void {
  const cv = { counterId, visitId: v.id };
  h.run('startServing', cv, h.staff(staffId));
  h.run(
    'complete',
    { ...cv, services: [{ serviceId: v.serviceIds[0]!, outcome: 'done', notes: '' }] },
    h.staff(staffId),
  );
}

/** Call and finish until nobody is left; the tickets in calling order. */
function drain(h: Harness, counterId: string, staffId: string, max = 50): string[] {
  const out: string[] = [];
  for (let v = h.callNext(counterId, staffId); v && out.length < max; v = h.callNext(counterId, staffId)) {
    out.push(v.ticket + (v.priority ? '*' : ''));
    serve(h, counterId, staffId, v);
  }
  return out;
}

describe('calling order within a queue', () => {
  it('calls normal tickets in arrival order', () => {
    const h = harness();
    for (let i = 0; i < 4; i++) h.issue(i % 2 ? 'eid-replace' : 'eid-renew');
    h.open('c1', 's1');
    expect(drain(h, 'c1', 's1')).toEqual(['A001', 'A002', 'A003', 'A004']);
  });

  it('interleaves 2 priority then 1 normal by default, then serves whoever is left', () => {
    const h = harness();
    for (let i = 0; i < 3; i++) h.issue('eid-renew');
    for (let i = 0; i < 5; i++) h.issue('eid-renew', { priority: i % 2 ? 'senior' : 'determination' });
    h.open('c1', 's1');
    expect(drain(h, 'c1', 's1')).toEqual([
      'A004*',
      'A005*',
      'A001',
      'A006*',
      'A007*',
      'A002',
      'A008*',
      'A003',
    ]);
  });

  it('shares the interleave between counters calling the same queue', () => {
    const h = harness();
    for (let i = 0; i < 2; i++) h.issue('eid-renew');
    for (let i = 0; i < 3; i++) h.issue('eid-renew', { priority: 'senior' });
    h.open('c1', 's1');
    h.open('c2', 's2');
    const picks = [h.callNext('c1', 's1')!, h.callNext('c2', 's2')!];
    serve(h, 'c1', 's1', picks[0]!);
    picks.push(h.callNext('c1', 's1')!);
    expect(picks.map((v) => v.ticket)).toEqual(['A003', 'A004', 'A001']);
  });

  it('applies a work profile interleave override (1:1 for municipality and labour)', () => {
    const h = harness();
    h.issue('building-permit');
    h.issue('tenancy-attest');
    for (let i = 0; i < 3; i++) h.issue('building-permit', { priority: 'pregnant' });
    h.open('c6', 's6');
    expect(drain(h, 'c6', 's6')).toEqual(['D003*', 'D001', 'D004*', 'D002', 'D005*']);
  });

  it("applies a staff member's own profile over the counter's", () => {
    const h = harness({ staffProfiles: new Map([['s1', 'wp-municipality-labour']]) });
    h.issue('eid-renew');
    h.issue('eid-renew');
    h.issue('eid-renew', { priority: 'senior' });
    h.issue('eid-renew', { priority: 'senior' });
    h.issue('work-permit');
    h.open('c1', 's1');
    // Labour first (the staff profile), then identity with the 1:1 interleave.
    expect(drain(h, 'c1', 's1')).toEqual(['E001', 'A003*', 'A001', 'A004*', 'A002']);
  });
});

describe('work profile rules', () => {
  it('appointmentsDue: a due appointment goes first, one outside the window waits its turn', () => {
    const h = harness();
    h.issue('eid-renew');
    const later = h.issue('residency-renew', { priority: 'appointment', appointmentAt: h.now + 30 * MINUTE });
    const due = h.issue('residency-renew', { priority: 'appointment', appointmentAt: h.now + 10 * MINUTE });
    h.open('c1', 's1');
    const first = h.callNext('c1', 's1')!;
    expect(first.id).toBe(due.id);
    serve(h, 'c1', 's1', first);
    expect(h.callNext('c1', 's1')!.ticket).toBe('A001');
    expect(h.visit(later.id).status).toBe('waiting');
  });

  it('appointmentsDue: earliest appointment first among those due', () => {
    const h = harness();
    const b = h.issue('residency-renew', { priority: 'appointment', appointmentAt: h.now + 5 * MINUTE });
    const a = h.issue('eid-renew', { priority: 'appointment', appointmentAt: h.now - 5 * MINUTE });
    h.open('c3', 's3');
    expect(h.callNext('c3', 's3')!.id).toBe(b.id);
    h.open('c1', 's1');
    expect(h.callNext('c1', 's1')!.id).toBe(a.id);
  });

  it('queuesInOrder is strict: the first queue empties before a longer-waiting one is touched', () => {
    const h = harness();
    h.issue('residency-renew');
    h.issue('eid-renew');
    h.issue('eid-renew');
    h.open('c1', 's1');
    expect(drain(h, 'c1', 's1')).toEqual(['A001', 'A002', 'B001']);
  });

  it('longestWaiting takes the oldest ticket across its group', () => {
    const h = harness();
    h.issue('eid-renew');
    h.issue('residency-renew');
    h.issue('eid-replace');
    h.issue('family-sponsor');
    h.open('c3', 's3');
    expect(drain(h, 'c3', 's3')).toEqual(['A001', 'B001', 'A002', 'B002']);
  });

  it('longestWaitingAll is the fallback when the own queues are empty', () => {
    const h = harness();
    h.issue('work-permit');
    h.issue('building-permit');
    h.issue('licence-renew');
    h.open('c4', 's4');
    expect(drain(h, 'c4', 's4')).toEqual(['C001', 'E001', 'D001']);
  });

  it('a profile with no fallback returns null while other queues wait', () => {
    const catalogue = cloneCatalogue();
    catalogue.workProfiles.find((p) => p.id === 'wp-traffic')!.rules = [
      { kind: 'queuesInOrder', queueIds: ['q-traffic'] },
    ];
    const h = harness({ catalogue });
    h.issue('eid-renew');
    h.open('c4', 's4');
    expect(h.callNext('c4', 's4')).toBeNull();
  });
});
