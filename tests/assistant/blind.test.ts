/**
 * Issue #16's targets on the blind question sets that tuning may read (tests/assistant/blind):
 * BLIND_TUNING (questions.ts), BLIND_TUNING_2 (tuning-2.ts, a later blind author) and BLIND_HELDOUT
 * (heldout.ts: held out once, looked at by earlier tuning, so tuning data now). Each must meet the
 * targets per language: ≥ 85 % correct or correct hand-over, ≤ 3 % confident wrong, every
 * out-of-scope question handed over. (Held-out set 1 has 42 questions a language: 85 % is 36.)
 * The held-out sets heldout-2.ts and heldout-3.ts are never imported here: whoever tunes must
 * not see them; the lead measures them with `npx tsx bench/assistant.ts`.
 */
import { describe, expect, it } from 'vitest';
import { BLIND_TUNING } from './blind/questions.js';
import { BLIND_TUNING_2 } from './blind/tuning-2.js';
import { BLIND_HELDOUT } from './blind/heldout.js';
import { evaluate } from './blind/evaluate.js';
import { goodShare, wrongShare } from './blind/grade.js';
import type { BlindQuestion } from './blind/types.js';

function targets(
  name: string,
  questions: readonly BlindQuestion[],
  minimumGood: number,
  minimumTotal: number,
) {
  describe(`blind ${name} (issue #16 targets)`, () => {
    const e = evaluate(questions);
    for (const lang of ['ar', 'en'] as const) {
      it(`${lang}: ≥ ${minimumGood * 100} % correct or correct hand-over, ≤ 3 % confident wrong, every out-of-scope handed over`, () => {
        const c = e.byLanguage[lang];
        console.log(`[assistant] blind ${name} ${lang}: ${JSON.stringify(c)}`);
        expect(c.total).toBeGreaterThanOrEqual(minimumTotal);
        expect(goodShare(c)).toBeGreaterThanOrEqual(minimumGood);
        expect(wrongShare(c)).toBeLessThanOrEqual(0.03);
        const outOfScope = e.graded.filter(
          (g) => g.question.lang === lang && g.question.expected.kind === 'out-of-scope',
        );
        expect(outOfScope.length).toBeGreaterThan(0);
        expect(outOfScope.filter((g) => g.grade !== 'handover').map((g) => g.question.id)).toEqual([]);
      });
    }
  });
}

targets('tuning set', BLIND_TUNING, 0.85, 100);
targets('tuning set 2', BLIND_TUNING_2, 0.85, 120);
targets('held-out set 1 (tuning data now)', BLIND_HELDOUT, 0.85, 40);
