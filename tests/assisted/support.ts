/** Test data for assisted service: a valid Emirates ID (784 + Luhn) and good eid-renew form data. */
export function validEmiratesId(body = '78419901234567'): string {
  let sum = 0;
  [...body].reverse().forEach((ch, i) => {
    let d = Number(ch);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  });
  const check = (10 - (sum % 10)) % 10;
  return `${body.slice(0, 3)}-${body.slice(3, 7)}-${body.slice(7)}-${check}`;
}

export const goodEidRenew = () => ({
  emiratesId: validEmiratesId(),
  mobile: '0501234567',
  address: { emirate: 'dubai', area: 'Al Barsha' },
  validityYears: 5,
});
