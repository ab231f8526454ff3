// The shared way tickets and receipts put lines on paper: node-thermal-printer's command builders
// (used only to build bytes; Dawr's own transports send them, bounded in time and framed by status
// queries), Arabic as Windows-1256 text in text mode or as raster images drawn with a real Arabic
// font in bitmap mode, English as printer text. The citizen's language leads every pair of lines;
// Arabic is always printed. A visitor language the printer cannot shape (Urdu, Hindi, Malayalam,
// Bengali, Persian) takes English's place and is drawn in its own font (script-fonts.ts).
import { CharacterSet, PrinterTypes, ThermalPrinter } from 'node-thermal-printer';
import QRCode from 'qrcode';
import { stripIsolates } from '../../shared/i18n/bidi.js';
import { localiseDigits, type DigitSystem } from '../../shared/i18n/numbers.js';
import type { VisitorLanguage } from '../../shared/i18n/languages.js';
import { renderArabicLines, type RasterLine } from './arabic-raster.js';
import { paperGeometry, type PaperGeometry, type TicketLayoutOptions } from './paper-layout.js';
import { printsAsText, scriptFontFamily, scriptMetrics } from './script-fonts.js';

/**
 * One line in Arabic and in the slip's other language: English on an Arabic or English slip, the
 * visitor's language on any other (the field keeps its name so receipts and tickets share it).
 */
export type Bilingual = { ar: string; en: string };
/** The language that leads each pair of lines (the visitor's); Arabic is printed whatever it is. */
export type SlipLanguage = VisitorLanguage;

/**
 * How big a bold number line is printed. 'largest': Star Line Mode has no GS ! sizes, so its
 * largest common size (double width and height) against Epson's 4x; 'double': Star double height
 * against Epson's double width and height.
 */
export type NumberSize = 'largest' | 'double';

/** How one pair of lines looks: whether both are bold, and how many lines the Arabic may wrap to. */
export type PairStyle = {
  bold: boolean;
  maxLines?: number;
  /** A title's larger Arabic size; never below ARABIC_PX. */
  fontPx?: number;
  /**
   * Where a drawn visitor-language line sits: centred like the rest of the slip, or (a paragraph)
   * at the start of its script's lines, right for Urdu and Persian, left for the others.
   */
  visitorAlign?: 'center' | 'start';
};

/** ESC @: every job starts from the printer's defaults, whatever a previous job left set. */
export const ESC_INIT = Buffer.from([0x1b, 0x40]);
/** QR codes need four blank modules on every side to be found by a phone camera. */
export const QR_QUIET_MODULES = 4;
// Blank dots fed around an Arabic image, and between its wrapped lines, instead of sending blank rows.
const GAP_AROUND_IMAGE = 6;
const LINE_GAP_RATIO = 0.3;
/**
 * The size of every Arabic line but the priority: Arabic is never printed smaller than the English
 * beside it. An English line is Font A (12 x 24 dots, capitals about 17 dots tall); at 24 px the
 * Arabic font's alif, which its designers match to Latin capitals, is at least as tall.
 */
export const ARABIC_PX = 24;
/** The priority line's Arabic size: larger than every other Arabic line on a slip. */
export const PROMINENT_ARABIC_PX = 30;
// Star Line Mode feeds in whole lines here (about 24 dots each); smaller gaps are left out.
const STAR_LINE_DOTS = 24;

export interface BilingualWriter {
  p: ThermalPrinter;
  geo: PaperGeometry;
  arabic(s: string, fontPx: number, bold: boolean, maxLines?: number): Promise<void>;
  english(s: string, bold?: boolean): void;
  /** A line in the slip's other language: English text, or the visitor's script drawn. */
  visitorLine(s: string, style: PairStyle, prominent?: boolean): Promise<void>;
  /** Both languages of one line, the citizen's language first. */
  pair(text: Bilingual, style: PairStyle): Promise<void>;
  /** Feeds blank paper (ESC J on Epson) instead of sending blank raster rows. */
  feed(dots: number): void;
  /** The top of every slip: centred, the centre's and the agency's names, then a rule. */
  centreHeading(centre: Bilingual, agency: Bilingual): Promise<void>;
  /** A ticket or request number in large bold print; leaves the text size normal again. */
  largeNumber(s: string, size: NumberSize): void;
  /** A line that must stand out (priority): large bold Arabic, English in double height. */
  prominent(text: Bilingual): Promise<void>;
  /** A QR code sized for the paper, with its quiet zone fed above and below. */
  qr(url: string): void;
  /** The status QR code with its caption underneath. */
  statusQr(url: string, caption: Bilingual): Promise<void>;
  /** The finished job: ESC @ first, then everything written, then a cut. */
  finish(): Buffer;
}

/** The date and time a slip shows, e.g. "05 Mar 2025 14:07", in the centre's time zone. */
export function formatSlipDateTime(epochMs: number, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone,
    day: '2-digit',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  })
    .format(epochMs)
    .replace(',', '');
}

/** The largest module size (at most the paper's) that leaves the code and its quiet zone on the paper. */
export function qrModuleSize(url: string, geo: PaperGeometry): number {
  const modules = QRCode.create(url, { errorCorrectionLevel: 'M' }).modules.size;
  let cell = geo.qrCell;
  while (cell > 1 && (modules + 2 * QR_QUIET_MODULES) * cell > geo.dots) cell--;
  return cell;
}

/** GS v 0 for one image: 1 bit a dot, `width / 8` bytes a row; mode 2 prints each row twice. */
function rasterCommand(r: RasterLine): Buffer {
  const rowBytes = r.width / 8;
  const head = Buffer.from([
    0x1d,
    0x76,
    0x30,
    r.scaleY === 2 ? 2 : 0,
    rowBytes & 0xff,
    rowBytes >> 8,
    r.height & 0xff,
    r.height >> 8,
  ]);
  return Buffer.concat([head, r.bits]);
}

/**
 * `digits` is the centre's setting for Arabic lines (README "Typography, digits and bidirectional
 * text"). It applies to the lines drawn as images only: Windows-1256 has no Arabic-Indic digits, so
 * in text mode the printer's own Arabic shaping decides how digits look.
 */
export function bilingualWriter(
  opts: TicketLayoutOptions,
  lead: SlipLanguage = 'ar',
  digits: DigitSystem = 'latn',
): BilingualWriter {
  const geo = paperGeometry(opts.paperWidthMm);
  const text = opts.mode === 'text';
  const star = opts.type === 'star';
  const p = new ThermalPrinter({
    type: star ? PrinterTypes.STAR : PrinterTypes.EPSON,
    interface: '',
    width: geo.chars,
    ...(text ? { characterSet: CharacterSet.WPC1256_ARABIC } : {}),
  });
  /** Lines drawn as images (a wrapped one is several), spaced like text and set off from it by a gap. */
  const printDrawnLines = async (lines: readonly RasterLine[], fontPx: number): Promise<void> => {
    writer.feed(GAP_AROUND_IMAGE);
    for (const [i, line] of lines.entries()) {
      if (i > 0) writer.feed(Math.round(fontPx * LINE_GAP_RATIO));
      if (star) await p.printImageBuffer(line.png);
      else p.add(rasterCommand(line));
    }
    writer.feed(GAP_AROUND_IMAGE);
  };
  const writer: BilingualWriter = {
    p,
    geo,
    feed(dots) {
      let left = Math.round(dots);
      if (star) {
        for (let i = Math.round(left / STAR_LINE_DOTS); i > 0; i--) p.newLine();
        return;
      }
      while (left > 0) {
        const n = Math.min(left, 255);
        p.add(Buffer.from([0x1b, 0x4a, n]));
        left -= n;
      }
    },
    async arabic(s, fontPx, bold, maxLines) {
      if (s.trim() === '') return;
      if (text) {
        p.alignRight();
        p.bold(bold);
        // Windows-1256 has no bidi isolates (they would print as "?"); the printer orders the line itself.
        p.println(stripIsolates(s));
        p.bold(false);
        p.alignCenter();
        return;
      }
      const img = renderArabicLines(localiseDigits(s, { lang: 'ar', digits }), {
        widthDots: geo.dots,
        fontPx,
        bold,
        align: 'center',
        crop: true,
        // A heading too wide wraps rather than printing smaller than the English beside it.
        minFontPx: ARABIC_PX,
        // Epson's GS v 0 has a double-height mode; Star's image command (from a PNG) does not.
        halfHeight: !star,
        ...(maxLines ? { maxLines } : {}),
        ...(opts.fontPath ? { fontPath: opts.fontPath } : {}),
      });
      await printDrawnLines(img.rasters, fontPx);
    },
    english(s, bold = false) {
      if (s.trim() === '') return;
      p.bold(bold);
      p.println(s);
      p.bold(false);
    },
    async visitorLine(s, style, prominent = false) {
      if (lead === 'ar' || printsAsText(lead, s)) {
        writer.english(s, style.bold);
        return;
      }
      if (s.trim() === '') return;
      const m = scriptMetrics(lead);
      // In the same proportion to the script's body size as the Arabic titles and priority are.
      const fontPx = Math.round(
        (m.fontPx * (prominent ? PROMINENT_ARABIC_PX : Math.max(ARABIC_PX, style.fontPx ?? 0))) / ARABIC_PX,
      );
      const img = renderArabicLines(s, {
        widthDots: geo.dots,
        fontPx,
        bold: style.bold || prominent,
        align: 'center',
        crop: true,
        minFontPx: m.fontPx,
        halfHeight: !star,
        fontFamily: scriptFontFamily(lead),
        direction: m.direction,
        lineHeightRatio: m.lineHeightRatio,
        ...(style.maxLines || prominent ? { maxLines: prominent ? 2 : style.maxLines } : {}),
      });
      // Cropped to its ink, the image is placed by the printer: centred, or at its script's start.
      const start = style.visitorAlign === 'start';
      if (start) {
        if (m.direction === 'rtl') p.alignRight();
        else p.alignLeft();
      }
      await printDrawnLines(img.rasters, fontPx);
      if (start) p.alignCenter();
    },
    async pair(t, style) {
      const ar = (): Promise<void> =>
        writer.arabic(t.ar, Math.max(ARABIC_PX, style.fontPx ?? 0), style.bold, style.maxLines);
      if (lead === 'en') {
        writer.english(t.en, style.bold);
        await ar();
      } else if (lead === 'ar') {
        await ar();
        writer.english(t.en, style.bold);
      } else {
        await writer.visitorLine(t.en, style);
        await ar();
      }
    },
    async centreHeading(centre, agency) {
      p.alignCenter();
      await writer.pair(centre, { bold: true, maxLines: 1 });
      await writer.pair(agency, { bold: false, maxLines: 1 });
      p.drawLine();
    },
    largeNumber(s, size) {
      if (star) {
        if (size === 'largest') p.setTextQuadArea();
        else p.setTextDoubleHeight();
      } else if (size === 'largest') p.setTextSize(3, 3);
      else p.setTextSize(1, 1);
      p.bold(true);
      p.println(s);
      p.bold(false);
      p.setTextNormal();
    },
    async prominent(t) {
      const en = (): void => {
        // White on black rather than double height: it stands out as much, and the Arabic beside
        // it, never smaller than the English, does not have to be drawn twice as tall.
        p.invert(true);
        writer.english(` ${t.en} `, true);
        p.invert(false);
      };
      const ar = (): Promise<void> => writer.arabic(t.ar, PROMINENT_ARABIC_PX, true, 2);
      if (lead === 'en') {
        en();
        await ar();
      } else if (lead === 'ar') {
        await ar();
        en();
      } else if (printsAsText(lead, t.en)) {
        en();
        await ar();
      } else {
        await writer.visitorLine(t.en, { bold: true }, true);
        await ar();
      }
    },
    qr(url) {
      const cell = qrModuleSize(url, geo);
      const quiet = QR_QUIET_MODULES * cell;
      writer.feed(quiet);
      p.printQR(url, { cellSize: cell, correction: 'M', model: 2 });
      writer.feed(quiet);
    },
    async statusQr(url, caption) {
      writer.qr(url);
      await writer.pair(caption, { bold: false, maxLines: 1 });
    },
    finish() {
      p.cut();
      return Buffer.concat([ESC_INIT, p.getBuffer()]);
    },
  };
  return writer;
}
