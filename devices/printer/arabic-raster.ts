// Draws Arabic text as a black-and-white image the width of the paper, so printers without
// an Arabic code page (or without shaping) still print joined letters, right to left.
import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import { arabicFontFamily } from '../fonts.js';

export type RasterLineOptions = {
  widthDots: number;
  fontPx: number;
  bold?: boolean;
  align?: 'right' | 'center';
  fontPath?: string;
  /** Longest allowed line count when wrapping; further lines are dropped. */
  maxLines?: number;
  /** Trim blank columns (to whole bytes) so fewer bytes cross a slow serial line; the
   * printer centres the narrower image itself (ESC a 1). */
  crop?: boolean;
};

export type RasterImage = { png: Buffer; width: number; height: number; lines: string[] };

const MIN_FONT_PX = 18;

function wrap(ctx: SKRSContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (line && ctx.measureText(candidate).width > width) {
        lines.push(line);
        line = word;
      } else {
        line = candidate;
      }
    }
    if (line) lines.push(line);
  }
  return lines;
}

/** Renders `text` (wrapped to the paper width) to a PNG whose width is `widthDots`. */
export function renderArabicLines(text: string, opts: RasterLineOptions): RasterImage {
  if (!Number.isInteger(opts.widthDots) || opts.widthDots % 8 !== 0 || opts.widthDots <= 0) {
    throw new Error(`raster width must be a positive multiple of 8 dots, got ${opts.widthDots}`);
  }
  const family = arabicFontFamily(opts.fontPath);
  const font = (px: number): string => `${opts.bold ? 'bold ' : ''}${px}px ${family}`;
  const measure = createCanvas(8, 8).getContext('2d');
  let px = opts.fontPx;
  measure.font = font(px);
  let lines = wrap(measure, text, opts.widthDots);
  // Single-line headings shrink to fit instead of wrapping, like the printed layouts do.
  if (opts.maxLines === 1) {
    while (px > MIN_FONT_PX && measure.measureText(text).width > opts.widthDots) {
      px -= 2;
      measure.font = font(px);
    }
    lines = [text];
  }
  if (opts.maxLines && lines.length > opts.maxLines) lines = lines.slice(0, opts.maxLines);
  // Amiri's ascenders and descenders reach far beyond the em box, hence the generous leading.
  const lineHeight = Math.ceil(px * 1.6);
  const height = Math.max(lineHeight * lines.length, 1);
  const canvas = createCanvas(opts.widthDots, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, opts.widthDots, height);
  ctx.fillStyle = '#000';
  ctx.font = font(px);
  ctx.direction = 'rtl';
  ctx.textBaseline = 'middle';
  const align = opts.align ?? 'right';
  ctx.textAlign = align === 'center' ? 'center' : 'right';
  const x = align === 'center' ? opts.widthDots / 2 : opts.widthDots - 4;
  lines.forEach((line, i) => ctx.fillText(line, x, i * lineHeight + lineHeight / 2));
  if (!opts.crop) return { png: canvas.toBuffer('image/png'), width: opts.widthDots, height, lines };
  const { left, right } = inkColumns(
    ctx.getImageData(0, 0, opts.widthDots, height).data,
    opts.widthDots,
    height,
  );
  if (right < left) return { png: canvas.toBuffer('image/png'), width: opts.widthDots, height, lines };
  const x0 = Math.floor(left / 8) * 8;
  const width = Math.min(opts.widthDots - x0, Math.ceil((right + 1 - x0) / 8) * 8);
  const cropped = createCanvas(width, height);
  cropped.getContext('2d').drawImage(canvas, x0, 0, width, height, 0, 0, width, height);
  return { png: cropped.toBuffer('image/png'), width, height, lines };
}

function inkColumns(rgba: Uint8ClampedArray, width: number, height: number): { left: number; right: number } {
  let left = width;
  let right = -1;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      // Same threshold the printer library applies when it packs the bits.
      if ((rgba[(y * width + x) * 4 + 1] ?? 255) < 128) {
        if (x < left) left = x;
        if (x > right) right = x;
      }
    }
  }
  return { left, right };
}
