/** A service request's number: SR-YYYYMMDD-NNNN, the business day and its gap-free count. */
export function requestNumber(day: string, n: number): string {
  return `SR-${day.replaceAll('-', '')}-${String(n).padStart(4, '0')}`;
}
