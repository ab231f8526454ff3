// The kiosk assistant on the blind question sets (issue #16): the confusion table per language
// (correct / partial / confident wrong / correct hand-over / missed answer) for the tuning set and,
// separately, the held-out set that tuning never looks at; and the time to answer one question.
// Run: npx tsx bench/assistant.ts [--misses] [--tuning-only]   (--misses lists the tuning set's
// non-correct answers; the held-out set is only ever counted, never listed; --tuning-only does not
// even load it, for whoever is tuning: its counts, watched over many runs, would be tuning on it).
import type { BlindQuestion } from '../tests/assistant/blind/types.js';
import { BLIND_TUNING } from '../tests/assistant/blind/questions.js';
import { evaluate, type Evaluation } from '../tests/assistant/blind/evaluate.js';
import { goodShare, GRADES, wrongShare, type Confusion } from '../tests/assistant/blind/grade.js';
import { cpus, loadavg } from 'node:os';
import { line, ms, summarise } from './stats.js';

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
const heldoutQuestions: readonly BlindQuestion[] = tuningOnly
  ? []
  : (await import('../tests/assistant/blind/heldout.js')).BLIND_HELDOUT;
// A second held-out set, written later by another blind author after the first had been looked at.
const heldout2Questions: readonly BlindQuestion[] = tuningOnly
  ? []
  : (await import('../tests/assistant/blind/heldout-2.js')).BLIND_HELDOUT_2;
const tuning = evaluate(BLIND_TUNING);
const heldout = evaluate(heldoutQuestions);
const heldout2 = evaluate(heldout2Questions);
console.log('Assistant benchmark: blind question sets (tests/assistant/blind), graded by grade.ts');
table(`Tuning set (${BLIND_TUNING.length} questions)`, tuning);
if (tuningOnly) console.log('\nHeld-out set: not loaded (--tuning-only)');
else {
  table(`Held-out set 1 (${heldoutQuestions.length} questions; its figures were seen while tuning)`, heldout);
  table(`Held-out set 2 (${heldout2Questions.length} questions; never seen by anyone tuning)`, heldout2);
}

const all = summarise([...tuning.latenciesMs, ...heldout.latenciesMs, ...heldout2.latenciesMs]);
const cpu = summarise([...tuning.cpuMs, ...heldout.cpuMs, ...heldout2.cpuMs]);
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

if (process.argv.includes('--misses')) {
  console.log('\nTuning set, answers not correct:');
  for (const g of tuning.graded) {
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
