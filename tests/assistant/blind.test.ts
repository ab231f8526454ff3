/**
 * Issue #16's targets on the blind question sets (tests/assistant/blind; grading rules in grade.ts).
 * The tuning set must meet them per language. The held-out sets (heldout.ts, heldout-2.ts) are not
 * asserted here: they do not meet the targets yet (issue #16 stays open), and a test that is red
 * until the assistant generalises would block every other change. `npm run bench -- assistant`
 * prints their tables, counts only.
 */
import { describe, expect, it } from 'vitest';
import { BLIND_TUNING } from './blind/questions.js';
import { evaluate } from './blind/evaluate.js';
import { goodShare, wrongShare } from './blind/grade.js';

describe('blind tuning set (issue #16 targets)', () => {
  const e = evaluate(BLIND_TUNING);
  for (const lang of ['ar', 'en'] as const) {
    it(`${lang}: ≥ 85 % correct or correct hand-over, ≤ 3 % confident wrong, every out-of-scope handed over`, () => {
      const c = e.byLanguage[lang];
      console.log(`[assistant] blind tuning ${lang}: ${JSON.stringify(c)}`);
      expect(c.total).toBeGreaterThanOrEqual(100);
      expect(goodShare(c)).toBeGreaterThanOrEqual(0.85);
      expect(wrongShare(c)).toBeLessThanOrEqual(0.03);
      const outOfScope = e.graded.filter(
        (g) => g.question.lang === lang && g.question.expected.kind === 'out-of-scope',
      );
      expect(outOfScope.filter((g) => g.grade !== 'handover').map((g) => g.question.id)).toEqual([]);
    });
  }
});
