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

/** Everyone opens at 08:00; each counter takes one 20-minute break, staggered from 10:30. */
function counters(closeAtNoon: string[] = []): CounterPlan[] {
  return Object.entries(SPEEDS).map(([counterId, speed], i) => ({
    counterId,
    speed,
    openAt: 0,
    ...(closeAtNoon.includes(counterId) ? { closeAt: 240 } : {}),
    breaks: [{ at: 150 + i * 25, minutes: 20 }],
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
