/**
 * Issue #16's targets on the blind question sets that tuning may read (tests/assistant/blind):
 * BLIND_TUNING (questions.ts), BLIND_TUNING_2 (tuning-2.ts, a later blind author), BLIND_HELDOUT
 * (heldout.ts: held out once, looked at by earlier tuning, so tuning data now) and the tuning
 * parts of the retired held-out sets 2 to 12 (heldout-2.ts … heldout-12.ts: measured too often to
 * stay held out) and of the out-of-scope tuning set (tuning-oos.ts); their validation thirds, ids
 * divisible by 3, are only counted by the bench.
 * Each must meet the targets per language: ≥ 85 % correct or correct hand-over, ≤ 3 % confident
 * wrong, every out-of-scope question handed over. (Held-out set 1 has 42 questions a language: 85 %
 * is 36.) Held-out set 13 is never imported here: whoever tunes must not see it; the lead measures
 * it with `npx tsx bench/assistant.ts`.
 */
import { describe, expect, it } from 'vitest';
import { BLIND_TUNING } from './blind/questions.js';
import { BLIND_TUNING_2 } from './blind/tuning-2.js';
import { BLIND_HELDOUT } from './blind/heldout.js';
import { BLIND_HELDOUT_2 } from './blind/heldout-2.js';
import { BLIND_HELDOUT_3 } from './blind/heldout-3.js';
import { BLIND_HELDOUT_4 } from './blind/heldout-4.js';
import { BLIND_HELDOUT_5 } from './blind/heldout-5.js';
import { BLIND_HELDOUT_6 } from './blind/heldout-6.js';
import { BLIND_HELDOUT_7 } from './blind/heldout-7.js';
import { BLIND_HELDOUT_8 } from './blind/heldout-8.js';
import { BLIND_HELDOUT_9 } from './blind/heldout-9.js';
import { BLIND_HELDOUT_10 } from './blind/heldout-10.js';
import { BLIND_HELDOUT_11 } from './blind/heldout-11.js';
import { BLIND_HELDOUT_12 } from './blind/heldout-12.js';
import { BLIND_TUNING_OOS } from './blind/tuning-oos.js';
import { tuningPart } from './blind/splits.js';
import { evaluate } from './blind/evaluate.js';
import { goodShare, wrongShare } from './blind/grade.js';
import type { BlindQuestion } from './blind/types.js';

function targets(
  name: string,
  questions: readonly BlindQuestion[],
  minimumGoodFor: number | Readonly<Record<'ar' | 'en', number>>,
  minimumTotal: number,
) {
  describe(`blind ${name} (issue #16 targets)`, () => {
    const e = evaluate(questions);
    for (const lang of ['ar', 'en'] as const) {
      const minimumGood = typeof minimumGoodFor === 'number' ? minimumGoodFor : minimumGoodFor[lang];
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
targets('retired held-out set 2, tuning part', tuningPart(BLIND_HELDOUT_2), 0.85, 45);
// Arabic on this part was below the 85 % in session 6 (84.5 %); 94.0 % in session 7.
targets('retired held-out set 3, tuning part', tuningPart(BLIND_HELDOUT_3), 0.85, 80);
// Retired in session 7 (tuned on since): floors just under what they measure (84 a language: ar
// 82 and 82, en 81 and 81 correct or correct hand-over), so losing two questions fails.
targets('retired held-out set 4, tuning part', tuningPart(BLIND_HELDOUT_4), { ar: 0.96, en: 0.95 }, 80);
targets('retired held-out set 5, tuning part', tuningPart(BLIND_HELDOUT_5), { ar: 0.96, en: 0.95 }, 80);
// Retired in session 7 after two measurements (tuned on since): floors just under what its tuning
// part measures (84 a language: ar 83, en 78 correct or correct hand-over), so losing two fails.
targets('retired held-out set 6, tuning part', tuningPart(BLIND_HELDOUT_6), { ar: 0.97, en: 0.91 }, 80);
// Retired in session 8 after one measurement (ar 87.2 / 2.4 %, en 89.6 / 0.8 % good / confident
// wrong on the whole set): floors just under what its tuning part measures after that session's
// tuning (84 a language: ar 75, en 78 correct or correct hand-over; its tuning part is in the
// classifiers' training phrases since then), so losing two fails.
targets('retired held-out set 7, tuning part', tuningPart(BLIND_HELDOUT_7), { ar: 0.875, en: 0.91 }, 80);
// Retired in session 8 after one measurement (ar 87.2 / 3.2 %, en 88.0 / 5.6 % good / confident
// wrong on the whole set; out-of-scope handed over 11/12 and 9/12): floors just under what its
// tuning part measures after that session's fourth round (84 a language: ar 78, en 82 correct or
// correct hand-over, no confident wrong answer, every out-of-scope question handed over), so
// losing two fails.
targets('retired held-out set 8, tuning part', tuningPart(BLIND_HELDOUT_8), { ar: 0.91, en: 0.96 }, 80);
// Engineer J's held-out 9, retired in session 8 (round 7) after one measurement (ar 89.6 / 4.0 %,
// en 84.8 / 1.6 % good / confident wrong on the whole set; out-of-scope handed over 11/13 and
// 13/14): floors just under what its tuning part measures after that round (84 a language: ar 78,
// en 78 correct or correct hand-over, every out-of-scope question handed over; its tuning part is
// in the classifiers' training phrases since then), so losing two fails.
targets('retired held-out set 9, tuning part', tuningPart(BLIND_HELDOUT_9), 0.91, 80);
// Engineer L's held-out 10, retired in session 9 (round 8) after one measurement (ar 84.0 / 3.2 %,
// en 88.8 / 1.6 % good / confident wrong on the whole set; out-of-scope handed over 13/13 and
// 13/13): floors just under what its tuning part measures after that round (84 a language: ar 78,
// en 77 correct or correct hand-over, every out-of-scope question handed over; its English tuning
// part is in the classifiers' training phrases since then, its Arabic one is not: it made the
// Arabic validation thirds worse), so losing two fails.
targets('retired held-out set 10, tuning part', tuningPart(BLIND_HELDOUT_10), { ar: 0.91, en: 0.9 }, 80);
// Engineer M's held-out 11, retired in session 9 (round 9) after one measurement (ar 85.6 / 4.8 %,
// en 84.8 / 2.4 % good / confident wrong on the whole set; out-of-scope handed over 11/12 and
// 12/12): floors under what its tuning part measures after that round (84 a language: ar 76, en 72
// correct or correct hand-over, every out-of-scope question handed over; neither language's tuning
// part is in the classifiers' training phrases: each made its language's validation thirds worse),
// so losing two fails in Arabic and losing one in English (72 is the 85 % target itself).
targets('retired held-out set 11, tuning part', tuningPart(BLIND_HELDOUT_11), { ar: 0.89, en: 0.85 }, 80);
// Engineer N's held-out 12, retired in session 9 (round 10) after one measurement (ar 88.8 / 2.4 %,
// en 87.2 / 2.4 % good / confident wrong on the whole set; out-of-scope handed over 13/13 and
// 12/13): floors under what its tuning part measures after that round (84 a language: ar 77, en 72
// correct or correct hand-over, every out-of-scope question handed over; neither language's tuning
// part is in the classifiers' training phrases: each made its language's validation thirds worse),
// so losing two fails in Arabic and losing one in English (72 is the 85 % target itself).
targets('retired held-out set 12, tuning part', tuningPart(BLIND_HELDOUT_12), { ar: 0.9, en: 0.85 }, 80);
// Engineer K's out-of-scope tuning set (session 8, round 5: 60 out-of-scope and 30 not-offered
// questions a language, written blind). Measured once before any tuning on it (whole set: ar 82.2 %
// correct or correct hand-over / 6.7 % confident wrong, out-of-scope handed over 57/60; en 88.9 /
// 7.8 %, 54/60); its tuning part measures 60/60 a language after that round: losing two fails.
targets('out-of-scope tuning set, tuning part', tuningPart(BLIND_TUNING_OOS), 0.98, 60);
