import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDayBoundary } from '../../main/hub/core/housekeeping.js';
import type { Clock } from '../../main/hub/core/hub.js';
import { api, KIOSK_KEY, openAllDay, startTestHub, type TestHub } from '../support/hub.js';
import { DEMO_CATALOGUE } from '../../main/demo/catalogue.js';

describe('day boundary', () => {
  let hub: TestHub;
  // 2026-11-23 19:00 UTC is 23:00 in Dubai; an hour later it is the next business day there.
  let now = Date.UTC(2026, 10, 23, 19, 0, 0);
  const clock: Clock = { now: () => now };

  beforeAll(async () => {
    // 23:00 is after the demo's hours: open all day so the kiosk can take the night's tickets.
    hub = await startTestHub({ modules: [], clock, catalogue: openAllDay(DEMO_CATALOGUE) });
  });
  afterAll(async () => hub?.cleanup());

  it("removes yesterday's open visits with outcome end_of_day, keeps today's, and restarts numbering", async () => {
    const kiosk = `Device ${KIOSK_KEY}`;
    const late = await api(hub.url, 'POST', '/visits', kiosk, {
      serviceId: 'eid-renew',
      idempotencyKey: 'tap-day-0001',
    });
    expect((late.body.visit as { ticket: string }).ticket).toBe('A001');
    expect(await runDayBoundary(hub.hub)).toEqual({ removed: 0 });

    now += 60 * 60 * 1000;
    const early = await api(hub.url, 'POST', '/visits', kiosk, {
      serviceId: 'eid-renew',
      idempotencyKey: 'tap-day-0002',
    });
    expect(early.body.visit as { ticket: string; businessDay: string }).toMatchObject({
      ticket: 'A001',
      businessDay: '2026-11-24',
    });
    expect(await runDayBoundary(hub.hub)).toEqual({ removed: 1 });

    const rows = hub.hub.db
      .prepare(
        "SELECT business_day AS day, status, json_extract(doc, '$.outcome') AS outcome FROM visits ORDER BY business_day",
      )
      .all();
    expect(rows).toEqual([
      { day: '2026-11-23', status: 'removed', outcome: 'end_of_day' },
      { day: '2026-11-24', status: 'waiting', outcome: null },
    ]);
    expect(hub.hub.state.visits.size).toBe(1);
  });
});
