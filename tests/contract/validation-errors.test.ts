import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { describeIssue, describeIssues } from '../../shared/contract/validation-errors.js';

const Shape = z.object({ a: z.object({ b: z.number() }), c: z.string() });
const failure = (input: unknown): z.ZodError => {
  const r = Shape.safeParse(input);
  if (r.success) throw new Error('expected the input to be refused');
  return r.error;
};

describe('describeIssues: the one wording of a failed validation', () => {
  it('names each problem by its dotted path, joined by "; "', () => {
    expect(describeIssues(failure({ a: { b: 'x' }, c: 1 }))).toBe(
      'a.b: Invalid input: expected number, received string; c: Invalid input: expected string, received number',
    );
  });

  it('words a problem with the value as a whole as its message, or after the given root', () => {
    const whole = failure(7);
    expect(describeIssues(whole)).toBe('Invalid input: expected object, received number');
    expect(describeIssues(whole, { root: '(root)' })).toBe(
      '(root): Invalid input: expected object, received number',
    );
  });

  it('can leave the paths out, prefix them, and join with another separator', () => {
    const e = failure({ a: { b: 1 } });
    expect(describeIssues(e, { paths: false })).toBe('Invalid input: expected string, received undefined');
    expect(describeIssues(e, { pathPrefix: '--' })).toBe(
      '--c: Invalid input: expected string, received undefined',
    );
    expect(describeIssues(failure({}), { separator: '\n' }).split('\n')).toHaveLength(2);
    expect(describeIssue({ path: [0, Symbol.for('s')], message: 'bad' })).toBe('0.Symbol(s): bad');
  });
});
