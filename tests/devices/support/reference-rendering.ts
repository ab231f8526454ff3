/**
 * A reference rendering of a line of text, drawn independently of the printer code (its own font
 * registration, full vertical resolution, no cropping to bytes), and a similarity measure between
 * it and an image decoded from a ticket's ESC/POS bytes. The measure is the F1 score of ink dots
 * that have an ink dot of the other image within `RADIUS` dots (the ticket's images are drawn at
 * half height and printed twice, so rows differ by one), both images cut to their ink and centred.
 */
import { basename } from 'node:path';
import { GlobalFonts, createCanvas } from '@napi-rs/canvas';
import { PNG } from 'pngjs';
import { unpackBits, type ImageItem } from '../../../devices/escpos/transcript.js';

/** A black-and-white picture: `dots[y * width + x]` is 1 for ink. */
export type Dots = { width: number; height: number; dots: Uint8Array };

const RADIUS = 1;
const LATIN = '/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf';
const families = new Map<string, string>();

function family(file: string): string {
  let name = families.get(file);
  if (!name) {
    name = `Ref${families.size}-${basename(file).replace(/\W/g, '')}`;
    if (!GlobalFonts.registerFromPath(file, name)) throw new Error(`cannot load ${file}`);
    families.set(file, name);
  }
  return name;
}

function cropToInk(d: Dots): Dots {
  let left = d.width;
  let right = -1;
  let top = d.height;
  let bottom = -1;
  for (let y = 0; y < d.height; y++)
    for (let x = 0; x < d.width; x++)
      if (d.dots[y * d.width + x]) {
        left = Math.min(left, x);
        right = Math.max(right, x);
        top = Math.min(top, y);
        bottom = y;
      }
  if (right < 0) return { width: 0, height: 0, dots: new Uint8Array(0) };
  const width = right - left + 1;
  const height = bottom - top + 1;
  const dots = new Uint8Array(width * height);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) dots[y * width + x] = d.dots[(top + y) * d.width + left + x]!;
  return { width, height, dots };
}

/**
 * `text` drawn in `fontFile` (Noto Sans for what it lacks, unless `latinFallback` is false) at
 * `px`, in `direction`, thresholded at mid grey and cut to its ink.
 */
export function referenceRendering(
  text: string,
  opts: { fontFile: string; px: number; direction: 'rtl' | 'ltr'; bold?: boolean; latinFallback?: boolean },
): Dots {
  const width = 1600;
  const height = Math.ceil(opts.px * 3);
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = '#000';
  const fonts = [family(opts.fontFile), ...(opts.latinFallback === false ? [] : [family(LATIN)])];
  ctx.font = `${opts.bold ? 'bold ' : ''}${opts.px}px ${fonts.join(', ')}`;
  ctx.direction = opts.direction;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillText(text, width / 2, height / 2);
  const rgba = ctx.getImageData(0, 0, width, height).data;
  const dots = new Uint8Array(width * height);
  for (let i = 0; i < dots.length; i++) {
    const lum = 0.2126 * rgba[i * 4]! + 0.7152 * rgba[i * 4 + 1]! + 0.0722 * rgba[i * 4 + 2]!;
    dots[i] = lum < 160 ? 1 : 0;
  }
  return cropToInk({ width, height, dots });
}

/** A decoded raster image at paper resolution (each row repeated `scaleY` times), cut to its ink. */
export function paperDots(img: ImageItem): Dots {
  const raw = unpackBits(img);
  const height = img.height * img.scaleY;
  const dots = new Uint8Array(img.width * height);
  for (let y = 0; y < height; y++)
    dots.set(
      raw.subarray(Math.floor(y / img.scaleY) * img.width, (Math.floor(y / img.scaleY) + 1) * img.width),
      y * img.width,
    );
  return cropToInk({ width: img.width, height, dots });
}

function near(d: Dots, x: number, y: number): boolean {
  for (let dy = -RADIUS; dy <= RADIUS; dy++)
    for (let dx = -RADIUS; dx <= RADIUS; dx++) {
      const xx = x + dx;
      const yy = y + dy;
      if (xx >= 0 && yy >= 0 && xx < d.width && yy < d.height && d.dots[yy * d.width + xx]) return true;
    }
  return false;
}

/** How much of `a`'s ink lies near `b`'s, with `b` shifted by (ox, oy). */
function covered(a: Dots, b: Dots, ox: number, oy: number): number {
  let ink = 0;
  let hit = 0;
  for (let y = 0; y < a.height; y++)
    for (let x = 0; x < a.width; x++)
      if (a.dots[y * a.width + x]) {
        ink++;
        if (near(b, x - ox, y - oy)) hit++;
      }
  return ink === 0 ? 0 : hit / ink;
}

/** F1 of the two images' ink, centred on each other: 1 is the same picture, tofu or other text far less. */
export function similarity(a: Dots, b: Dots): number {
  if (a.width === 0 || b.width === 0) return 0;
  const ox = Math.round((a.width - b.width) / 2);
  const oy = Math.round((a.height - b.height) / 2);
  const p = covered(a, b, ox, oy);
  const r = covered(b, a, -ox, -oy);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

/** The image among `images` most like `ref`, and its score. */
export function bestMatch(images: ImageItem[], ref: Dots): { score: number; image: ImageItem | null } {
  let best: { score: number; image: ImageItem | null } = { score: 0, image: null };
  for (const image of images) {
    const score = similarity(paperDots(image), ref);
    if (score > best.score) best = { score, image };
  }
  return best;
}

/** A PNG of some dots, for artifacts a person looks at. */
export function dotsPng(d: Dots): Buffer {
  const png = new PNG({ width: Math.max(1, d.width), height: Math.max(1, d.height) });
  png.data.fill(255);
  for (let i = 0; i < d.dots.length; i++) if (d.dots[i]) png.data.fill(0, i * 4, i * 4 + 3);
  return PNG.sync.write(png);
}
