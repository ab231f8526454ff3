// Draws what a thermal printer would print from the transcript, as a PNG, so a person can
// check a ticket without hardware. Widths are in printer dots (203 dpi).
import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import QRCode from 'qrcode';
import { arabicFontFamily, containsArabic, monoFontFamily } from '../fonts.js';
import type { Align } from './commands.js';
import type { TranscriptItem } from './transcript.js';
import { unpackBits } from './transcript.js';

const CHAR_W = 12; // Font A is 12x24 dots.
const CHAR_H = 24;
const LINE_H = 30; // default line spacing (1/6 inch at 180 dpi ≈ 30 dots)
const MARGIN = 8;

function itemHeight(it: TranscriptItem): number {
  switch (it.type) {
    case 'text':
      return LINE_H + (it.height - 1) * CHAR_H;
    case 'image':
      return it.height * it.scaleY;
    case 'qr':
      return QRCode.create(it.data, { errorCorrectionLevel: it.level }).modules.size * it.moduleSize + 8;
    case 'feed':
      return it.lines * LINE_H + it.dots;
    case 'cut':
      return 24;
  }
}

function x0(align: Align, contentWidth: number, paperDots: number): number {
  if (align === 'center') return Math.max(0, Math.floor((paperDots - contentWidth) / 2));
  if (align === 'right') return Math.max(0, paperDots - contentWidth);
  return 0;
}

function drawText(
  ctx: SKRSContext2D,
  it: Extract<TranscriptItem, { type: 'text' }>,
  y: number,
  paperDots: number,
): void {
  const arabic = containsArabic(it.text);
  const px = CHAR_H * it.height;
  ctx.font = `${it.bold ? 'bold ' : ''}${arabic ? px * 0.8 : px}px ${arabic ? arabicFontFamily() : monoFontFamily()}`;
  ctx.direction = arabic ? 'rtl' : 'ltr';
  ctx.textBaseline = 'top';
  const measured = ctx.measureText(it.text).width;
  // Monospace printers advance a fixed cell per character; stretch the drawn text to it.
  const cellWidth = arabic ? measured : it.text.length * CHAR_W * it.width;
  const scaleX = arabic || measured === 0 ? 1 : cellWidth / measured;
  const left = x0(it.align, cellWidth, paperDots);
  ctx.save();
  ctx.translate(left, y);
  if (it.invert) {
    // GS B: white text on a black band one text line tall.
    ctx.fillStyle = '#000';
    ctx.fillRect(0, 0, cellWidth, CHAR_H * it.height);
  }
  ctx.scale(scaleX, 1);
  ctx.fillStyle = it.invert ? '#fff' : '#000';
  ctx.textAlign = 'left';
  if (arabic) {
    ctx.textAlign = 'right';
    ctx.fillText(it.text, measured, 0);
  } else {
    ctx.fillText(it.text, 0, 0);
  }
  ctx.restore();
}

function drawImage(
  ctx: SKRSContext2D,
  it: Extract<TranscriptItem, { type: 'image' }>,
  y: number,
  paperDots: number,
): void {
  const dots = unpackBits(it);
  const width = it.width * it.scaleX;
  const left = x0(it.align, width, paperDots);
  // Each data dot printed scaleX x scaleY times, as the printer does in GS v 0's enlarged modes.
  const img = ctx.createImageData(width, it.height * it.scaleY);
  for (let y = 0; y < it.height * it.scaleY; y++) {
    for (let x = 0; x < width; x++) {
      const v = dots[Math.floor(y / it.scaleY) * it.width + Math.floor(x / it.scaleX)] ? 0 : 255;
      const o = (y * width + x) * 4;
      img.data[o] = v;
      img.data[o + 1] = v;
      img.data[o + 2] = v;
      img.data[o + 3] = 255;
    }
  }
  // putImageData ignores the context transform, so the margin is added by hand.
  ctx.putImageData(img, left + MARGIN, y + MARGIN);
}

function drawQr(
  ctx: SKRSContext2D,
  it: Extract<TranscriptItem, { type: 'qr' }>,
  y: number,
  paperDots: number,
): void {
  const qr = QRCode.create(it.data, { errorCorrectionLevel: it.level });
  const n = qr.modules.size;
  const size = n * it.moduleSize;
  const left = x0(it.align, size, paperDots);
  ctx.fillStyle = '#000';
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < n; c++) {
      if (qr.modules.get(r, c))
        ctx.fillRect(left + c * it.moduleSize, y + 4 + r * it.moduleSize, it.moduleSize, it.moduleSize);
    }
  }
}

/** Renders the items onto a paper-width canvas and returns PNG bytes. */
export function renderPreview(items: TranscriptItem[], paperDots: number): Buffer {
  const contentHeight = items.reduce((h, it) => h + itemHeight(it), 0);
  const canvas = createCanvas(paperDots + MARGIN * 2, Math.max(contentHeight, LINE_H) + MARGIN * 2);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.translate(MARGIN, MARGIN);
  let y = 0;
  for (const it of items) {
    if (it.type === 'text') drawText(ctx, it, y, paperDots);
    else if (it.type === 'image') drawImage(ctx, it, y, paperDots);
    else if (it.type === 'qr') drawQr(ctx, it, y, paperDots);
    else if (it.type === 'cut') {
      ctx.strokeStyle = '#999';
      ctx.setLineDash([6, 4]);
      ctx.beginPath();
      ctx.moveTo(-MARGIN, y + 12);
      ctx.lineTo(paperDots + MARGIN, y + 12);
      ctx.stroke();
    }
    y += itemHeight(it);
  }
  return canvas.toBuffer('image/png');
}
