/**
 * Which blind questions tuning may list and which it only counts (issue #16). Tuning set 2 and the
 * retired held-out sets 2 and 3 each keep a validation third (ids whose number is divisible by 3):
 * `bench/assistant.ts --misses` never lists it and nobody reads it, so its counts show whether
 * tuning on the other two thirds generalises.
 */
import type { BlindQuestion } from './types.js';

/** Validation third: the question's number (the last part of its id) is divisible by 3. */
export const isValidation = (q: BlindQuestion): boolean => Number(q.id.split('-').pop()) % 3 === 0;

/** The two thirds tuning may read and list. */
export const tuningPart = (questions: readonly BlindQuestion[]): BlindQuestion[] =>
  questions.filter((q) => !isValidation(q));

/** The third nobody reads; only its counts are printed. */
export const validationPart = (questions: readonly BlindQuestion[]): BlindQuestion[] =>
  questions.filter(isValidation);
