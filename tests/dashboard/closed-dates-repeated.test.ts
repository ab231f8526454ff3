/**
 * The closed-dates form finds a date given twice before the hub is asked (issue #15): the later row
 * is marked, so the manager reads the problem in their language instead of the hub's English detail.
 */
import { describe, expect, it } from 'vitest';
import { repeatedClosedDates } from '../../renderer/dashboard/catalogue-editor/form-values.js';

describe('a closed date given twice', () => {
  it('marks every later row with an earlier row’s date, and no other', () => {
    const rows = [
      { date: '2026-12-02' },
      { date: '2026-12-31' },
      { date: '2026-12-02 ' },
      { date: '2026-12-02' },
    ];
    expect([...repeatedClosedDates(rows)]).toEqual([2, 3]);
  });

  it('ignores rows with no date yet and a list without repeats', () => {
    expect(repeatedClosedDates([{ date: '' }, { date: '' }, { date: '2026-01-01' }]).size).toBe(0);
    expect(repeatedClosedDates([]).size).toBe(0);
  });
});
