// The kiosk assistant on the blind question sets (issue #16): the confusion table per language
// (correct / partial / confident wrong / correct hand-over / missed answer) for the sets tuning may
// read (questions.ts, heldout.ts, tuning-2.ts with its never-listed validation third) and,
// separately, the held-out sets 2 and 3 that tuning never looks at; and the time to answer one question.
// Run: npx tsx bench/assistant.ts [--misses] [--tuning-only]   (--misses lists the tuning sets'
// non-correct answers; held-out sets are only ever counted, never listed; --tuning-only does not
// even load them, for whoever is tuning: their counts, watched over many runs, would be tuning on them).
import type { BlindQuestion } from '../tests/assistant/blind/types.js';
import { BLIND_TUNING } from '../tests/assistant/blind/questions.js';
import { BLIND_HELDOUT } from '../tests/assistant/blind/heldout.js';
import { evaluate, type Evaluation } from '../tests/assistant/blind/evaluate.js';
import { goodShare, GRADES, wrongShare, type Confusion } from '../tests/assistant/blind/grade.js';
import { cpus, loadavg } from 'node:os';
import { line, ms, summarise } from './stats.js';
import { performance } from 'node:perf_hooks';
import { DEMO_CATALOGUE } from '../main/demo/catalogue.js';
import { createSecondOpinion } from '../shared/domain/assistant/classifier/second-opinion.js';
import { DEMO_ELSEWHERE_SERVICES, DEMO_FAQ_ENTRIES } from '../tests/assistant/demo-assistant.js';

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

function table(name: string, e: Evaluation) {
  console.log(`\n${name}`);
  console.log(`  ${'lang'.padEnd(6)}${GRADES.map((g) => g.padStart(10)).join('')}${'total'.padStart(8)}`);
  for (const lang of ['ar', 'en'] as const) {
    const c: Confusion = e.byLanguage[lang];
    console.log(
      `  ${lang.padEnd(6)}${GRADES.map((g) => String(c[g]).padStart(10)).join('')}${String(c.total).padStart(8)}`,
    );
  }
  for (const lang of ['ar', 'en'] as const) {
    const c = e.byLanguage[lang];
    const outOfScope = e.graded.filter(
      (g) => g.question.lang === lang && g.question.expected.kind === 'out-of-scope',
    );
    const handed = outOfScope.filter((g) => g.grade === 'handover').length;
    line(`${lang}: correct or correct hand-over`, pct(goodShare(c)), '≥ 85 %', goodShare(c) >= 0.85);
    line(`${lang}: confident wrong`, pct(wrongShare(c)), '≤ 3 %', wrongShare(c) <= 0.03);
    line(
      `${lang}: out-of-scope handed over`,
      `${handed}/${outOfScope.length}`,
      'all',
      handed === outOfScope.length,
    );
  }
}

const tuningOnly = process.argv.includes('--tuning-only') || process.env.ASSISTANT_TUNING_ONLY === '1';
// Held-out set 1 was looked at by earlier tuning: it is tuning data now (tuned sets are printed in
// full with --misses). Tuning set 2 (BLIND_TUNING_2) comes from a later blind author; while it is
// absent the bench runs without it.
const tuning2Questions: readonly BlindQuestion[] = await import('../tests/assistant/blind/tuning-2.js')
  .then((m: { BLIND_TUNING_2?: readonly BlindQuestion[] }) => m.BLIND_TUNING_2 ?? [])
  .catch(() => []);
// A second held-out set, written later by another blind author: never loaded with --tuning-only.
const heldout2Questions: readonly BlindQuestion[] = tuningOnly
  ? []
  : (await import('../tests/assistant/blind/heldout-2.js')).BLIND_HELDOUT_2;
// A third, by engineer D (tests/assistant/blind/README.md): loaded like the second.
const heldout3Questions: readonly BlindQuestion[] = tuningOnly
  ? []
  : (await import('../tests/assistant/blind/heldout-3.js')).BLIND_HELDOUT_3;
const tuning = evaluate(BLIND_TUNING);
const heldout = evaluate(BLIND_HELDOUT);
// Cross-validation without the held-out sets: a third of tuning set 2 (ids divisible by 3) is kept
// as a validation part that --misses never lists, so its figures show whether tuning on the rest
// generalises. (Five of its failures were seen once, when the set first arrived.)
const isValidation = (q: BlindQuestion) => Number(q.id.split('-').pop()) % 3 === 0;
const tuning2 = evaluate(tuning2Questions.filter((q) => !isValidation(q)));
const validation = evaluate(tuning2Questions.filter(isValidation));
const heldout2 = evaluate(heldout2Questions);
const heldout3 = evaluate(heldout3Questions);
console.log('Assistant benchmark: blind question sets (tests/assistant/blind), graded by grade.ts');
table(`Tuning set (${BLIND_TUNING.length} questions)`, tuning);
table(`Held-out set 1, tuning data now (${BLIND_HELDOUT.length} questions; seen while tuning)`, heldout);
if (tuning2Questions.length) {
  table(`Tuning set 2, tuning part (${tuning2.graded.length} questions)`, tuning2);
  table(`Tuning set 2, validation part (${validation.graded.length} questions; never listed)`, validation);
} else console.log('\nTuning set 2: not in the tree yet');
if (tuningOnly) console.log('\nHeld-out sets 2 and 3: not loaded (--tuning-only)');
else {
  table(`Held-out set 2 (${heldout2Questions.length} questions; never seen by anyone tuning)`, heldout2);
  table(`Held-out set 3 (${heldout3Questions.length} questions; never seen by anyone tuning)`, heldout3);
}

const runs = [tuning, heldout, tuning2, validation, heldout2, heldout3];
const all = summarise(runs.flatMap((r) => r.latenciesMs));
const cpu = summarise(runs.flatMap((r) => r.cpuMs));
console.log('');
line(
  'time to answer one question (wall, in process)',
  `p50 ${ms(all.p50)}  p99 ${ms(all.p99)}  max ${ms(all.max)}  (n=${all.n})`,
  'p99 < 20 ms',
  all.p99 < 20,
);
line('CPU time per question', `p50 ${ms(cpu.p50)}  p99 ${ms(cpu.p99)}  max ${ms(cpu.max)}`);
console.log(
  `  (load average ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')} on ${cpus().length} cores: wall time includes waiting for a core)`,
);

// The assistant's learned second opinion (shared/domain/assistant/classifier): how long it takes to
// train (as the hub does when it builds the assistant) and to classify, and how often its first
// label is the expected one on tuning set 2's validation third (which it was never trained on).
// CPU time as well as wall time: on a shared machine the wall clock mostly measures waiting for a core.
const cpuSince = (c0: NodeJS.CpuUsage) => {
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
};
const trainMs: number[] = [];
const trainCpuMs: number[] = [];
let secondOpinion = createSecondOpinion(DEMO_CATALOGUE, DEMO_FAQ_ENTRIES, DEMO_ELSEWHERE_SERVICES);
for (let i = 0; i < 5; i++) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  secondOpinion = createSecondOpinion(DEMO_CATALOGUE, DEMO_FAQ_ENTRIES, DEMO_ELSEWHERE_SERVICES);
  trainMs.push(performance.now() - t0);
  trainCpuMs.push(cpuSince(c0));
}
const labelOf = (q: BlindQuestion) => {
  const e = q.expected;
  return e.kind === 'service'
    ? `service:${e.serviceId}`
    : e.kind === 'live'
      ? `live:${e.fact}`
      : e.kind === 'centre'
        ? `topic:${e.topic}`
        : e.kind;
};
// Warm, as on a hub that has answered a few questions: the first calls are compiled, not measured.
for (const q of BLIND_TUNING.slice(0, 50)) secondOpinion.predict(q.text);
const predictMs: number[] = [];
const predictCpuMs: number[] = [];
const top1 = { ar: 0, en: 0 };
for (const q of tuning2Questions.filter(isValidation)) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const prediction = secondOpinion.predict(q.text);
  predictMs.push(performance.now() - t0);
  predictCpuMs.push(cpuSince(c0));
  if (prediction.ranked[0]?.label === labelOf(q)) top1[q.lang]++;
}
const train = summarise(trainMs);
const trainCpu = summarise(trainCpuMs);
const predict = summarise(predictMs);
const predictCpu = summarise(predictCpuMs);
const validationCount = (lang: 'ar' | 'en') =>
  validation.graded.filter((g) => g.question.lang === lang).length;
console.log('\nSecond opinion (classifier)');
line('training, wall (warm, 5 runs)', `p50 ${ms(train.p50)}  max ${ms(train.max)}`);
line('training, CPU', `p50 ${ms(trainCpu.p50)}  max ${ms(trainCpu.max)}`, '< 200 ms', trainCpu.max < 200);
line('one question, wall', `p50 ${ms(predict.p50)}  p99 ${ms(predict.p99)}`);
line(
  'one question, CPU',
  `p50 ${ms(predictCpu.p50)}  p99 ${ms(predictCpu.p99)}`,
  '< 2 ms',
  predictCpu.p99 < 2,
);
for (const lang of ['ar', 'en'] as const)
  line(`${lang}: first label right, validation third`, `${top1[lang]}/${validationCount(lang)}`);

if (process.argv.includes('--misses')) {
  console.log('\nTuning sets, answers not correct:');
  for (const g of [...tuning.graded, ...heldout.graded, ...tuning2.graded]) {
    if (g.grade === 'correct' || g.grade === 'handover') continue;
    const a = g.answer;
    const e = g.question.expected;
    const what =
      'serviceId' in e ? `${e.serviceId}/${e.fact}` : 'fact' in e ? e.fact : 'topic' in e ? e.topic : e.kind;
    console.log(
      `  ${g.grade.padEnd(8)} ${g.question.id} [${e.kind} ${what}] ${g.question.text}\n           → ${a.outcome} ${a.confidence} ${a.kind ?? ''} ${a.matches
        .slice(0, 2)
        .map((m) => `${m.kind}:${m.id}`)
        .join(' ')} ${a.facts?.elsewhere?.id ?? ''}`,
    );
  }
}
