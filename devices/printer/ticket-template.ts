// The ticket layout, built with node-thermal-printer's command builders. In text mode the
// Arabic lines go out as Windows-1256 text (for printers that shape Arabic themselves); in
// bitmap mode they are drawn with a real Arabic font and sent as raster images. Every line is
// Arabic plus the visitor's language (issue #19): English for Arabic and English visitors; for the
// other shipped languages their own language instead of English (see `slipSecondLanguage`).
import type { PrintLanguage, TicketClosing, TicketPrintData } from '../../shared/contract/printer.js';
import { visitorText } from '../../shared/i18n/locales/all.js';
import { formatTimeOfDay } from '../../shared/i18n/numbers.js';
import { staffLanguageFor } from '../../shared/i18n/languages.js';
import { isMidnight } from '../../shared/domain/opening-state.js';
import type { VisitorNamespace } from '../../shared/i18n/locales/types.js';
import { bilingualWriter, formatSlipDateTime, type Bilingual } from './bilingual-writer.js';
import type { TicketLayoutOptions } from './paper-layout.js';
import { canDraw } from './script-fonts.js';

/** A catalogue string with its `{{name}}` placeholders filled. */
function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{\{(\w+)\}\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

/**
 * The language printed beside Arabic: English on an Arabic or English slip; the visitor's own
 * language otherwise, instead of English rather than as a third line, so the slip stays within
 * what a 19,200 baud line prints in a few seconds (every drawn line is an image) and each line is
 * read by its reader. The number, times and QR code need no language.
 */
export function slipSecondLanguage(language: PrintLanguage | undefined): Exclude<PrintLanguage, 'ar'> {
  return !language || language === 'ar' ? 'en' : language;
}

/** A text in Arabic and in `lang`, falling back to English where the text has no `lang` version. */
export function inLanguage(
  text: Partial<Record<PrintLanguage, string>> & Bilingual,
  lang: PrintLanguage,
): Bilingual {
  return { ar: text.ar, en: text[lang] ?? text.en };
}

/**
 * A plural key's text for `count` in `lang`: `key_<form>` with the form Intl.PluralRules gives
 * (Arabic's few 3–10 is "دقائق"), as i18next picks it in the apps (shared/i18n/durations.ts).
 */
function pluralText(lang: PrintLanguage, ns: VisitorNamespace, key: string, count: number): string {
  const form = count === 0 ? 'zero' : new Intl.PluralRules(lang).select(count);
  const text = visitorText(lang, ns, `${key}_${form}`);
  return text === `${key}_${form}` ? visitorText(lang, ns, `${key}_other`) : text;
}

const both = (
  lang: PrintLanguage,
  ns: VisitorNamespace,
  key: string,
  values: Record<string, string> = {},
): Bilingual => ({
  ar: fill(visitorText('ar', ns, key), values),
  en: fill(visitorText(lang, ns, key), values),
});

/**
 * The place in line in the words of the kiosk's ticket screen and the phone's status page (issue
 * #15): "لا أحد أمامك في هذا الطابور" / "Nobody ahead of you in this line", "أمامك شخصان" / "2 people ahead of you". A bare "Your place
 * in line: 1" was read as one person ahead. The screens' label and number are left off: with them
 * the fullest Urdu slip measured 14.2 KB, past the 13 KB a 19,200 baud line prints in about 7 s
 * (tests/devices/ticket-languages.test.ts); the words alone say it. One catalogue sentence, not
 * pieces put together, so its count needs no isolating; the Arabic line takes the centre's digits.
 */
function placeInLine(lang: PrintLanguage, position: number): string {
  const ahead = Math.max(0, position - 1);
  return fill(pluralText(lang, 'statusPage', 'ahead', ahead), { count: `${ahead}` });
}

/**
 * The slip's closing line: when the centre closes today, or (bold, instead) what closing means for
 * this ticket, in one line so the slip stays small enough for a serial line. From the kiosk's
 * catalogue, so the paper says what the kiosk screen says; `en` is in `lang` (English by default).
 */
export function closingLine(
  closing: TicketClosing | null | undefined,
  lang: PrintLanguage = 'en',
): { text: Bilingual; bold: boolean } | null {
  if (!closing) return null;
  const last = closing.lastTicketTime;
  // A closing at midnight has sentences of its own: "at {{time}}" with "midnight" read "الساعة منتصف
  // الليل" in Arabic ("at the hour midnight") and "आधी रात बजे" in Hindi (issue #15).
  const midnight = isMidnight(closing.closesAt) ? 'Midnight' : '';
  const key =
    closing.notice === 'estimate_past_closing'
      ? (`printPastClosing${midnight}` as const)
      : closing.notice === 'last_ticket_near' && last
        ? 'printLastTicket'
        : (`printClosesAt${midnight}` as const);
  const lineIn = (l: PrintLanguage) =>
    fill(visitorText(l, 'kiosk', key), {
      time: slipTime(closing.closesAt, l),
      last: last ? slipTime(last, l) : '',
    });
  return {
    text: { ar: lineIn('ar'), en: lineIn(lang) },
    bold: key !== 'printClosesAt' && key !== 'printClosesAtMidnight',
  };
}

/**
 * A catalogue time on paper as every app writes it ("8:00 م" / "20:00", formatTimeOfDay), a day's
 * end as the kiosk says it ("منتصف الليل" / "midnight", never "12:00 ص" or "00:00"). A language
 * other than Arabic writes it as English does, as the kiosk and the phone do. Latin digits here: the
 * writer draws the Arabic line in the centre's digits (bilingual-writer.ts), and Windows-1256 text
 * has no Arabic-Indic digits.
 */
function slipTime(hhmm: string, l: PrintLanguage): string {
  if (isMidnight(hhmm)) return visitorText(l, 'kiosk', 'midnight');
  return formatTimeOfDay(hhmm, { lang: staffLanguageFor(l), digits: 'latn' });
}

/**
 * The wait on the slip, the figure the kiosk screen shows above it (shared/domain/wait-shown.ts).
 * Arabic (and the right-to-left languages) write a range out ("من 10 إلى 15") so that digits never
 * flip under right-to-left ordering: the catalogues' `waitRange`. The noun agrees with the upper
 * bound, and a range from 0 is "up to" (the apps' convention, shared/i18n/durations.ts). No range
 * (no counter open for the queue): the screens' own words for it, never minutes.
 */
function waitLine(minutes: TicketPrintData['estimatedWaitMinutes'], lang: PrintLanguage): Bilingual {
  if (!minutes) return both(lang, 'units', 'waitNoCounter');
  const { low, high } = minutes;
  const key = low === high ? 'waitMinutes' : low === 0 ? 'waitUpTo' : 'waitRange';
  const values = { minutes: `${high}`, low: `${low}`, high: `${high}` };
  const waitIn = (l: PrintLanguage) => fill(pluralText(l, 'ticket', key, high), values);
  return { ar: waitIn('ar'), en: waitIn(lang) };
}

/**
 * The ticket's wording in Arabic (`…Ar`) and in the slip's other language (`…En`: English, or the
 * visitor's language, `slipSecondLanguage`); kept here so tests compare against the same text.
 */
export function ticketLines(
  data: TicketPrintData,
  lang: PrintLanguage = slipSecondLanguage(data.language),
): {
  positionAr: string;
  positionEn: string;
  waitAr: string;
  waitEn: string;
  issuedEn: string;
  scanAr: string;
  scanEn: string;
  representativeAr: string | null;
  representativeEn: string | null;
} {
  const wait = waitLine(data.estimatedWaitMinutes, lang);
  const position: Bilingual = { ar: placeInLine('ar', data.position), en: placeInLine(lang, data.position) };
  const scan = both(lang, 'ticket', 'scan');
  const rep = data.representative ? inLanguage(data.representative, lang) : null;
  return {
    positionAr: position.ar,
    positionEn: position.en,
    waitAr: wait.ar,
    waitEn: wait.en,
    issuedEn: formatSlipDateTime(data.issuedAt, data.timeZone),
    scanAr: scan.ar,
    scanEn: scan.en,
    representativeAr: rep ? fill(visitorText('ar', 'ticket', 'onBehalf'), { relation: rep.ar }) : null,
    representativeEn: rep ? fill(visitorText(lang, 'ticket', 'onBehalf'), { relation: rep.en }) : null,
  };
}

/**
 * The language the slip is printed in: the visitor's, unless its lines need a font this machine
 * does not have (then English leads, as it did before issue #19: a slip, not a failure).
 */
export function slipLanguage(language: PrintLanguage | undefined): PrintLanguage {
  const lang = language ?? 'ar';
  if (lang === 'ar' || lang === 'en' || canDraw(lang)) return lang;
  return 'en';
}

/** Builds the complete job (ESC @ first, a cut last) as printer bytes. */
export async function buildTicketBytes(input: TicketPrintData, opts: TicketLayoutOptions): Promise<Buffer> {
  const data = { ...input, language: slipLanguage(input.language) };
  const w = bilingualWriter(opts, data.language, data.digits ?? 'latn');
  const { p } = w;
  const lang = slipSecondLanguage(data.language);
  const lines = ticketLines(data, lang);

  await w.centreHeading(inLanguage(data.centre, lang), inLanguage(data.agency, lang));
  await w.pair(inLanguage(data.service, lang), { bold: true, maxLines: 2 });
  w.largeNumber(data.ticketNumber, 'largest');
  if (data.priority) await w.prominent(inLanguage(data.priority, lang));
  // For the floor staff rather than the citizen: bold, but a size smaller than the body lines.
  if (lines.representativeAr && lines.representativeEn)
    await w.pair({ ar: lines.representativeAr, en: lines.representativeEn }, { bold: true });
  await w.pair({ ar: lines.positionAr, en: lines.positionEn }, { bold: false, maxLines: 1 });
  await w.pair({ ar: lines.waitAr, en: lines.waitEn }, { bold: false, maxLines: 1 });
  const closing = closingLine(data.closing, lang);
  if (closing) await w.pair(closing.text, { bold: closing.bold, maxLines: 2 });
  w.english(lines.issuedEn);
  await w.statusQr(data.statusUrl, { ar: lines.scanAr, en: lines.scanEn });
  const notes = inLanguage(data.notes, lang);
  if (notes.ar || notes.en) {
    p.drawLine();
    // A paragraph: the visitor's script starts where its lines start (right for Urdu and Persian).
    await w.pair(notes, { bold: false, maxLines: 4, visitorAlign: 'start' });
  }
  return w.finish();
}
