/**
 * A simulated day at a service centre, driving the REAL engine (decide/applyChange through the domain
 * test harness) with an injected clock. Seeded, so a seed gives the same day every time.
 *
 * Modelled: time-varying Poisson arrivals (thinning), the demo catalogue's five queues and its work
 * profiles (counters pulling from several queues, the priority interleave), lognormal service times
 * around each service's expected minutes, staff slower or faster than the mean, counters opening,
 * going on break and closing (each only once free, as staff do) with breaks of varied length,
 * abandonment after a patience time (half cancel from their phone, half are simply gone and become
 * no-shows after the recalls), appointments checked in at the kiosk (they join the priority line and
 * counters whose profile says so call them first when due), and visits transferred to another queue
 * after their first service (back at the place of their original arrival), whose second wait is
 * estimated and scored like a new ticket's.
 *
 * At every issue each predictor is asked for its estimate from the state the hub holds at that moment;
 * the actual wait (issue → first call) is recorded when the ticket is called.
 */
import type { Visit } from '../../shared/contract/visit.js';
import { estimateVisit, type WaitEstimate } from '../../shared/domain/estimate.js';
import { harness, mulberry32, MINUTE, SUNDAY_0800, type Harness } from '../domain/helpers.js';

export interface CounterPlan {
  counterId: string;
  /** Service time multiplier: 1.2 = a fifth slower than the mean. */
  speed: number;
  /** Minutes after the day starts. */
  openAt: number;
  closeAt?: number;
  breaks?: { at: number; minutes: number }[];
}

export interface Scenario {
  name: string;
  /** Arrivals per hour across the centre at the base rate. */
  arrivalsPerHour: number;
  /** Rate multiplier by hour since the start (missing hours: 1). */
  shape: number[];
  hours: number;
  /** Share of arrivals per queue. */
  queueMix: Record<string, number>;
  counters: CounterPlan[];
  /** Mean patience in minutes (exponential); people still waiting after it leave. */
  patienceMinutes: number;
  priorityShare: number;
  serviceCv: number;
  /** Share of arrivals to these queues that are checked-in appointments (absent: none). */
  appointments?: { queueIds: string[]; share: number };
  /** After service, this share of each queue's visits goes on to another queue (absent: none). */
  transfers?: { share: number; to: Record<string, string> };
}

export interface Estimate {
  p50: number;
  p10?: number;
  p90?: number;
  /** People ahead at issue, as the predictor counted them (absent: it does not count them). */
  ahead?: number;
}

/** What a predictor may read at the moment of issue: the state, plus what the hub has seen today. */
export interface Knowledge {
  h: Harness;
  visit: Visit;
  now: number;
  /** Per queue: wait (ms) of the last visit called from that queue's lines. */
  lastEnteredWait: Map<string, number>;
  /** Per service: sum and count of waits of visits called so far today. */
  servedWaits: Map<string, { sum: number; n: number }>;
}

export type Predictor = (k: Knowledge) => Estimate;

/** When a "your turn is near" notice goes, from the estimate the hub holds for the waiting ticket. */
export type NoticeRule = (e: WaitEstimate) => boolean;

export interface TicketRecord {
  queueId: string;
  /** How the wait began: a walk-in or an appointment check-in, or a transfer after a first service. */
  kind: 'walk-in' | 'appointment' | 'transferred';
  issuedAt: number;
  /** Predictor name → estimate in minutes. */
  estimates: Record<string, Estimate>;
  /** Minutes from issue (or transfer) to the call; null when the citizen left first. */
  waited: number | null;
  /** Notice rule name → minutes from issue to the first commit at which the rule fired (absent: never). */
  noticedAfter: Record<string, number>;
}

export function simulateDay(
  scenario: Scenario,
  seed: number,
  predictors: Record<string, Predictor>,
  notices: Record<string, NoticeRule> = {},
): TicketRecord[] {
  const rand = mulberry32(seed);
  // Appointments, transfers and break lengths draw from their own stream, so that turning them on
  // leaves the day's arrivals and service times as they were.
  const rand2 = mulberry32(seed * 7919 + 17);
  const normal = () => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
  const sigma = Math.sqrt(Math.log(1 + scenario.serviceCv ** 2));
  const lognormal = (mean: number) => Math.exp(Math.log(mean) - (sigma * sigma) / 2 + sigma * normal());
  const start = SUNDAY_0800;
  const h = harness({ now: start });
  const services = h.state.config.catalogue.services;

  // Arrivals by thinning a Poisson process at the highest rate of the day.
  const rateAt = (t: number) =>
    scenario.arrivalsPerHour * (scenario.shape[Math.floor((t - start) / (60 * MINUTE))] ?? 1);
  const maxRate = scenario.arrivalsPerHour * Math.max(1, ...scenario.shape);
  const arrivals: number[] = [];
  for (let t = start; ;) {
    t += (-Math.log(1 - rand()) / maxRate) * 60 * MINUTE;
    if (t >= start + scenario.hours * 60 * MINUTE) break;
    if (rand() < rateAt(t) / maxRate) arrivals.push(Math.round(t));
  }
  const mix = Object.entries(scenario.queueMix);
  const mixTotal = mix.reduce((a, [, w]) => a + w, 0);
  const pickQueue = () => {
    let r = rand() * mixTotal;
    for (const [q, w] of mix) if ((r -= w) < 0) return q;
    return mix[mix.length - 1]![0];
  };

  interface Desk {
    plan: CounterPlan;
    staffId: string;
    mode: 'closed' | 'open' | 'break' | 'done';
    busyUntil: number | null;
    visit: Visit | null;
    noShow: boolean;
    breakEnds: number | null;
    nextBreak: number;
  }
  const desks: Desk[] = scenario.counters.map((plan, i) => ({
    plan,
    staffId: `s${i + 1}`,
    mode: 'closed',
    busyUntil: null,
    visit: null,
    noShow: false,
    breakEnds: null,
    nextBreak: 0,
  }));
  const at = (minutes: number) => start + minutes * MINUTE;

  /** Every wait scored, in order; `records` holds the one each visit is in now. */
  const all: TicketRecord[] = [];
  const records = new Map<string, TicketRecord>();
  const leaveAt = new Map<string, number>();
  const gone = new Set<string>();
  const lastEnteredWait = new Map<string, number>();
  const servedWaits = new Map<string, { sum: number; n: number }>();
  const noticeRules = Object.entries(notices);

  // The hub looks at every followed ticket after each commit; here, after each batch of commits at one
  // instant (a notice at the very instant of the call is too late either way).
  const checkNotices = () => {
    if (!noticeRules.length) return;
    for (const id of leaveAt.keys()) {
      const r = records.get(id)!;
      if (gone.has(id) || noticeRules.every(([name]) => name in r.noticedAfter)) continue;
      const e = estimateVisit(h.state, h.visit(id), h.now);
      for (const [name, rule] of noticeRules)
        if (!(name in r.noticedAfter) && rule(e)) r.noticedAfter[name] = (h.now - r.issuedAt) / MINUTE;
    }
  };

  /** A new wait begins for `visit` (issued, or transferred): every predictor gives its estimate now. */
  const open = (visit: Visit, kind: TicketRecord['kind']) => {
    const know: Knowledge = { h, visit, now: h.now, lastEnteredWait, servedWaits };
    const estimates: Record<string, Estimate> = {};
    for (const [name, p] of Object.entries(predictors)) estimates[name] = p(know);
    const r: TicketRecord = {
      queueId: visit.queueId,
      kind,
      issuedAt: h.now,
      estimates,
      waited: null,
      noticedAfter: {},
    };
    records.set(visit.id, r);
    all.push(r);
  };

  /** Where a visit just served goes on to, if it does (only once: a second transfer is rare). */
  const transferTo = (v: Visit): string | undefined => {
    const t = scenario.transfers;
    if (!t || v.transferCount > 0 || !(v.queueId in t.to)) return undefined;
    return rand2() < t.share ? t.to[v.queueId] : undefined;
  };

  const free = (d: Desk) => {
    d.visit = null;
    d.busyUntil = null;
  };

  const complete = (d: Desk) => {
    const v = d.visit!;
    const as = h.staff(d.staffId);
    const counterId = d.plan.counterId;
    free(d);
    if (d.noShow) {
      h.run('recall', { counterId, visitId: v.id }, as);
      h.run('recall', { counterId, visitId: v.id }, as);
      h.run('markNoShow', { counterId, visitId: v.id }, as);
      return;
    }
    const queueId = transferTo(v);
    if (!queueId) {
      const services = [{ serviceId: v.serviceIds[v.serviceIds.length - 1]!, outcome: 'done', notes: '' }];
      h.run('complete', { counterId, visitId: v.id, services }, as);
      return;
    }
    const inQueue = services.filter((s) => s.queueId === queueId);
    const serviceId = inQueue[Math.floor(rand2() * inQueue.length)]!.id;
    const target = { kind: 'queue' as const, queueId, serviceId, position: 'original' as const };
    const moved = h.run('transfer', { counterId, visitId: v.id, target, note: '' }, as) as Visit;
    open(moved, 'transferred');
    // Sent on by staff, they stay for it.
    leaveAt.set(v.id, Infinity);
  };

  // Staff change status only when free (a break or closing waits for the visit in hand).
  const updateDesk = (d: Desk) => {
    const { plan } = d;
    const as = h.staff(d.staffId);
    if (d.mode === 'closed' && h.now >= at(plan.openAt)) {
      h.run('openCounter', { counterId: plan.counterId }, as);
      d.mode = 'open';
    }
    if (d.mode === 'break' && h.now >= d.breakEnds!) {
      h.run('setCounterStatus', { counterId: plan.counterId, status: 'available' }, as);
      d.mode = 'open';
      d.breakEnds = null;
    }
    if (d.mode !== 'open' || d.visit) return;
    if (plan.closeAt !== undefined && h.now >= at(plan.closeAt)) {
      h.run('setCounterStatus', { counterId: plan.counterId, status: 'closed' }, as);
      d.mode = 'done';
      return;
    }
    const b = plan.breaks?.[d.nextBreak];
    if (b && h.now >= at(b.at)) {
      h.run('setCounterStatus', { counterId: plan.counterId, status: 'break', reason: 'prayer' }, as);
      d.mode = 'break';
      // Breaks run shorter or longer than planned (a prayer, a late lunch): ±40 %.
      d.breakEnds = h.now + Math.round(b.minutes * (0.6 + 0.8 * rand2()) * MINUTE);
      d.nextBreak++;
    }
  };

  const callFree = () => {
    for (const d of desks) {
      updateDesk(d);
      if (d.mode !== 'open' || d.visit) continue;
      const v = h.callNext(d.plan.counterId, d.staffId);
      if (!v) continue;
      const r = records.get(v.id)!;
      const waited = h.now - r.issuedAt;
      leaveAt.delete(v.id);
      d.visit = v;
      if (gone.has(v.id)) {
        d.noShow = true;
        d.busyUntil = h.now + 2 * MINUTE;
      } else {
        r.waited = waited / MINUTE;
        lastEnteredWait.set(v.queueId, waited);
        const serviceId = v.serviceIds[v.serviceIds.length - 1]!;
        const sw = servedWaits.get(serviceId) ?? { sum: 0, n: 0 };
        servedWaits.set(serviceId, { sum: sw.sum + waited, n: sw.n + 1 });
        d.noShow = false;
        h.run('startServing', { counterId: d.plan.counterId, visitId: v.id }, h.staff(d.staffId));
        const expected = services.find((s) => s.id === serviceId)!.expectedMinutes;
        d.busyUntil = h.now + Math.round(lognormal(expected * d.plan.speed) * MINUTE);
      }
    }
  };

  const deskTimes = (d: Desk): number[] => {
    const ts = [at(d.plan.openAt)];
    if (d.busyUntil !== null) ts.push(d.busyUntil);
    if (d.breakEnds !== null) ts.push(d.breakEnds);
    if (d.plan.closeAt !== undefined) ts.push(at(d.plan.closeAt));
    const b = d.plan.breaks?.[d.nextBreak];
    if (b) ts.push(at(b.at));
    return ts.filter((t) => t > h.now);
  };

  let next = 0;
  for (;;) {
    let soonest = next < arrivals.length ? arrivals[next]! : Infinity;
    const anyoneWaiting = leaveAt.size > 0 || desks.some((d) => d.visit);
    for (const t of leaveAt.values()) soonest = Math.min(soonest, t);
    if (next < arrivals.length || anyoneWaiting)
      for (const d of desks) for (const t of deskTimes(d)) soonest = Math.min(soonest, t);
    if (soonest === Infinity) break;
    h.now = Math.max(h.now, soonest);
    for (const d of desks) if (d.busyUntil !== null && d.busyUntil <= h.now) complete(d);
    for (const [id, t] of [...leaveAt]) {
      if (t > h.now) continue;
      leaveAt.delete(id);
      const v = h.visit(id);
      if (v.status !== 'waiting') continue;
      // Half tell the centre (cancel from the phone page); the others are just gone.
      if (rand() < 0.5) h.run('cancelVisit', { visitId: id, token: v.publicToken });
      else gone.add(id);
    }
    while (next < arrivals.length && arrivals[next]! <= h.now) {
      next++;
      const queueId = pickQueue();
      const inQueue = services.filter((s) => s.queueId === queueId);
      const service = inQueue[Math.floor(rand() * inQueue.length)]!;
      const priority = rand() < scenario.priorityShare ? ('senior' as const) : null;
      const appointments = scenario.appointments;
      const booked = appointments?.queueIds.includes(queueId) && rand2() < appointments.share;
      // Checked in from 15 minutes early to 5 minutes late.
      const appointmentAt = booked ? h.now + Math.round((15 - 20 * rand2()) * MINUTE) : null;
      const visit = booked
        ? h.issue(service.id, { priority: 'appointment', appointmentAt })
        : h.issue(service.id, { priority });
      open(visit, booked ? 'appointment' : 'walk-in');
      leaveAt.set(visit.id, h.now + Math.round(-Math.log(1 - rand()) * scenario.patienceMinutes * MINUTE));
    }
    checkNotices();
    callFree();
    checkNotices();
  }
  return all;
}
