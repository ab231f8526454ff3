/**
 * Booking codes: 8 characters from 31 that cannot be mistaken for one another (no 0/O, 1/I/L),
 * easy to read out and type, and 31^8 ≈ 8.5·10^11 of them, so they cannot be enumerated.
 */
export const BOOKING_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const BOOKING_CODE_LENGTH = 8;

/** `randomIndex(n)` must return a uniformly random integer in [0, n) from a secure source. */
export function newBookingCode(randomIndex: (n: number) => number): string {
  let code = '';
  for (let i = 0; i < BOOKING_CODE_LENGTH; i++)
    code += BOOKING_CODE_ALPHABET[randomIndex(BOOKING_CODE_ALPHABET.length)];
  return code;
}
