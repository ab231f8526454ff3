/** The engine's setVisitLanguage (#19): pure, its own event, refusals that change nothing. */
import { describe, expect, it } from 'vitest';
import { harness, snapshot } from '../domain/helpers.js';
import { mapOutboxEntry } from '../../main/hub/features/sync/map-event.js';
import { DEMO_CATALOGUE } from '../../main/demo/catalogue.js';

const phone = { kind: 'public' } as const;

describe('setVisitLanguage', () => {
  it('changes the language of a waiting ticket and records who, when and from what', () => {
    const h = harness();
    const v = h.issue('eid-renew');
    expect(v.language).toBe('ar');
    h.advance(60_000);
    h.run('setVisitLanguage', { visitId: v.id, language: 'ur', token: v.publicToken }, phone);
    expect(h.visit(v.id).language).toBe('ur');
    // Nothing else about the visit moves: place in line and status stay.
    expect({ ...h.visit(v.id), language: 'ar' }).toEqual(v);
    const e = h.events.at(-1)!;
    expect(e).toMatchObject({
      type: 'visit.language_changed',
      visitId: v.id,
      at: h.now,
      actor: phone,
      data: { status: 'waiting', language: 'ur', fromLanguage: 'ar' },
    });
  });

  it('records nothing when the ticket already has the language', () => {
    const h = harness();
    const v = h.issue('eid-renew');
    h.run('setVisitLanguage', { visitId: v.id, language: 'ml', token: v.publicToken }, phone);
    const before = snapshot(h.state);
    const events = h.events.length;
    h.run('setVisitLanguage', { visitId: v.id, language: 'ml', token: v.publicToken }, phone);
    expect(snapshot(h.state)).toBe(before);
    expect(h.events.length).toBe(events);
  });

  it('follows a called ticket too, so the counter panel shows the new language', () => {
    const h = harness();
    const v = h.issue('eid-renew');
    h.open('c1', 's1');
    expect(h.callNext('c1', 's1')?.id).toBe(v.id);
    h.run('setVisitLanguage', { visitId: v.id, language: 'hi', token: v.publicToken }, phone);
    expect(h.visit(v.id)).toMatchObject({ status: 'called', language: 'hi' });
  });

  it('refuses a finished ticket, a wrong token and an unknown visit, changing nothing', () => {
    const h = harness();
    const done = h.issue('eid-renew');
    h.run('cancelVisit', { visitId: done.id, token: done.publicToken }, phone);
    const other = h.issue('eid-renew');
    const before = snapshot(h.state);
    const events = h.events.length;
    const refusals = [
      h.refuse('setVisitLanguage', { visitId: done.id, language: 'ur', token: done.publicToken }, phone),
      h.refuse('setVisitLanguage', { visitId: other.id, language: 'ur', token: done.publicToken }, phone),
      h.refuse('setVisitLanguage', { visitId: other.id, language: 'ur' }, phone),
      h.refuse('setVisitLanguage', { visitId: 'nope', language: 'ur', token: other.publicToken }, phone),
    ].map((e) => e.code);
    expect(refusals).toEqual(['invalid_transition', 'forbidden', 'forbidden', 'not_found']);
    expect(snapshot(h.state)).toBe(before);
    expect(h.events.length).toBe(events);
  });

  it('is an event central has no field for: the sync skips it with a reason, it is not lost', () => {
    const h = harness();
    const v = h.issue('eid-renew');
    h.run('setVisitLanguage', { visitId: v.id, language: 'bn', token: v.publicToken }, phone);
    const e = h.events.at(-1)!;
    const mapped = mapOutboxEntry(
      { seq: 2, eventId: e.id, type: e.type, at: e.at, actor: e.actor, data: e.data, visit: h.visit(v.id) },
      'centre-a',
      DEMO_CATALOGUE,
    );
    expect(mapped).toEqual({ kind: 'skip', reason: 'visit.language_changed has no central event type' });
  });
});
