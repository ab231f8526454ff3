/**
 * The counter panel's earlier history from central leaves out the visit at the counter (U11): the
 * hub syncs that visit too, so central's timeline holds it, and the panel listed it as an earlier
 * one ("B011 serving_started"). Central here is a fake client answering a fixed timeline.
 */
import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import type { TimelineItem } from '../../shared/central/api.js';
import type { CentralClient } from '../../main/hub/features/sync/central-client.js';
import { createHistoryReader } from '../../main/hub/features/sync/customer-history.js';
import { hubSource } from '../../main/hub/features/sync/map-event.js';
import { harness } from '../domain/helpers.js';

const CENTRE = 'centre-a';

function visitItem(
  visitId: string,
  ticket: string,
  status: string,
  source = hubSource(CENTRE),
): TimelineItem {
  return {
    id: `visit:${source}:${visitId}`,
    kind: 'visit',
    channel: 'centre',
    source,
    occurredAt: '2026-12-07T07:00:00.000Z',
    endedAt: null,
    centreId: CENTRE,
    agencyId: 'icp',
    serviceIds: ['eid-renew'],
    visitChannel: 'kiosk',
    ticket,
    status,
    outcome: null,
    topic: null,
    staffId: null,
    assisted: false,
    onBehalf: false,
    feedback: null,
    requestNumber: null,
    requestStatus: null,
    steps: [],
  };
}

function centralAnswering(timeline: TimelineItem[]): CentralClient {
  return {
    sendBatch: () => Promise.reject(new Error('not used')),
    lookup: () => Promise.resolve('customer-1'),
    timeline: () => Promise.resolve(timeline),
    requestStatus: () => Promise.reject(new Error('not used')),
  };
}

describe('customer history from central', () => {
  const h = harness();
  const issued = h.issue('eid-renew');
  const atCounter = { ...issued, customer: { idHash: 'id-hash', masked: '784-****-****567-8' } };
  const db = new Database(':memory:');
  const reader = createHistoryReader({
    db,
    client: centralAnswering([
      visitItem(atCounter.id, atCounter.ticket, 'serving_started'),
      visitItem('earlier-visit', 'A013', 'completed'),
      // Another hub's visit that happens to share the id: not this one.
      visitItem(atCounter.id, 'C004', 'completed', hubSource('centre-b')),
    ]),
    centreId: () => CENTRE,
    timeoutMs: 1000,
    cacheMs: 60_000,
    now: () => h.now,
  });

  it('lists earlier visits only, not the one at the counter', async () => {
    const history = await reader.read(atCounter, 's1');
    expect(history.source).toBe('central');
    expect(history.items.map((i) => i.summary)).toEqual(['A013 completed', 'C004 completed']);
  });

  it('leaves it out of a cached read too', async () => {
    const again = await reader.read(atCounter, 's1');
    expect(again.items.map((i) => i.summary)).toEqual(['A013 completed', 'C004 completed']);
  });

  it('lists the visit once it is an earlier one, at the next visit of the same citizen', async () => {
    const next = { ...atCounter, id: 'next-visit', ticket: 'A020' };
    const history = await reader.read(next, 's1');
    expect(history.items.map((i) => i.summary)).toContain(`${atCounter.ticket} serving_started`);
  });
});
