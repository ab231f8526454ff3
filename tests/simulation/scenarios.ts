/** The named days the estimate is measured on (demo catalogue: 8 counters, 5 queues, 4 work profiles). */
import type { CounterPlan, Scenario } from './centre-day.js';

const SPEEDS: Record<string, number> = {
  c1: 0.85,
  c2: 1.2,
  c3: 1,
  c4: 0.9,
  c5: 1.15,
  c6: 1,
  c7: 1.25,
  c8: 0.9,
};

/**
 * Planned break minutes per counter: a prayer break is short, a lunch break long. The look-ahead
 * assumes the centre's typical break (20 minutes), so most of these are not what it expects; the
 * simulated day also runs each break ±40 % off its plan.
 */
const BREAK_MINUTES = [15, 30, 20, 10, 30, 15, 25, 20];

/** Everyone opens at 08:00; each counter takes one break, staggered from 10:30. */
function counters(closeAtNoon: string[] = []): CounterPlan[] {
  return Object.entries(SPEEDS).map(([counterId, speed], i) => ({
    counterId,
    speed,
    openAt: 0,
    ...(closeAtNoon.includes(counterId) ? { closeAt: 240 } : {}),
    breaks: [{ at: 150 + i * 25, minutes: BREAK_MINUTES[i]! }],
  }));
}

const base = {
  hours: 6,
  // Identity 30 %, residency 18 %, traffic 32 %, municipality and labour 10 % each.
  queueMix: { 'q-identity': 30, 'q-residency': 18, 'q-traffic': 32, 'q-municipality': 10, 'q-labour': 10 },
  // A morning peak (09:00–11:00) and a lull round noon.
  shape: [0.9, 1.3, 1.3, 1, 0.6, 0.8],
  patienceMinutes: 90,
  priorityShare: 0.1,
  serviceCv: 0.5,
  // Booked identity and residency visits checked in at the kiosk (the demo profiles call them first when due).
  appointments: { queueIds: ['q-identity', 'q-residency'], share: 0.12 },
  // Some visits go on to another agency after the first (an ID renewal, then the residency visa).
  transfers: {
    share: 0.08,
    to: { 'q-identity': 'q-residency', 'q-residency': 'q-identity', 'q-traffic': 'q-municipality' },
  },
};

export const SCENARIOS: Scenario[] = [
  { ...base, name: 'quiet day', arrivalsPerHour: 36, counters: counters() },
  { ...base, name: 'normal day', arrivalsPerHour: 44, counters: counters() },
  {
    ...base,
    name: 'overloaded peak',
    arrivalsPerHour: 48,
    shape: [1, 1.7, 1.7, 1.2, 0.6, 0.7],
    patienceMinutes: 60,
    counters: counters(),
  },
  { ...base, name: 'two counters close at noon', arrivalsPerHour: 42, counters: counters(['c2', 'c5']) },
];

/** Seeds the estimate is tuned on, and seeds it is only ever reported on. */
export const TUNING_SEEDS = [1, 2, 3, 4, 5, 6];
export const HELD_OUT_SEEDS = [101, 102, 103, 104, 105, 106];
