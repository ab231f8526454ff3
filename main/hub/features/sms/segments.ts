/**
 * How a text becomes SMS parts (3GPP TS 23.038 / 23.040): Latin-only text in the GSM 7-bit alphabet
 * (160 characters alone, 153 per part when split), anything else — Arabic — in UCS-2 (70 alone,
 * 67 per part). A split message carries a 6-byte concatenation header (UDH: IEI 0x00, 8-bit
 * reference, total, sequence) so the phone joins the parts. Pure: no I/O.
 *
 * GSM parts are written one septet per byte (unpacked), as SMPP's data_coding 0 expects; the SMSC
 * packs them for the air.
 */

export type SmsEncoding = 'gsm7' | 'ucs2';

export interface SmsPart {
  /** The concatenation header, or an empty buffer for a single-part message. */
  udh: Buffer;
  /** The part's text, encoded: GSM septets (one per byte) or UTF-16BE. */
  payload: Buffer;
  /** The part's own text (for logs and tests). */
  text: string;
}

export interface EncodedSms {
  encoding: SmsEncoding;
  /** SMPP data_coding: 0 (SMSC default alphabet, GSM 7-bit) or 8 (UCS-2). */
  dataCoding: 0 | 8;
  parts: SmsPart[];
}

/** Characters per message: alone, and per part when split (the UDH takes 6 bytes of the 140). */
export const SMS_LIMITS = {
  gsm7: { single: 160, part: 153 },
  ucs2: { single: 70, part: 67 },
} as const;

/** The most parts one message may have: the 8-bit header counts to 255, phones and SMSCs far less. */
export const MAX_SMS_PARTS = 10;

// The GSM 7-bit default alphabet, in code order (0x1B, the escape, is left out: it is not a character).
const GSM_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001bÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?' +
  '¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
// Characters of the extension table: each is written as ESC followed by its code.
const GSM_EXTENSION: ReadonlyMap<string, number> = new Map([
  ['\f', 0x0a],
  ['^', 0x14],
  ['{', 0x28],
  ['}', 0x29],
  ['\\', 0x2f],
  ['[', 0x3c],
  ['~', 0x3d],
  [']', 0x3e],
  ['|', 0x40],
  ['€', 0x65],
]);
const GSM_CODE: ReadonlyMap<string, number> = new Map(
  [...GSM_BASIC].flatMap((c, i) => (c === '\u001b' ? [] : [[c, i] as const])),
);
const ESC = 0x1b;

/** The septets one character takes in GSM 7-bit, or undefined when it is not in the alphabet. */
function gsmSeptets(ch: string): number[] | undefined {
  const basic = GSM_CODE.get(ch);
  if (basic !== undefined) return [basic];
  const ext = GSM_EXTENSION.get(ch);
  return ext === undefined ? undefined : [ESC, ext];
}

export function isGsm7(text: string): boolean {
  for (const ch of text) if (!gsmSeptets(ch)) return false;
  return true;
}

export class SmsTooLongError extends Error {
  override name = 'SmsTooLongError';
}

/**
 * The parts of `text`. `reference` (0–255) is the concatenation reference every part of this
 * message carries; keep it across retries so a phone that got some parts still joins them.
 */
export function segmentSms(text: string, reference: number): EncodedSms {
  if (!Number.isInteger(reference) || reference < 0 || reference > 255)
    throw new RangeError('the concatenation reference is one byte (0–255)');
  const encoding: SmsEncoding = isGsm7(text) ? 'gsm7' : 'ucs2';
  const chunks = encoding === 'gsm7' ? gsmChunks(text) : ucs2Chunks(text);
  if (chunks.length > MAX_SMS_PARTS)
    throw new SmsTooLongError(`the message needs ${chunks.length} parts; at most ${MAX_SMS_PARTS} are sent`);
  const total = chunks.length;
  return {
    encoding,
    dataCoding: encoding === 'gsm7' ? 0 : 8,
    parts: chunks.map((chunk, i) => ({
      udh: total === 1 ? Buffer.alloc(0) : concatenationHeader(reference, total, i + 1),
      payload: encoding === 'gsm7' ? Buffer.from(chunk.septets) : Buffer.from(chunk.text, 'utf16le').swap16(),
      text: chunk.text,
    })),
  };
}

/** UDH with one information element: concatenated short message, 8-bit reference. */
export function concatenationHeader(reference: number, total: number, sequence: number): Buffer {
  return Buffer.from([0x05, 0x00, 0x03, reference, total, sequence]);
}

interface Chunk {
  text: string;
  septets: number[];
}

function gsmChunks(text: string): Chunk[] {
  const all = [...text].map((ch) => ({ ch, septets: gsmSeptets(ch)! }));
  const length = all.reduce((n, c) => n + c.septets.length, 0);
  if (length <= SMS_LIMITS.gsm7.single) return [{ text, septets: all.flatMap((c) => c.septets) }];
  // An escaped character never straddles two parts: a phone would show the halves as two others.
  const chunks: Chunk[] = [];
  let current: Chunk = { text: '', septets: [] };
  for (const c of all) {
    if (current.septets.length + c.septets.length > SMS_LIMITS.gsm7.part) {
      chunks.push(current);
      current = { text: '', septets: [] };
    }
    current.text += c.ch;
    current.septets.push(...c.septets);
  }
  chunks.push(current);
  return chunks;
}

function ucs2Chunks(text: string): Chunk[] {
  // Counted in UTF-16 code units (what UCS-2 parts hold); a surrogate pair (an emoji) is not split.
  if (text.length <= SMS_LIMITS.ucs2.single) return [{ text, septets: [] }];
  const chunks: Chunk[] = [];
  let current = '';
  for (const ch of text) {
    if (current.length + ch.length > SMS_LIMITS.ucs2.part) {
      chunks.push({ text: current, septets: [] });
      current = '';
    }
    current += ch;
  }
  chunks.push({ text: current, septets: [] });
  return chunks;
}
