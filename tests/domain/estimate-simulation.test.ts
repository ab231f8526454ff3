/**
 * A simulated day driving the real engine with an injected clock: Poisson arrivals, lognormal
 * service times around each service's expected minutes, N counters. At every issue the ticket's
 * estimate (p50/p90) is recorded; when it is called, its actual wait. Seeded, so deterministic.
 */
import { describe, expect, it } from 'vitest';
import type { Visit } from '../../shared/contract/visit.js';
import { MIN_SAMPLES, estimateVisit } from '../../shared/domain/estimate.js';
import { harness, mulberry32, MINUTE, SUNDAY_0800 } from './helpers.js';

interface Record {
  id: string;
  issuedAt: number;
  p50: number;
  p90: number;
  ahead: number;
  fromHistory: boolean;
  waited: number | null;
}

interface DayFigures {
  tickets: number;
  scored: number;
  meanWait: number;
  medianAbsErrorP50: number;
  meanAbsErrorP50: number;
  shareWithinP90: number;
  shareWithinP50: number;
  meanP50: number;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

function simulateDay(
  seed: number,
  counters: number,
  arrivalsPerHour: number,
  hours: number,
  cv = 0.5,
): Record[] {
  const rand = mulberry32(seed);
  const normal = () => {
    const u = 1 - rand();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rand());
  };
  // Lognormal with the given mean and coefficient of variation.
  const sigma = Math.sqrt(Math.log(1 + cv * cv));
  const serviceMs = (meanMinutes: number) =>
    Math.exp(Math.log(meanMinutes) - (sigma * sigma) / 2 + sigma * normal()) * MINUTE;

  const h = harness({ now: SUNDAY_0800 });
  const services = h.state.config.catalogue.services.filter((s) => s.queueId === 'q-identity');
  const staffed = (['c1', 'c2', 'c3', 'c8'] as const).slice(0, counters);
  staffed.forEach((c, i) => h.open(c, `s${i + 1}`));

  // Arrivals: a Poisson process, busier mid-morning (rate × 1.3 in the second and third hour).
  const arrivals: number[] = [];
  for (let t = SUNDAY_0800; ;) {
    const hour = (t - SUNDAY_0800) / (60 * MINUTE);
    const rate = arrivalsPerHour * (hour >= 1 && hour < 3 ? 1.3 : 0.85);
    t += (-Math.log(1 - rand()) / rate) * 60 * MINUTE;
    if (t >= SUNDAY_0800 + hours * 60 * MINUTE) break;
    arrivals.push(Math.round(t));
  }

  const busyUntil = new Map<string, { until: number; visit: Visit } | null>(staffed.map((c) => [c, null]));
  const records = new Map<string, Record>();
  const staffOf = (c: string) => `s${staffed.indexOf(c as (typeof staffed)[number]) + 1}`;

  const callFree = () => {
    for (const c of staffed) {
      if (busyUntil.get(c)) continue;
      const v = h.callNext(c, staffOf(c));
      if (!v) continue;
      const r = records.get(v.id)!;
      r.waited = h.now - r.issuedAt;
      h.run('startServing', { counterId: c, visitId: v.id }, h.staff(staffOf(c)));
      const expected = services.find((s) => s.id === v.serviceIds[0])!.expectedMinutes;
      busyUntil.set(c, { until: h.now + Math.round(serviceMs(expected)), visit: v });
    }
  };

  let next = 0;
  for (;;) {
    let soonest: { at: number; counter: string | null } = { at: Infinity, counter: null };
    if (next < arrivals.length) soonest = { at: arrivals[next]!, counter: null };
    for (const [c, b] of busyUntil) if (b && b.until < soonest.at) soonest = { at: b.until, counter: c };
    if (soonest.at === Infinity) break;
    h.now = soonest.at;
    if (soonest.counter) {
      const c = soonest.counter;
      const { visit } = busyUntil.get(c)!;
      h.run(
        'complete',
        {
          counterId: c,
          visitId: visit.id,
          services: [{ serviceId: visit.serviceIds[0]!, outcome: 'done', notes: '' }],
        },
        h.staff(staffOf(c)),
      );
      busyUntil.set(c, null);
    } else {
      next++;
      const service = services[rand() < 0.6 ? 0 : 1]!;
      const priority = rand() < 0.1 ? ('senior' as const) : null;
      const v = h.issue(service.id, { priority });
      const e = estimateVisit(h.state, v, h.now);
      records.set(v.id, {
        id: v.id,
        issuedAt: h.now,
        p50: e.p50Minutes * MINUTE,
        p90: e.p90Minutes * MINUTE,
        ahead: e.ahead,
        fromHistory: (h.state.serviceTimes.get('q-identity')?.length ?? 0) >= MIN_SAMPLES,
        waited: null,
      });
    }
    callFree();
  }

  const all = [...records.values()];
  expect(all.every((r) => r.waited !== null)).toBe(true);
  return all;
}

function figures(all: Record[]): DayFigures {
  const scored = all.filter((r) => r.fromHistory);
  const waits = scored.map((r) => r.waited!);
  const errors = scored.map((r) => Math.abs(r.p50 - r.waited!));
  return {
    tickets: all.length,
    scored: scored.length,
    meanWait: mean(waits) / MINUTE,
    medianAbsErrorP50: median(errors) / MINUTE,
    meanAbsErrorP50: mean(errors) / MINUTE,
    shareWithinP90: scored.filter((r) => r.waited! <= r.p90).length / scored.length,
    shareWithinP50: scored.filter((r) => r.waited! <= r.p50).length / scored.length,
    meanP50: mean(scored.map((r) => r.p50)) / MINUTE,
  };
}

const round = (f: DayFigures) =>
  Object.fromEntries(
    Object.entries(f).map(([k, v]) => [k, Number.isInteger(v) ? v : Math.round(v * 100) / 100]),
  );

describe('waiting-time estimate on a simulated day', () => {
  const scenarios = [
    { name: '3 counters, 18 arrivals/h, 6 h', seed: 7, counters: 3, rate: 18, hours: 6 },
    { name: '2 counters, 10 arrivals/h, 6 h', seed: 11, counters: 2, rate: 10, hours: 6 },
    { name: '4 counters, 25 arrivals/h, 5 h', seed: 23, counters: 4, rate: 25, hours: 5 },
  ];
  for (const s of scenarios) {
    it(`is useful: ${s.name}`, () => {
      // Five simulated days (seeds seed … seed+4), pooled.
      const f = figures(
        Array.from({ length: 5 }, (_, d) => simulateDay(s.seed + d, s.counters, s.rate, s.hours)).flat(),
      );
      console.log(`estimate simulation (${s.name}, 5 days from seed ${s.seed}):`, JSON.stringify(round(f)));
      expect(f.scored).toBeGreaterThan(250);
      // A day with real queueing, else the estimate is trivially right.
      expect(f.meanWait).toBeGreaterThan(5);
      // p50 is close: half of the estimates within 50% of the mean wait.
      expect(f.medianAbsErrorP50).toBeLessThan(0.5 * f.meanWait);
      // p50 is a median, roughly: between a third and two thirds of the waits are under it.
      expect(f.shareWithinP50).toBeGreaterThan(0.3);
      expect(f.shareWithinP50).toBeLessThan(0.8);
      // p90 covers most waits but is not padded to cover every one.
      expect(f.shareWithinP90).toBeGreaterThanOrEqual(0.7);
      expect(f.shareWithinP90).toBeLessThanOrEqual(0.98);
    });
  }

  it('is deterministic for a seed', () => {
    expect(figures(simulateDay(7, 3, 18, 2))).toEqual(figures(simulateDay(7, 3, 18, 2)));
    expect(figures(simulateDay(7, 3, 18, 2))).not.toEqual(figures(simulateDay(8, 3, 18, 2)));
  });
});
