/** Emirates ID and UAE mobile numbers: validation, normalisation and masking. Pure. */

/** Digits only, or null when the text is not an Emirates ID with a valid Luhn check digit. */
export function normaliseEmiratesId(input: string): string | null {
  return emiratesIdProblem(input) === null ? input.replace(/[\s-]/g, '') : null;
}

/**
 * Which rule an Emirates ID breaks, so the citizen is told the one to fix: its shape (15 digits,
 * 784, a birth year from 1900 to 2100), or, with the shape right, its last (Luhn check) digit.
 */
export function emiratesIdProblem(input: string): 'shape' | 'checkDigit' | null {
  const compact = input.replace(/[\s-]/g, '');
  if (!/^784\d{12}$/.test(compact)) return 'shape';
  const year = Number(compact.slice(3, 7));
  if (year < 1900 || year > 2100) return 'shape';
  return luhnValid(compact) ? null : 'checkDigit';
}

export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** +9715XXXXXXXX for UAE mobile numbers (05X, 9715X, 009715X, +9715X), else null. */
export function normaliseUaeMobile(input: string): string | null {
  const compact = input.replace(/[\s()-]/g, '');
  const m = /^(?:\+971|00971|971|0)(5[024568]\d{7})$/.exec(compact);
  return m ? `+971${m[1]}` : null;
}

export function maskEmiratesId(normalised: string): string {
  return `784-****-****${normalised.slice(11, 14)}-${normalised.slice(14)}`;
}

export function maskMobile(normalised: string): string {
  return `${normalised.slice(0, 6)}*****${normalised.slice(-2)}`;
}
