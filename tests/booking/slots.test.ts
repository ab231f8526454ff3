/** Booking slots and codes: the pure rules. */
import { describe, expect, it } from 'vitest';
import { DEMO_CATALOGUE } from '../../main/demo/catalogue.js';
import { BOOKING_CODE_ALPHABET, newBookingCode } from '../../shared/domain/booking/code.js';
import { isSlotStart, placesLeft, slotStarts, zonedEpoch } from '../../shared/domain/booking/slots.js';

const centre = DEMO_CATALOGUE.centre;

describe('slots', () => {
  it('covers the opening hours of the day in the centre’s zone, ending by closing time', () => {
    // Sunday 2 March 2025: open 07:30–20:00 in Dubai (UTC+4).
    const slots = slotStarts('2025-03-02', centre, 15);
    expect(slots[0]).toEqual({ startsAt: Date.UTC(2025, 2, 2, 3, 30), time: '07:30' });
    expect(slots.at(-1)!.time).toBe('19:45');
    expect(slots).toHaveLength(50);
  });
  it('has none on a closed day or a date that does not exist', () => {
    expect(slotStarts('2025-03-08', centre, 15)).toEqual([]); // Saturday
    expect(slotStarts('2025-02-30', centre, 15)).toEqual([]);
  });
  it('knows a slot start from any other time', () => {
    expect(isSlotStart(Date.UTC(2025, 2, 2, 6, 0), centre, 15)).toBe(true); // 10:00 Dubai
    expect(isSlotStart(Date.UTC(2025, 2, 2, 6, 5), centre, 15)).toBe(false);
    expect(isSlotStart(Date.UTC(2025, 2, 2, 16, 0), centre, 15)).toBe(false); // 20:00, closed
  });
  it('converts wall-clock time in a zone with daylight saving', () => {
    expect(zonedEpoch('2025-07-01', 9 * 60, 'Europe/London')).toBe(Date.UTC(2025, 6, 1, 8, 0));
    expect(zonedEpoch('2025-01-01', 9 * 60, 'Europe/London')).toBe(Date.UTC(2025, 0, 1, 9, 0));
  });
  it('never has negative places left', () => {
    expect(placesLeft(2, 1)).toBe(1);
    expect(placesLeft(1, 3)).toBe(0);
  });
});

describe('booking codes', () => {
  it('are 8 characters from 31 unambiguous ones', () => {
    expect(BOOKING_CODE_ALPHABET).toHaveLength(31);
    expect(BOOKING_CODE_ALPHABET).not.toMatch(/[01OIL]/);
    let i = 0;
    const code = newBookingCode((n) => i++ % n);
    expect(code).toBe('ABCDEFGH');
    expect(newBookingCode((n) => n - 1)).toBe('99999999');
  });
});
