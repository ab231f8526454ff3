/**
 * Unicode isolates for plain strings, where no element can be used: attribute values, aria labels,
 * document titles, text drawn on paper (devices/printer), SMS. UAX #9: FSI … PDI takes its direction
 * from its content; LRI … PDI is always left to right (identifiers, numbers, dates, masked values).
 */
const LRI = '\u2066';
const FSI = '\u2068';
const PDI = '\u2069';

/** `text` isolated, its direction from its first strong character: a name or label of either script. */
export function isolate(text: string): string {
  return `${FSI}${text}${PDI}`;
}

/** `text` isolated left to right: "784-****-****-567-8", "+971501234567", "(60+)", "2026-12-01 – 2026-12-06". */
export function isolateLtr(text: string): string {
  return `${LRI}${text}${PDI}`;
}

/** The text without isolate marks: for comparisons and for channels that cannot show them. */
export function stripIsolates(text: string): string {
  return text.replace(/[\u2066-\u2069]/g, '');
}
