/** Error figures per predictor over simulated days: median and p90 absolute error, range coverage. */
import { simulateDay, type Scenario, type TicketRecord } from './centre-day.js';
import { NOTICE_RULES, noticeFigures, type NoticeFigures } from './notices.js';
import { PREDICTORS } from './predictors.js';
import { quantile } from './quantile.js';
import { rangeTable, type RangeFigures, type RangeRecord } from './range-table.js';

export interface PredictorFigures {
  medianAbsError: number;
  p90AbsError: number;
  /** Share of actual waits inside the shown p10–p90 range (Dawr only). */
  coverage?: number;
  /** Share of actual waits at or under p90 (Dawr only). */
  underP90?: number;
}

export interface ScenarioFigures {
  scenario: string;
  days: number;
  tickets: number;
  scored: number;
  meanWait: number;
  abandoned: number;
  byPredictor: Record<string, PredictorFigures>;
  /** "Your turn is near" accuracy per notice rule. */
  notices: Record<string, NoticeFigures>;
  /** Dawr's figures for each way a wait begins (walk-in, appointment check-in, transfer). */
  dawrByKind: Record<TicketRecord['kind'], { scored: number } & PredictorFigures>;
  /** Dawr's shown range per bucket of people ahead (range-table.ts). */
  dawrRange: Record<string, RangeFigures>;
  /** The waits those figures are over, to pool scenarios (bench/estimates.ts). */
  dawrRangeRecords: RangeRecord[];
}

/** Dawr's range for each wait scored, with the people ahead it counted at issue. */
function dawrRangeRecords(scored: readonly TicketRecord[]): RangeRecord[] {
  return scored.map((r) => {
    const e = r.estimates.dawr!;
    return { ahead: e.ahead ?? 0, p10: e.p10 ?? e.p50, p50: e.p50, p90: e.p90 ?? e.p50, waited: r.waited! };
  });
}

function dawrFigures(scored: readonly TicketRecord[]): { scored: number } & PredictorFigures {
  const errors = scored.map((r) => Math.abs(r.estimates.dawr!.p50 - r.waited!));
  const inside = scored.filter((r) => {
    const e = r.estimates.dawr!;
    return r.waited! >= (e.p10 ?? e.p50) && r.waited! <= e.p90!;
  });
  return {
    scored: scored.length,
    medianAbsError: quantile(errors, 0.5),
    p90AbsError: quantile(errors, 0.9),
    coverage: inside.length / Math.max(1, scored.length),
  };
}

export function scenarioRecords(scenario: Scenario, seeds: readonly number[]): TicketRecord[] {
  return seeds.flatMap((seed) => simulateDay(scenario, seed, PREDICTORS, NOTICE_RULES));
}

export function figures(scenario: Scenario, seeds: readonly number[]): ScenarioFigures {
  const all = scenarioRecords(scenario, seeds);
  const scored = all.filter((r) => r.waited !== null);
  const byPredictor: Record<string, PredictorFigures> = {};
  for (const name of Object.keys(PREDICTORS)) {
    const errors = scored.map((r) => Math.abs(r.estimates[name]!.p50 - r.waited!));
    const f: PredictorFigures = { medianAbsError: quantile(errors, 0.5), p90AbsError: quantile(errors, 0.9) };
    const ranged = scored.filter((r) => r.estimates[name]!.p90 !== undefined);
    if (ranged.length) {
      f.coverage =
        ranged.filter((r) => {
          const e = r.estimates[name]!;
          return r.waited! >= (e.p10 ?? e.p50) && r.waited! <= e.p90!;
        }).length / ranged.length;
      f.underP90 = ranged.filter((r) => r.waited! <= r.estimates[name]!.p90!).length / ranged.length;
    }
    byPredictor[name] = f;
  }
  const rangeRecords = dawrRangeRecords(scored);
  return {
    scenario: scenario.name,
    days: seeds.length,
    tickets: all.length,
    scored: scored.length,
    meanWait: scored.reduce((a, r) => a + r.waited!, 0) / Math.max(1, scored.length),
    abandoned: (all.length - scored.length) / Math.max(1, all.length),
    byPredictor,
    notices: noticeFigures(all),
    dawrByKind: {
      'walk-in': dawrFigures(scored.filter((r) => r.kind === 'walk-in')),
      appointment: dawrFigures(scored.filter((r) => r.kind === 'appointment')),
      transferred: dawrFigures(scored.filter((r) => r.kind === 'transferred')),
    },
    dawrRange: rangeTable(rangeRecords),
    dawrRangeRecords: rangeRecords,
  };
}
