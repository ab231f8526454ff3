/**
 * Reading a printed ticket back for tests: the ESC/POS job decoded (nothing left over), its text
 * lines, and whether an Arabic line drawn as an image is, dot for dot, what the writer draws for a
 * given sentence (devices/printer/bilingual-writer.ts: centred, cropped, half height).
 */
import { expect } from 'vitest';
import { decodeEscPos } from '../../../devices/escpos/decoder.js';
import { interpret, type ImageItem, type TranscriptItem } from '../../../devices/escpos/transcript.js';
import { renderArabicLines } from '../../../devices/printer/arabic-raster.js';
import { ARABIC_PX } from '../../../devices/printer/bilingual-writer.js';

export function decodeTicket(bytes: Uint8Array): TranscriptItem[] {
  const { commands, rest } = decodeEscPos(bytes);
  expect(rest.length).toBe(0);
  return interpret(commands);
}

export const textLines = (items: TranscriptItem[]): string[] =>
  items.flatMap((i) => (i.type === 'text' && i.text.trim() ? [i.text.trim()] : []));

export const englishText = (items: TranscriptItem[]): string =>
  textLines(items).join(' ').replace(/\s+/g, ' ');

export const imagesOf = (items: TranscriptItem[]): ImageItem[] =>
  items.filter((i): i is ImageItem => i.type === 'image');

/** Whether the job's images hold, dot for dot, `text` drawn as a body line (80 mm paper, 576 dots). */
export function hasArabicImage(images: ImageItem[], text: string, bold = false, maxLines = 1): boolean {
  const expected = renderArabicLines(text, {
    widthDots: 576,
    fontPx: ARABIC_PX,
    bold,
    align: 'center',
    crop: true,
    minFontPx: ARABIC_PX,
    halfHeight: true,
    maxLines,
  }).rasters;
  return expected.every((line) =>
    images.some(
      (img) =>
        img.width === line.width &&
        img.height === line.height &&
        Buffer.from(img.bits).equals(Buffer.from(line.bits)),
    ),
  );
}
