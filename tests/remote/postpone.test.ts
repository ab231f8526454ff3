/** "I'm running late": the pure new-place rule, and the engine operation built on it. */
import { describe, expect, it } from 'vitest';
import { postponedSortKey } from '../../shared/domain/remote/postpone.js';
import { harness, snapshot } from '../domain/helpers.js';

describe('postponedSortKey', () => {
  it('puts the visit between the one `places` behind it and the next', () => {
    expect(postponedSortKey([1, 2, 3, 4, 5, 6, 7, 8], 2, 5)).toBe(7.5);
    expect(postponedSortKey([1, 2, 3], 1, 1)).toBe(2.5);
  });
  it('sends the visit to the back when fewer than `places` wait behind it', () => {
    expect(postponedSortKey([1, 2, 3, 4], 2, 5)).toBe(5);
  });
  it('changes nothing for the last in line', () => {
    expect(postponedSortKey([1, 2, 3], 3, 5)).toBeNull();
  });
  it('keeps working between keys already halved by earlier moves', () => {
    expect(postponedSortKey([1, 2, 2.5, 3], 1, 2)).toBe(2.75);
  });
  it('refuses a non-positive or fractional number of places', () => {
    expect(() => postponedSortKey([1, 2], 1, 0)).toThrow(RangeError);
    expect(() => postponedSortKey([1, 2], 1, 1.5)).toThrow(RangeError);
  });
});

describe('postponeVisit', () => {
  it('moves a waiting ticket back exactly `places` and records a visit.postponed event', () => {
    const h = harness();
    const visits = Array.from({ length: 8 }, () => h.issue('eid-renew'));
    const first = visits[0]!;
    h.run('postponeVisit', { visitId: first.id, places: 3, token: first.publicToken }, { kind: 'public' });
    const line = h.state.lines.get(first.queueId)!.normal.ids();
    expect(line.indexOf(first.id)).toBe(3);
    expect(line.slice(0, 3)).toEqual(visits.slice(1, 4).map((v) => v.id));
    const e = h.events.at(-1)!;
    expect(e.type).toBe('visit.postponed');
    expect(e.data).toMatchObject({ places: 3, fromSortKey: first.sortKey });
    expect(h.visit(first.id).status).toBe('waiting');
  });

  it('then calls the others first', () => {
    const h = harness();
    const [a, b] = [h.issue('eid-renew'), h.issue('eid-renew')];
    h.run('postponeVisit', { visitId: a.id, places: 5, token: a.publicToken }, { kind: 'public' });
    h.open('c1', 's1');
    expect(h.callNext('c1', 's1')?.id).toBe(b.id);
  });

  it('returns the ticket unchanged, with no event, when it is already last', () => {
    const h = harness();
    h.issue('eid-renew');
    const last = h.issue('eid-renew');
    const before = snapshot(h.state);
    const events = h.events.length;
    h.run('postponeVisit', { visitId: last.id, places: 5, token: last.publicToken }, { kind: 'public' });
    expect(snapshot(h.state)).toBe(before);
    expect(h.events.length).toBe(events);
  });

  it('refuses a called ticket and an unknown one, changing nothing', () => {
    const h = harness();
    const v = h.issue('eid-renew');
    h.issue('eid-renew');
    h.open('c1', 's1');
    h.callNext('c1', 's1');
    const before = snapshot(h.state);
    expect(h.refuse('postponeVisit', { visitId: v.id, places: 2 }).code).toBe('invalid_transition');
    expect(h.refuse('postponeVisit', { visitId: 'nope', places: 2 }).code).toBe('not_found');
    expect(snapshot(h.state)).toBe(before);
  });
});
