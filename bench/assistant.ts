// The kiosk assistant on the blind question sets (issue #16): the confusion table per language
// (correct / partial / confident wrong / correct hand-over / missed answer) for the sets tuning may
// read — questions.ts, heldout.ts, and tuning-2.ts, heldout-2.ts to heldout-12.ts (the last eleven
// retired as held-out sets: measured too often) and tuning-oos.ts (out-of-scope and not-offered
// questions only) each split into a tuning part and a validation third that is only counted — and, separately, held-out set 13 that tuning never looks at; and the
// time to answer one question and to train the second opinion.
// With --cross-validate: the tuning parts answered in three folds, each by an assistant whose
// classifiers were trained without that fold (how the thresholds in assistant.ts were chosen).
// Run: npx tsx bench/assistant.ts [--misses] [--tuning-only] [--cross-validate]   (--misses lists the tuning parts'
// non-correct answers; validation thirds and held-out set 13 are only ever counted, never listed;
// --tuning-only does not even load held-out set 13, for whoever is tuning: its counts, watched over
// many runs, would be tuning on it).
import type { BlindQuestion } from '../tests/assistant/blind/types.js';
import { BLIND_TUNING } from '../tests/assistant/blind/questions.js';
import { BLIND_HELDOUT } from '../tests/assistant/blind/heldout.js';
import { BLIND_TUNING_2 } from '../tests/assistant/blind/tuning-2.js';
import { BLIND_HELDOUT_2 } from '../tests/assistant/blind/heldout-2.js';
import { BLIND_HELDOUT_3 } from '../tests/assistant/blind/heldout-3.js';
import { BLIND_HELDOUT_4 } from '../tests/assistant/blind/heldout-4.js';
import { BLIND_HELDOUT_5 } from '../tests/assistant/blind/heldout-5.js';
import { BLIND_HELDOUT_6 } from '../tests/assistant/blind/heldout-6.js';
import { BLIND_HELDOUT_7 } from '../tests/assistant/blind/heldout-7.js';
import { BLIND_HELDOUT_8 } from '../tests/assistant/blind/heldout-8.js';
import { BLIND_HELDOUT_9 } from '../tests/assistant/blind/heldout-9.js';
import { BLIND_HELDOUT_10 } from '../tests/assistant/blind/heldout-10.js';
import { BLIND_HELDOUT_11 } from '../tests/assistant/blind/heldout-11.js';
import { BLIND_HELDOUT_12 } from '../tests/assistant/blind/heldout-12.js';
import { BLIND_TUNING_OOS } from '../tests/assistant/blind/tuning-oos.js';
import { isValidation, tuningPart, validationPart } from '../tests/assistant/blind/splits.js';
import { DEMO_GRADE_CONTEXT, evaluate, type Evaluation } from '../tests/assistant/blind/evaluate.js';
import {
  emptyConfusion,
  goodShare,
  grade,
  GRADES,
  wrongShare,
  type Confusion,
} from '../tests/assistant/blind/grade.js';
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { line, ms, summarise } from './stats.js';
import { performance } from 'node:perf_hooks';
import { DEMO_CATALOGUE } from '../main/demo/catalogue.js';
import {
  ALL_TRAINING_PHRASES,
  createSecondOpinion,
} from '../shared/domain/assistant/classifier/second-opinion.js';
import { FACT_PHRASES } from '../shared/domain/assistant/classifier/fact-phrases.js';
import { createAssistant } from '../shared/domain/assistant/assistant.js';
import { DEMO_REPRESENTATIVE_FAQ_ID } from '../main/demo/faq.js';
import { DEMO_FORMS } from '../main/demo/forms.js';
import {
  DEMO_ELSEWHERE_SERVICES,
  DEMO_FAQ_ENTRIES,
  demoAssistant,
} from '../tests/assistant/demo-assistant.js';

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
// Held-out set 1 was looked at by earlier tuning: it is tuning data now (listed in full with --misses).
// Tuning set 2, the retired held-out sets 2 to 12 and the out-of-scope tuning set (engineer K: only
// out-of-scope and not-offered questions) are split: two thirds tuning, a third validation.
const splitSets: readonly { name: string; questions: readonly BlindQuestion[] }[] = [
  { name: 'Tuning set 2', questions: BLIND_TUNING_2 },
  { name: 'Held-out set 2, retired: tuning data now', questions: BLIND_HELDOUT_2 },
  { name: 'Held-out set 3, retired: tuning data now', questions: BLIND_HELDOUT_3 },
  { name: 'Held-out set 4, retired: tuning data now', questions: BLIND_HELDOUT_4 },
  { name: 'Held-out set 5, retired: tuning data now', questions: BLIND_HELDOUT_5 },
  { name: 'Held-out set 6, retired: tuning data now', questions: BLIND_HELDOUT_6 },
  { name: 'Held-out set 7, retired: tuning data now', questions: BLIND_HELDOUT_7 },
  { name: 'Held-out set 8, retired: tuning data now', questions: BLIND_HELDOUT_8 },
  { name: 'Held-out set 9, retired: tuning data now', questions: BLIND_HELDOUT_9 },
  { name: 'Held-out set 10, retired: tuning data now', questions: BLIND_HELDOUT_10 },
  { name: 'Held-out set 11, retired: tuning data now', questions: BLIND_HELDOUT_11 },
  { name: 'Held-out set 12, retired: tuning data now', questions: BLIND_HELDOUT_12 },
  { name: 'Out-of-scope tuning set', questions: BLIND_TUNING_OOS },
];
// The held-out set (tests/assistant/blind/README.md): held-out 13 by a fifteenth blind author (engineer O);
// nobody tuning reads it, and --tuning-only does not even load it. Its path is built at run time so that
// type-checking never needs the file (it may not exist yet, and nobody tuning may open it); when it is
// absent the bench says so and measures the rest.
const heldoutModule = ['..', 'tests', 'assistant', 'blind', 'heldout-13.js'].join('/');
const heldoutFile = new URL(heldoutModule.replace(/\.js$/, '.ts'), import.meta.url);
const loadHeldout13 = async (): Promise<readonly BlindQuestion[] | undefined> => {
  if (!existsSync(heldoutFile)) return undefined;
  const loaded: { BLIND_HELDOUT_13?: readonly BlindQuestion[] } = await import(heldoutModule);
  if (!loaded.BLIND_HELDOUT_13) throw new Error(`${heldoutModule} does not export BLIND_HELDOUT_13`);
  return loaded.BLIND_HELDOUT_13;
};
const heldout13 = tuningOnly ? undefined : await loadHeldout13();
const heldoutSets: { name: string; questions: readonly BlindQuestion[] }[] = heldout13
  ? [{ name: 'Held-out set 13', questions: heldout13 }]
  : [];
const tuning = evaluate(BLIND_TUNING);
const heldout = evaluate(BLIND_HELDOUT);
const splits = splitSets.map((s) => ({
  name: s.name,
  tuning: evaluate(tuningPart(s.questions)),
  validation: evaluate(validationPart(s.questions)),
}));
const heldouts = heldoutSets.map((h) => ({ name: h.name, evaluation: evaluate(h.questions) }));
console.log('Assistant benchmark: blind question sets (tests/assistant/blind), graded by grade.ts');
table(`Tuning set (${BLIND_TUNING.length} questions)`, tuning);
table(`Held-out set 1, tuning data now (${BLIND_HELDOUT.length} questions; seen while tuning)`, heldout);
for (const s of splits) {
  table(`${s.name}, tuning part (${s.tuning.graded.length} questions)`, s.tuning);
  table(`${s.name}, validation third (${s.validation.graded.length} questions; never listed)`, s.validation);
}
const validationAll = {
  byLanguage: { ar: emptyConfusion(), en: emptyConfusion() },
  graded: splits.flatMap((s) => s.validation.graded),
  latenciesMs: [],
  cpuMs: [],
} satisfies Evaluation;
for (const g of validationAll.graded) {
  validationAll.byLanguage[g.question.lang][g.grade]++;
  validationAll.byLanguage[g.question.lang].total++;
}
table(
  `All validation thirds together (${validationAll.graded.length} questions; never listed)`,
  validationAll,
);
if (tuningOnly) console.log('\nHeld-out set 13: not loaded (--tuning-only)');
else if (!heldout13) console.log(`\nHeld-out set 13: not loaded (${heldoutFile.pathname} is absent)`);
for (const h of heldouts)
  table(`${h.name} (never seen by anyone tuning) (${h.evaluation.graded.length} questions)`, h.evaluation);

const runs = [
  tuning,
  heldout,
  ...splits.flatMap((x) => [x.tuning, x.validation]),
  ...heldouts.map((h) => h.evaluation),
];
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
// label is the expected one on the validation thirds (which it is never trained on).
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
// The whole build as at hub start: the index, the topic and the fact classifiers.
const buildMs: number[] = [];
const buildCpuMs: number[] = [];
for (let i = 0; i < 5; i++) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  demoAssistant();
  buildMs.push(performance.now() - t0);
  buildCpuMs.push(cpuSince(c0));
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
const validationQuestions = splitSets.flatMap((x) => x.questions.filter(isValidation));
for (const q of validationQuestions) {
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
const validationCount = (lang: 'ar' | 'en') => validationQuestions.filter((q) => q.lang === lang).length;
console.log('\nSecond opinion (classifier)');
line('training, wall (warm, 5 runs)', `p50 ${ms(train.p50)}  max ${ms(train.max)}`);
line('training, CPU', `p50 ${ms(trainCpu.p50)}  max ${ms(trainCpu.max)}`, '< 200 ms', trainCpu.max < 200);
const build = summarise(buildMs);
const buildCpu = summarise(buildCpuMs);
line('assistant build at hub start, wall', `p50 ${ms(build.p50)}  max ${ms(build.max)}`);
line(
  'assistant build at hub start, CPU',
  `p50 ${ms(buildCpu.p50)}  max ${ms(buildCpu.max)}`,
  '< 300 ms',
  buildCpu.max < 300,
);
line('one question, wall', `p50 ${ms(predict.p50)}  p99 ${ms(predict.p99)}`);
line(
  'one question, CPU',
  `p50 ${ms(predictCpu.p50)}  p99 ${ms(predictCpu.p99)}`,
  '< 2 ms',
  predictCpu.p99 < 2,
);
for (const lang of ['ar', 'en'] as const)
  line(`${lang}: first label right, validation thirds`, `${top1[lang]}/${validationCount(lang)}`);

if (process.argv.includes('--misses')) {
  console.log('\nTuning sets, answers not correct:');
  for (const g of [tuning, heldout, ...splits.map((x) => x.tuning)].flatMap((r) => r.graded)) {
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

if (process.argv.includes('--cross-validate')) {
  // The classifiers learn the tuning parts' phrasings, so on those parts they look better than
  // they are; here each fold is answered by classifiers that never saw it.
  const tuningQuestions = [
    BLIND_TUNING,
    BLIND_HELDOUT,
    ...splitSets.map((x) => tuningPart(x.questions)),
  ].flat();
  const without = <K extends string>(r: Readonly<Record<K, readonly string[]>>, drop: ReadonlySet<string>) =>
    Object.fromEntries(
      Object.entries<readonly string[]>(r).map(([k, v]) => [k, v.filter((t) => !drop.has(t))]),
    ) as Record<K, string[]>;
  const folds = 3;
  const byLanguage = { ar: emptyConfusion(), en: emptyConfusion() };
  const graded: Evaluation['graded'] = [];
  for (let f = 0; f < folds; f++) {
    const fold = tuningQuestions.filter((_, i) => i % folds === f);
    const drop = new Set(fold.map((q) => q.text));
    const assistant = createAssistant(
      DEMO_CATALOGUE,
      DEMO_FAQ_ENTRIES,
      {},
      {
        forms: DEMO_FORMS,
        elsewhere: DEMO_ELSEWHERE_SERVICES,
        representativeFaqId: DEMO_REPRESENTATIVE_FAQ_ID,
        trainingPhrases: without(ALL_TRAINING_PHRASES, drop),
        factPhrases: without(FACT_PHRASES, drop),
      },
    );
    for (const q of fold) {
      const answer = assistant.ask(q.text, q.lang);
      const g = grade(q, answer, DEMO_GRADE_CONTEXT);
      byLanguage[q.lang][g]++;
      byLanguage[q.lang].total++;
      graded.push({ question: q, answer, grade: g, ms: 0 });
    }
  }
  // With --misses too, its confident wrong answers (tuning parts only, so listing them is allowed):
  // the answers a confidence rule should catch.
  if (process.argv.includes('--misses'))
    for (const g of graded.filter((x) => x.grade === 'wrong'))
      console.log(
        `  cv wrong ${g.question.id} ${g.question.text}\n           → ${g.answer.outcome} ${g.answer.kind ?? ''} ${g.answer.matches
          .slice(0, 2)
          .map((m) => `${m.kind}:${m.id}`)
          .join(' ')}`,
      );
  table(
    `Tuning parts, ${folds}-fold cross-validation of the classifiers (${tuningQuestions.length} questions)`,
    {
      byLanguage,
      graded,
      latenciesMs: [],
      cpuMs: [],
    },
  );
}
