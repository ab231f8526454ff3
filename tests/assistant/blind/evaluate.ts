/**
 * Runs the demo assistant over a blind question set and grades every answer (rules in grade.ts).
 * Shared by the bench (which prints the tables) and the target tests.
 */
import { performance } from 'node:perf_hooks';
import { DEMO_FORMS } from '../../../main/demo/forms.js';
import type { AssistantAnswer } from '../../../shared/domain/assistant/contract.js';
import { DEMO_FAQ_ENTRIES, demoAssistant } from '../demo-assistant.js';
import { emptyConfusion, grade, type Confusion, type Grade, type GradeContext } from './grade.js';
import type { BlindQuestion } from './types.js';

export interface Graded {
  question: BlindQuestion;
  answer: AssistantAnswer;
  grade: Grade;
  ms: number;
}

export interface Evaluation {
  byLanguage: Record<'ar' | 'en', Confusion>;
  graded: Graded[];
  latenciesMs: number[];
  /** CPU time of the same calls: what the question costs, apart from other work on the machine. */
  cpuMs: number[];
}

export const DEMO_GRADE_CONTEXT: GradeContext = {
  faqIds: new Set(DEMO_FAQ_ENTRIES.map((f) => f.id)),
  forms: DEMO_FORMS,
};

/** Questions of neither set, asked first so that timings are of a warm process, as on a hub. */
const WARM_UP = ['how do i renew my id', 'كيف اجدد الهوية', 'asdfgh qwerty', 'رخصه مرور', 'opening hours'];

export function evaluate(questions: readonly BlindQuestion[]): Evaluation {
  const assistant = demoAssistant();
  for (const q of WARM_UP) assistant.ask(q, 'en');
  const cpuMs: number[] = [];
  const byLanguage = { ar: emptyConfusion(), en: emptyConfusion() };
  const graded: Graded[] = [];
  const latenciesMs: number[] = [];
  for (const question of questions) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const answer = assistant.ask(question.text, question.lang);
    const ms = performance.now() - t0;
    const cpu = process.cpuUsage(c0);
    latenciesMs.push(ms);
    cpuMs.push((cpu.user + cpu.system) / 1000);
    const g = grade(question, answer, DEMO_GRADE_CONTEXT);
    byLanguage[question.lang][g]++;
    byLanguage[question.lang].total++;
    graded.push({ question, answer, grade: g, ms });
  }
  return { byLanguage, graded, latenciesMs, cpuMs };
}
