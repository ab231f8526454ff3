/** A well-formed Emirates ID for tests: 784, a birth year, and a Luhn check digit. */
import { luhnValid } from '../../shared/domain/identity.js';

export function emiratesId(body = '19901234567'): string {
  const stem = `784${body}`;
  for (let d = 0; d <= 9; d++) if (luhnValid(`${stem}${d}`)) return `${stem}${d}`;
  throw new Error('no check digit fits');
}
