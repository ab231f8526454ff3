/**
 * How complete each added language's app catalogues are, for the dashboard's missing-strings view
 * (issue #19): per namespace a visitor reads, the English keys the language has no text for and how
 * many of its texts are machine-translated (the language's registry entry says so). Staff apps are
 * not listed: they stay in Arabic and English by design (languages.ts, STAFF_LANGUAGES).
 */
import { en } from '../en.js';
import { APP_STRINGS } from '../apps/index.js';
import { languageInfo, pluralCategories, type AddedLanguage } from '../languages.js';
import { LOCALES } from './all.js';

/** The namespaces a visitor reads, as the apps name them; `common` is the shared catalogue (ar.ts/en.ts). */
export const VISITOR_FACING_NAMESPACES = [
  'common',
  'kiosk',
  'units',
  'ask',
  'statusPage',
  'join',
  'ticket',
  'boardCall',
  'requestPage',
  'form',
  'assisted',
] as const;
export type VisitorFacingNamespace = (typeof VISITOR_FACING_NAMESPACES)[number];

export interface NamespaceCoverage {
  namespace: VisitorFacingNamespace;
  /** English keys the language needs (each plural form it uses counts). */
  total: number;
  /** English keys the language has no text for: the apps show the English. */
  missing: string[];
  /** Texts present but machine-translated (not reviewed by a reader of the language). */
  machineTranslated: number;
}

type Flat = Record<string, string>;

function flatten(o: object, prefix = ''): Flat {
  const out: Flat = {};
  for (const [k, v] of Object.entries(o))
    if (typeof v === 'string') out[`${prefix}${k}`] = v;
    else if (v && typeof v === 'object') Object.assign(out, flatten(v as object, `${prefix}${k}.`));
  return out;
}

function sourceOf(ns: VisitorFacingNamespace): Flat {
  return ns === 'common' ? flatten(en) : flatten(APP_STRINGS[ns]?.en ?? {});
}

function targetOf(lang: AddedLanguage, ns: VisitorFacingNamespace): Flat {
  const bundle = LOCALES[lang];
  if (ns === 'common') return flatten(bundle.common);
  const namespaces = bundle.namespaces as unknown as Record<string, object | undefined>;
  return flatten(namespaces[ns] ?? {});
}

const PLURAL_FORMS = ['zero', 'one', 'two', 'few', 'many', 'other'];

/**
 * Whether a language needs an English key: every key but a plural form the language does not use
 * (English carries Arabic's `_two`, `_few`, `_many` for the fallback; Urdu has only one and other).
 */
function neededIn(key: string, source: Flat, forms: Set<string>): boolean {
  const form = PLURAL_FORMS.find((f) => key.endsWith(`_${f}`));
  if (!form) return true;
  const isPlural = `${key.slice(0, -form.length - 1)}_one` in source;
  return !isPlural || forms.has(form);
}

/**
 * One language's coverage, namespace by namespace. A key counts as present when the language has a
 * non-empty text for it; a plural key is matched form by form (every added language carries at
 * least the English `_one` and `_other`).
 */
export function appCoverage(lang: AddedLanguage): NamespaceCoverage[] {
  const machine = languageInfo(lang).machineTranslated;
  // i18next looks `_zero` up first for a count of 0 in any language ("You are next").
  const forms = new Set<string>([...pluralCategories(lang), 'zero']);
  return VISITOR_FACING_NAMESPACES.map((namespace) => {
    const source = sourceOf(namespace);
    const target = targetOf(lang, namespace);
    const keys = Object.keys(source).filter((k) => neededIn(k, source, forms));
    const missing = keys.filter((k) => !target[k]);
    return {
      namespace,
      total: keys.length,
      missing,
      machineTranslated: machine ? keys.length - missing.length : 0,
    };
  });
}
