/**
 * Waiting-time estimates against the classical delay predictors (LES, HOL, QL, a constant per service)
 * on simulated days (tests/simulation): per scenario, median and p90 absolute error of the central
 * estimate in minutes, and the share of actual waits inside Dawr's p10–p90 range (target 85–95 %).
 * Tuning seeds and held-out seeds are reported separately. `--tuning-only` skips the held-out seeds.
 */
import { performance } from 'node:perf_hooks';
import { estimateVisit } from '../shared/domain/estimate.js';
import { harness, MINUTE } from '../tests/domain/helpers.js';
import { figures, type ScenarioFigures } from '../tests/simulation/error-table.js';
import { NOTICE_LEAD_MINUTES } from '../tests/simulation/notices.js';
import { BASELINES } from '../tests/simulation/predictors.js';
import { line, ms, summarise } from './stats.js';
import { HELD_OUT_SEEDS, SCENARIOS, TUNING_SEEDS } from '../tests/simulation/scenarios.js';

const f1 = (x: number) => x.toFixed(1).padStart(6);
const pct = (x: number | undefined) => (x === undefined ? '     -' : `${(x * 100).toFixed(1)}%`.padStart(6));

function print(f: ScenarioFigures): void {
  console.log(
    `\n  ${f.scenario}: ${f.days} days, ${f.tickets} tickets, ${f.scored} called, ` +
      `mean wait ${f.meanWait.toFixed(1)} min, ${(f.abandoned * 100).toFixed(1)}% left first`,
  );
  console.log(`    ${'predictor'.padEnd(10)} median|err|  p90|err|  in p10–p90  under p90`);
  for (const [name, p] of Object.entries(f.byPredictor))
    console.log(
      `    ${name.padEnd(10)} ${f1(p.medianAbsError)}     ${f1(p.p90AbsError)}     ${pct(p.coverage)}     ${pct(p.underP90)}`,
    );
  const dawr = f.byPredictor.dawr!;
  const best = Math.min(...BASELINES.map((b) => f.byPredictor[b]!.medianAbsError));
  const bestP90 = Math.min(...BASELINES.map((b) => f.byPredictor[b]!.p90AbsError));
  const cov = dawr.coverage ?? 0;
  console.log(
    `    dawr vs best baseline (median): ${dawr.medianAbsError.toFixed(2)} vs ${best.toFixed(2)} ` +
      `${dawr.medianAbsError <= best ? '[best]' : '[BEHIND]'}; (p90): ${dawr.p90AbsError.toFixed(2)} vs ` +
      `${bestP90.toFixed(2)} ${dawr.p90AbsError <= bestP90 ? '[best]' : '[BEHIND]'}; range coverage ${pct(cov)} ` +
      `${cov >= 0.85 && cov <= 0.95 ? '[meets 85–95 %]' : '[MISSES 85–95 %]'}`,
  );
  console.log(
    `    ${'"your turn is near"'.padEnd(24)} too late  lead p10    p50    p90  short notice ` +
      `(minutes before the call; short: < ${NOTICE_LEAD_MINUTES / 2} min for those waiting ≥ ${NOTICE_LEAD_MINUTES})`,
  );
  for (const [rule, n] of Object.entries(f.notices))
    console.log(
      `    ${rule.padEnd(24)}   ${pct(n.tooLate)}   ${f1(n.leadP10)} ${f1(n.leadP50)} ${f1(n.leadP90)}       ${pct(n.shortNotice)}`,
    );
}

const tuningOnly = process.argv.includes('--tuning-only');
console.log(`== waiting-time estimates: tuning seeds ${TUNING_SEEDS.join(',')} (minutes)`);
for (const s of SCENARIOS) print(figures(s, TUNING_SEEDS));
if (!tuningOnly) {
  console.log(`\n== held-out seeds ${HELD_OUT_SEEDS.join(',')} (never tuned on)`);
  for (const s of SCENARIOS) print(figures(s, HELD_OUT_SEEDS));
}

/** Cost on the hot path: every waiting visit of a busy centre estimated for one snapshot. */
function snapshotCost(): void {
  const h = harness();
  const services = h.state.config.catalogue.services;
  for (let i = 0; i < 400; i++)
    h.issue(services[i % services.length]!.id, { priority: i % 9 ? null : 'senior' });
  ['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8'].forEach((c, i) => h.open(c, `s${i + 1}`));
  const waiting = [...h.state.visits.values()];
  const samples: number[] = [];
  for (let round = 0; round < 50; round++) {
    h.now += MINUTE; // a new instant: the projection is rebuilt once, then shared
    const t0 = performance.now();
    for (const v of waiting) estimateVisit(h.state, v, h.now);
    samples.push(performance.now() - t0);
  }
  const s = summarise(samples);
  console.log('\n== snapshot cost (400 waiting, 8 counters, all estimated at one instant)');
  line('p50 per snapshot', ms(s.p50), '< 20 ms', s.p50 < 20);
  line('p99 per snapshot', ms(s.p99));
}
snapshotCost();
