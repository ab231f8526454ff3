/**
 * Waiting-time estimates against the classical delay predictors (LES, HOL, QL, a constant per service)
 * on simulated days (tests/simulation): per scenario, median and p90 absolute error of the central
 * estimate in minutes, and the share of actual waits inside Dawr's p10–p90 range (target 85–95 %); then
 * that range by people ahead at issue and for waits over an hour, with the misses on each side and its
 * median width, per scenario and over all scenarios (tests/simulation/range-table.ts).
 * Tuning seeds and held-out seeds are reported separately. `--tuning-only` skips the held-out seeds.
 */
import { performance } from 'node:perf_hooks';
import { estimateVisit } from '../shared/domain/estimate.js';
import { harness } from '../tests/domain/helpers.js';
import { figures, type ScenarioFigures } from '../tests/simulation/error-table.js';
import { rangeTable, type RangeFigures, type RangeRecord } from '../tests/simulation/range-table.js';
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
  for (const [kind, k] of Object.entries(f.dawrByKind))
    console.log(
      `    dawr, ${kind.padEnd(12)} ${String(k.scored).padStart(5)} waits: median|err| ${k.medianAbsError.toFixed(1)}, ` +
        `p90|err| ${k.p90AbsError.toFixed(1)}, in p10–p90 ${pct(k.coverage)}`,
    );
  console.log(
    `    ${'"your turn is near"'.padEnd(36)} too late  lead p10    p50    p90  short notice ` +
      `(minutes before the call; short: < ${NOTICE_LEAD_MINUTES / 2} min for those waiting ≥ ${NOTICE_LEAD_MINUTES})`,
  );
  for (const [rule, n] of Object.entries(f.notices))
    console.log(
      `    ${rule.padEnd(36)}   ${pct(n.tooLate)}   ${f1(n.leadP10)} ${f1(n.leadP50)} ${f1(n.leadP90)}       ${pct(n.shortNotice)}`,
    );
}

function printRange(title: string, table: Record<string, RangeFigures>): void {
  console.log(`    ${title.padEnd(34)} waits  in p10–p90  before p10  after p90  median width`);
  for (const [bucket, r] of Object.entries(table))
    console.log(
      `    ${bucket.padEnd(34)} ${String(r.scored).padStart(5)}     ${pct(r.inside)}      ${pct(r.belowP10)}     ${pct(r.aboveP90)}  ${f1(r.medianWidth)} min`,
    );
}

/** Every scenario's figures, then the shown range over all of them (what a change to the range is judged by). */
function printSeeds(seeds: readonly number[]): void {
  const pooled: RangeRecord[] = [];
  for (const s of SCENARIOS) {
    const f = figures(s, seeds);
    print(f);
    printRange('dawr range, by people ahead', f.dawrRange);
    pooled.push(...f.dawrRangeRecords);
  }
  console.log('');
  printRange('dawr range, all scenarios', rangeTable(pooled));
}

const tuningOnly = process.argv.includes('--tuning-only');
// `--snapshot-only`: just the hot-path cost, without the simulated days (a quick before/after check).
const snapshotOnly = process.argv.includes('--snapshot-only');
if (!snapshotOnly) console.log(`== waiting-time estimates: tuning seeds ${TUNING_SEEDS.join(',')} (minutes)`);
if (!snapshotOnly) printSeeds(TUNING_SEEDS);
if (!tuningOnly && !snapshotOnly) {
  console.log(`\n== held-out seeds ${HELD_OUT_SEEDS.join(',')} (never tuned on)`);
  printSeeds(HELD_OUT_SEEDS);
}

/**
 * Cost on the hot path: every waiting visit of a busy centre estimated for one snapshot, late in a day
 * whose finished visits the hub still holds. Untimed rounds first (the JIT), then each round a new
 * instant, so the look-ahead is rebuilt once and shared. The machine is shared: CPU time per snapshot
 * is printed next to the wall time, which also counts time the process waited for a core.
 */
function snapshotCost(): void {
  const h = harness();
  const services = h.state.config.catalogue.services;
  const counters = ['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8'];
  counters.forEach((c, i) => h.open(c, `s${i + 1}`));
  // The day so far: 1,600 visits served, the counters in turn, one every 20 seconds.
  for (let i = 0; i < 1600; i++) {
    const counterId = counters[i % counters.length]!;
    const as = h.staff(`s${(i % counters.length) + 1}`);
    h.issue(services[i % services.length]!.id);
    const called = h.callNext(counterId, `s${(i % counters.length) + 1}`)!;
    h.run('startServing', { counterId, visitId: called.id }, as);
    h.now += 20_000;
    const services_ = [{ serviceId: called.serviceIds[0]!, outcome: 'done', notes: '' }];
    h.run('complete', { counterId, visitId: called.id, services: services_ }, as);
  }
  for (let i = 0; i < 400; i++)
    h.issue(services[i % services.length]!.id, { priority: i % 9 ? null : 'senior' });
  const waiting = [...h.state.lines.values()]
    .flatMap((l) => [...l.priority.ids(), ...l.normal.ids()])
    .map((id) => h.visit(id));
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let round = 0; round < 220; round++) {
    h.now += 15_000; // a new instant: the projection is rebuilt once, then shared
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    for (const v of waiting) estimateVisit(h.state, v, h.now);
    const t1 = performance.now();
    const c1 = process.cpuUsage(c0);
    if (round < 20) continue;
    wall.push(t1 - t0);
    cpu.push((c1.user + c1.system) / 1000);
  }
  const s = summarise(wall);
  const c = summarise(cpu);
  console.log(
    `\n== snapshot cost (${waiting.length} waiting, 8 counters, ${h.state.visits.size} visits today, all estimated at one instant, 200 rounds)`,
  );
  line('p50 per snapshot (wall)', ms(s.p50), '< 20 ms', s.p50 < 20);
  line('p99 per snapshot (wall)', ms(s.p99), '< 10 ms', s.p99 < 10);
  line('p50 / p99 per snapshot (CPU time)', `${ms(c.p50)} / ${ms(c.p99)}`);
}
snapshotCost();
