// Interprets decoded commands the way a printer would (modes persist until changed) and
// produces a list of printed items plus a readable text transcript for tests and humans.
import type { Align, EscPosCommand } from './commands.js';

export type TextItem = {
  type: 'text';
  text: string;
  align: Align;
  bold: boolean;
  width: number;
  height: number;
  invert: boolean;
};
/** A GS v 0 image: `width` x `height` data dots, printed `scaleX` x `scaleY` times as large (its mode). */
export type ImageItem = {
  type: 'image';
  width: number;
  height: number;
  align: Align;
  bits: Uint8Array;
  scaleX: 1 | 2;
  scaleY: 1 | 2;
};
export type QrItem = {
  type: 'qr';
  data: string;
  moduleSize: number;
  level: 'L' | 'M' | 'Q' | 'H';
  align: Align;
};
/** Paper fed without printing: `lines` text lines (ESC d) or `dots` dots (ESC J). */
export type FeedItem = { type: 'feed'; lines: number; dots: number };
export type CutItem = { type: 'cut'; partial: boolean };
export type TranscriptItem = TextItem | ImageItem | QrItem | FeedItem | CutItem;

// ESC t page numbers to WHATWG encodings; pages we do not know fall back to Latin so that
// ASCII still reads correctly.
const codePages: Record<number, string> = {
  0: 'ibm437',
  2: 'ibm850',
  16: 'windows-1252',
  17: 'ibm866',
  50: 'windows-1256',
};

function decoderFor(page: number): TextDecoder {
  const label = codePages[page] ?? 'windows-1252';
  try {
    return new TextDecoder(label);
  } catch {
    return new TextDecoder('windows-1252');
  }
}

export function interpret(commands: EscPosCommand[]): TranscriptItem[] {
  const items: TranscriptItem[] = [];
  let align: Align = 'left';
  let bold = false;
  let width = 1;
  let height = 1;
  let invert = false;
  let page = 0;
  let line = '';
  let lineAlign: Align = 'left';
  let lineBold = false;
  let lineWidth = 1;
  let lineHeight = 1;
  let qrData = '';
  let qrSize = 3;
  let qrLevel: QrItem['level'] = 'M';

  const flush = (force: boolean): void => {
    if (line.length === 0) {
      // An empty line takes the modes in force now, not those of the previous line.
      lineAlign = align;
      lineBold = bold;
      lineWidth = width;
      lineHeight = height;
    }
    if (line.length > 0 || force) {
      items.push({
        type: 'text',
        text: line,
        align: lineAlign,
        bold: lineBold,
        width: lineWidth,
        height: lineHeight,
        invert,
      });
    }
    line = '';
  };
  const reset = (): void => {
    align = 'left';
    bold = false;
    width = 1;
    height = 1;
    invert = false;
    page = 0;
  };

  for (const c of commands) {
    switch (c.kind) {
      case 'text':
        if (line.length === 0) {
          // A printer fixes a line's alignment and size from the modes in force when the line starts.
          lineAlign = align;
          lineBold = bold;
          lineWidth = width;
          lineHeight = height;
        }
        line += decoderFor(page).decode(c.bytes);
        break;
      case 'lf':
        flush(true);
        break;
      case 'ht':
        line += '\t';
        break;
      case 'init':
        flush(false);
        reset();
        break;
      case 'align':
        align = c.align;
        break;
      case 'bold':
        bold = c.on;
        break;
      case 'print-mode':
        bold = c.bold;
        width = c.doubleWidth ? 2 : 1;
        height = c.doubleHeight ? 2 : 1;
        break;
      case 'char-size':
        width = c.width;
        height = c.height;
        break;
      case 'code-page':
        page = c.page;
        break;
      case 'invert':
        invert = c.on;
        break;
      case 'feed-lines':
        flush(false);
        items.push({ type: 'feed', lines: c.lines, dots: 0 });
        break;
      case 'feed-dots':
        flush(false);
        items.push({ type: 'feed', lines: 0, dots: c.dots });
        break;
      case 'qr-module-size':
        qrSize = c.size;
        break;
      case 'qr-error-correction':
        qrLevel = c.level;
        break;
      case 'qr-store':
        qrData = new TextDecoder('utf-8').decode(c.data);
        break;
      case 'qr-print':
        flush(false);
        items.push({ type: 'qr', data: qrData, moduleSize: qrSize, level: qrLevel, align });
        break;
      case 'raster':
        flush(false);
        // GS v 0 modes: 0 normal, 1 double width, 2 double height, 3 both.
        items.push({
          type: 'image',
          width: c.widthBytes * 8,
          height: c.height,
          align,
          bits: c.data,
          scaleX: c.scale & 1 ? 2 : 1,
          scaleY: c.scale & 2 ? 2 : 1,
        });
        break;
      case 'cut':
        flush(false);
        items.push({ type: 'cut', partial: c.partial });
        break;
      default:
        break;
    }
  }
  flush(false);
  return items;
}

/** One line per item, e.g. `[center bold 2x2] A042`, `[image 576x40]`, `[qr 6 M] https://…`. */
export function transcriptText(items: TranscriptItem[]): string {
  return items
    .map((it) => {
      switch (it.type) {
        case 'text': {
          const style = [
            it.align,
            it.bold ? 'bold' : '',
            it.width > 1 || it.height > 1 ? `${it.width}x${it.height}` : '',
          ]
            .filter(Boolean)
            .join(' ');
          return `[${style}] ${it.text}`;
        }
        case 'image':
          return `[image ${it.width}x${it.height}${it.scaleX * it.scaleY > 1 ? ` x${it.scaleX}x${it.scaleY}` : ''} ${it.align}]`;
        case 'qr':
          return `[qr ${it.moduleSize} ${it.level} ${it.align}] ${it.data}`;
        case 'feed':
          return it.dots > 0 ? `[feed ${it.dots} dots]` : `[feed ${it.lines}]`;
        case 'cut':
          return it.partial ? '--- partial cut ---' : '--- cut ---';
      }
    })
    .join('\n');
}

/** Unpacks a GS v 0 bitmap (1 bit per dot, MSB first) into 0/1 dots, row by row. */
export function unpackBits(item: ImageItem): Uint8Array {
  const dots = new Uint8Array(item.width * item.height);
  const rowBytes = item.width / 8;
  for (let y = 0; y < item.height; y++) {
    for (let x = 0; x < item.width; x++) {
      const byte = item.bits[y * rowBytes + (x >> 3)] ?? 0;
      dots[y * item.width + x] = (byte >> (7 - (x & 7))) & 1;
    }
  }
  return dots;
}
