/** Staff type ticket numbers loosely; "a42", "A 42", "A-42" and "A042" all mean ticket A042. */
export function normaliseTicket(raw: string): string {
  const m = /^\s*([A-Za-z]{1,2})\s*-?\s*0*(\d{1,4})\s*$/.exec(raw);
  return m ? `${m[1]!.toUpperCase()}${m[2]!.padStart(3, '0')}` : raw.trim().toUpperCase();
}
