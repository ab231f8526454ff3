/**
 * A counter's view says where its ticket in hand is (U11): called and the citizen not yet come, or
 * being served, each with its own "since", so the dashboard never calls an unanswered call service.
 */
import { describe, expect, it } from 'vitest';
import { counterViews } from '../../shared/domain/views.js';
import { harness, MINUTE } from './helpers.js';

describe('counterViews', () => {
  it('tells a called ticket from one being served, and times each from its own step', () => {
    const h = harness();
    h.open('c1', 's1');
    h.issue('eid-renew');
    const view = () => counterViews(h.state).find((c) => c.counterId === 'c1')!;
    expect(view()).toMatchObject({ busy: false, currentVisitStatus: null, currentVisitSince: null });

    const calledAt = h.now;
    const called = h.callNext('c1', 's1')!;
    h.advance(17 * MINUTE);
    expect(view()).toMatchObject({ busy: true, currentVisitStatus: 'called', currentVisitSince: calledAt });

    const startedAt = h.now;
    h.run('startServing', { counterId: 'c1', visitId: called.id }, h.staff('s1'));
    h.advance(3 * MINUTE);
    expect(view()).toMatchObject({ currentVisitStatus: 'serving', currentVisitSince: startedAt });
    // The counter's own "since" still marks the call: the view's step time is what changed.
    expect(view().since).toBe(calledAt);
  });
});
