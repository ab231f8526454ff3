/** Acting for someone else on the assisted form needs both the relation and the authorisation. */
import { describe, expect, it } from 'vitest';
import { onBehalfProblems } from '../../renderer/kiosk/assisted-form.js';

describe('onBehalfProblems', () => {
  it('asks nothing of a citizen acting for themself', () => {
    expect(onBehalfProblems(false, '', '')).toEqual([]);
  });
  it('names what is missing when acting for someone else', () => {
    expect(onBehalfProblems(true, '', '')).toEqual(['relation', 'authorisation']);
    expect(onBehalfProblems(true, 'family', '')).toEqual(['authorisation']);
    expect(onBehalfProblems(true, '', 'guardian')).toEqual(['relation']);
    expect(onBehalfProblems(true, 'family', 'guardian')).toEqual([]);
  });
});
