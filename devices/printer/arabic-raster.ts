// Draws Arabic text as black-and-white images, so printers without an Arabic code page (or without
// shaping) still print joined letters, right to left. Each wrapped line becomes its own image, cut
// to its ink (whole bytes wide, not one blank row above or below), because every blank row sent is
// 1/203 inch of paper that costs as many bytes over a slow serial line as a row of text; the writer
// feeds the paper for the space between lines instead (ESC J).
import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import { PNG } from 'pngjs';
import { arabicFontFamily } from '../fonts.js';

export type RasterLineOptions = {
  widthDots: number;
  fontPx: number;
  bold?: boolean;
  align?: 'right' | 'center';
  fontPath?: string;
  /** Longest allowed line count when wrapping; further lines are dropped. */
  maxLines?: number;
  /** With `maxLines: 1` a line too wide shrinks, down to this size (default 18 px); still too
   * wide, it wraps onto a second line instead of shrinking further. */
  minFontPx?: number;
  /** Trim blank columns (to whole bytes) so fewer bytes cross a slow serial line; the
   * printer centres the narrower image itself (ESC a 1). */
  crop?: boolean;
  /** Draw at half the vertical resolution, for GS v 0 in double-height mode (the printer prints
   * every row twice): half the bytes on the wire, and at 24 px and up the strokes stay whole. */
  halfHeight?: boolean;
  /**
   * Another script's font list (devices/printer/script-fonts.ts) instead of the Arabic font, for a
   * visitor language's lines (issue #19); `fontPath` is then ignored.
   */
  fontFamily?: string;
  /** The paragraph direction the line is shaped and ordered in; default right to left. */
  direction?: 'rtl' | 'ltr';
  /** The canvas line's height in font sizes (default 1.6); the blank part is trimmed anyway. */
  lineHeightRatio?: number;
};

/** One wrapped line as printed: `bits` is GS v 0 data (1 = ink, MSB first, `width / 8` bytes a row). */
export type RasterLine = {
  text: string;
  png: Buffer;
  width: number;
  height: number;
  bits: Uint8Array;
  /** How many paper rows one image row prints as: 2 when drawn with `halfHeight`. */
  scaleY: 1 | 2;
  /** Blank rows cut off above and below the ink, of the line's full height (`fontPx * 1.6`), in image rows. */
  trimmedTop: number;
  trimmedBottom: number;
};

export type RasterImage = { width: number; height: number; lines: string[]; rasters: RasterLine[] };

const MIN_FONT_PX = 18;
/**
 * A dot is ink when its luminance is below this. The usual 128 drops the grey, antialiased edges
 * of strokes one or two dots thin, and with them the upright of "+" (printed as "−"), hamza and
 * the dots that tell letters apart; 200 keeps them and thickens text by well under a dot.
 */
export const INK_THRESHOLD = 200;
/** Luminance below which a dot counts when finding where the image is cut (see renderArabicLines). */
export const EDGE_THRESHOLD = 128;

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

/** Thresholds an RGBA canvas into 0/1 dots. */
function inkDots(rgba: Uint8ClampedArray, count: number, threshold: number): Uint8Array {
  const dots = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    const o = i * 4;
    const lum = 0.2126 * (rgba[o] ?? 255) + 0.7152 * (rgba[o + 1] ?? 255) + 0.0722 * (rgba[o + 2] ?? 255);
    dots[i] = lum < threshold ? 1 : 0;
  }
  return dots;
}

function inkBox(
  dots: Uint8Array,
  width: number,
  height: number,
): { left: number; right: number; top: number; bottom: number } | null {
  let left = width;
  let right = -1;
  let top = height;
  let bottom = -1;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (!dots[y * width + x]) continue;
      if (x < left) left = x;
      if (x > right) right = x;
      if (y < top) top = y;
      bottom = y;
    }
  }
  return right < 0 ? null : { left, right, top, bottom };
}

function cut(
  dots: Uint8Array,
  fullWidth: number,
  x0: number,
  y0: number,
  width: number,
  height: number,
): { png: Buffer; bits: Uint8Array } {
  const png = new PNG({ width, height });
  const rowBytes = width / 8;
  const bits = new Uint8Array(rowBytes * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const ink = x0 + x < fullWidth && dots[(y0 + y) * fullWidth + x0 + x] === 1;
      const o = (y * width + x) * 4;
      const v = ink ? 0 : 255;
      png.data[o] = v;
      png.data[o + 1] = v;
      png.data[o + 2] = v;
      png.data[o + 3] = 255;
      if (ink) bits[y * rowBytes + (x >> 3)]! |= 0x80 >> (x & 7);
    }
  }
  return { png: PNG.sync.write(png), bits };
}

/** Renders `text` (wrapped to the paper width), one pure black-and-white image per line. */
export function renderArabicLines(text: string, opts: RasterLineOptions): RasterImage {
  if (!Number.isInteger(opts.widthDots) || opts.widthDots % 8 !== 0 || opts.widthDots <= 0) {
    throw new Error(`raster width must be a positive multiple of 8 dots, got ${opts.widthDots}`);
  }
  const family = opts.fontFamily ?? arabicFontFamily(opts.fontPath);
  const font = (px: number): string => `${opts.bold ? 'bold ' : ''}${px}px ${family}`;
  const measure = createCanvas(8, 8).getContext('2d');
  let px = opts.fontPx;
  measure.font = font(px);
  let lines = wrap(measure, text, opts.widthDots);
  // Single-line headings shrink to fit instead of wrapping, like the printed layouts do.
  let maxLines = opts.maxLines;
  if (opts.maxLines === 1) {
    const minPx = Math.min(opts.fontPx, opts.minFontPx ?? MIN_FONT_PX);
    while (px - 2 >= minPx && measure.measureText(text).width > opts.widthDots) {
      px -= 2;
      measure.font = font(px);
    }
    if (measure.measureText(text).width > opts.widthDots) {
      lines = wrap(measure, text, opts.widthDots);
      maxLines = 2;
    } else {
      lines = [text];
    }
  }
  if (maxLines && lines.length > maxLines) lines = lines.slice(0, maxLines);
  // Amiri's ascenders and descenders reach far beyond the em box, hence the generous canvas;
  // the blank part is trimmed before anything is sent.
  const lineHeight = Math.ceil(px * (opts.lineHeightRatio ?? 1.6));
  const align = opts.align ?? 'right';
  const x = align === 'center' ? opts.widthDots / 2 : opts.widthDots - 4;
  const rasters: RasterLine[] = [];
  const scaleY = opts.halfHeight ? 2 : 1;
  const rows = Math.ceil(lineHeight / scaleY);
  for (const line of lines) {
    const canvas = createCanvas(opts.widthDots, rows);
    const ctx = canvas.getContext('2d');
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, opts.widthDots, rows);
    // Squashed by the canvas itself, so each image row is the anti-aliased coverage of two paper
    // rows: a stroke one paper row thin still greys its image row enough to pass INK_THRESHOLD.
    ctx.scale(1, 1 / scaleY);
    ctx.fillStyle = '#000';
    ctx.font = font(px);
    ctx.direction = opts.direction ?? 'rtl';
    ctx.textBaseline = 'middle';
    ctx.textAlign = align === 'center' ? 'center' : 'right';
    ctx.fillText(line, x, lineHeight / 2);
    const rgba = ctx.getImageData(0, 0, opts.widthDots, rows).data;
    const dots = inkDots(rgba, opts.widthDots * rows, INK_THRESHOLD);
    // The image is cut to the box of the darker dots only: the pale fringe outside it adds whole
    // rows and columns of bytes, and the strokes inside still keep their thin parts.
    const box = inkBox(inkDots(rgba, opts.widthDots * rows, EDGE_THRESHOLD), opts.widthDots, rows);
    if (!box) continue;
    // The cut starts at the first inked column, not at the byte boundary before it, so no more
    // than the last byte of a row is ever part blank.
    const x0 = opts.crop ? box.left : 0;
    const width = opts.crop
      ? Math.min(opts.widthDots - x0, Math.ceil((box.right + 1 - x0) / 8) * 8)
      : opts.widthDots;
    const height = box.bottom - box.top + 1;
    const { png, bits } = cut(dots, opts.widthDots, x0, box.top, width, height);
    rasters.push({
      text: line,
      png,
      bits,
      width,
      height,
      scaleY,
      trimmedTop: box.top,
      trimmedBottom: rows - 1 - box.bottom,
    });
  }
  return {
    width: Math.max(0, ...rasters.map((r) => r.width)),
    height: rasters.reduce((h, r) => h + r.height, 0),
    lines,
    rasters,
  };
}
