/**
 * No visitor string writes a number of its own (issue #15): "الرمز صالح لمدة ٥ دقائق" put an
 * Arabic-Indic five into a Latin-digit centre's join page, and "5 minutes" was wrong as soon as a
 * centre set another code lifetime. Numbers come through placeholders, written by the app's
 * formatter in the centre's digits and counted with each language's plural forms. The few digits
 * a catalogue may hold are listed below, each with the reason it cannot be a placeholder.
 */
import { describe, expect, it } from 'vitest';
import { LOCALES, SOURCE_BUNDLES } from '../../shared/i18n/locales/all.js';
import { APP_STRINGS } from '../../shared/i18n/apps/index.js';

/** Latin, Arabic-Indic, Persian, Devanagari, Bengali and Malayalam digits. */
const ANY_DIGIT = /[0-9\u0660-\u0669\u06F0-\u06F9\u0966-\u096F\u09E6-\u09EF\u0D66-\u0D6F]/;

/** Keys (namespace.key, any language) whose digits are not quantities the centre's setting governs. */
const ALLOWED_KEYS: Record<string, string> = {
  // Identifiers are written as issued, in Latin digits, in every language (shared/i18n/numbers.ts):
  // the Emirates ID's format, a UAE mobile number's, a ticket number's.
  'kiosk.emiratesIdLabel': 'the Emirates ID format 784-YYYY-NNNNNNN-C',
  'kiosk.mobileLabel': 'the mobile number format 05XXXXXXXX',
  'kiosk.invalidMobile': 'an example mobile number',
  'kiosk.invalidEmiratesId': 'the Emirates ID’s length (15 digits) is its format; never in Arabic text',
  'join.mobileHint': 'an example mobile number',
  'ask.ticketNeedNumber': 'an example ticket number (A045)',
  // The on-screen keyboard's key to its digit layer shows the digits that layer types.
  'assisted.keyboardDigits': 'the digit layer’s own digits',
  // The age in the label is put into the centre's digits by every caller (localiseDigits, fmt.digits).
  'common.priority.senior': 'localised by its callers',
};

/** English text always writes Latin digits (numbers.ts digitsIn), so its singular and dual may say "1", "2". */
const ENGLISH_ONLY = /(_one|_two)$|^ask\.allDay$/;

function strings(tree: unknown, path: string, out: Map<string, string>): Map<string, string> {
  if (typeof tree === 'string') out.set(path, tree);
  else if (tree && typeof tree === 'object')
    for (const [k, v] of Object.entries(tree)) strings(v, path ? `${path}.${k}` : k, out);
  return out;
}

const BUNDLES = { ...SOURCE_BUNDLES, ...LOCALES };

describe('visitor strings hold no hard-coded digits (issue #15)', () => {
  for (const [lang, bundle] of Object.entries(BUNDLES)) {
    it(`${lang}: every number is a placeholder, but the listed identifiers`, () => {
      const texts = strings({ common: bundle.common, ...bundle.namespaces }, '', new Map());
      expect(texts.size).toBeGreaterThan(100);
      const offending = [...texts]
        .filter(([key]) => !(key in ALLOWED_KEYS) && !(lang === 'en' && ENGLISH_ONLY.test(key)))
        .filter(([, text]) => ANY_DIGIT.test(text.replace(/\{\{[^}]*\}\}/g, '')))
        .map(([key, text]) => `${key}: ${text}`);
      expect(offending).toEqual([]);
    });
  }

  it('the allow-list names only keys that exist', () => {
    const known = new Set(
      strings({ common: BUNDLES.en.common, ...BUNDLES.en.namespaces }, '', new Map()).keys(),
    );
    expect(Object.keys(ALLOWED_KEYS).filter((k) => !known.has(k))).toEqual([]);
  });
});

/**
 * The staff apps' own namespaces (counter, dashboard, the catalogue and FAQ editors, floor, board,
 * shell), in Arabic and English: a hint's "(من 0 إلى 240)" stood in Latin digits on a centre set
 * to Arabic-Indic, and said 240 whatever the contract allows. The digits left are listed here.
 */
const STAFF_ALLOWED_KEYS: Record<string, string> = {
  // The digit setting's own choices show a sample of each system, to choose between them.
  'configEditor.digitsDefault': 'a sample of the default digit system',
  'configEditor.digitsLatn': 'a sample of the Latin digits',
  'configEditor.digitsArab': 'a sample of the Arabic-Indic digits',
  // A CSV heading: the file is written once, in Latin digits, for the hub and the dashboard byte for
  // byte (shared/domain/report-csv.ts); the report on screen puts it into the centre's digits (fmt.digits).
  'dashboard.col_p90Wait': 'the CSV file’s heading, localised on screen by reports-view.tsx',
  // An address typed as the hub writes it: an identifier, never in Arabic-Indic digits.
  'shell.hubAddressHint': 'an example hub address (IP and port)',
};

const STAFF_NAMESPACES = Object.keys(APP_STRINGS).filter((ns) => !(ns in SOURCE_BUNDLES.ar.namespaces));

describe('staff strings hold no hard-coded digits either', () => {
  it('the staff namespaces are the apps’ that no visitor reads in their own language', () => {
    expect(STAFF_NAMESPACES).toEqual(
      expect.arrayContaining(['counter', 'dashboard', 'floor', 'configEditor']),
    );
  });

  for (const lang of ['ar', 'en'] as const) {
    it(`${lang}: every number is a placeholder, but the listed ones`, () => {
      const tree = Object.fromEntries(STAFF_NAMESPACES.map((ns) => [ns, APP_STRINGS[ns]![lang]]));
      const texts = strings(tree, '', new Map());
      expect(texts.size).toBeGreaterThan(500);
      const offending = [...texts]
        .filter(([key]) => !(key in STAFF_ALLOWED_KEYS) && !(lang === 'en' && ENGLISH_ONLY.test(key)))
        .filter(([, text]) => ANY_DIGIT.test(text.replace(/\{\{[^}]*\}\}/g, '')))
        .map(([key, text]) => `${key}: ${text}`);
      expect(offending).toEqual([]);
    });
  }

  it('the allow-list names only keys that exist', () => {
    const tree = Object.fromEntries(STAFF_NAMESPACES.map((ns) => [ns, APP_STRINGS[ns]!.en]));
    const known = new Set(strings(tree, '', new Map()).keys());
    expect(Object.keys(STAFF_ALLOWED_KEYS).filter((k) => !known.has(k))).toEqual([]);
  });
});
