/**
 * The shape of a visitor language's catalogues, computed from the English ones, so that a key
 * missing in a language is a compile error (and tests/i18n/key-completeness.test.ts checks the
 * placeholders and plural forms, which types cannot).
 */
import type { Catalog } from '../catalog.js';
import type { kiosk } from '../apps/kiosk.js';
import type { units } from '../apps/units.js';
import type { ask } from '../apps/ask.js';
import type { statusPage } from '../apps/status.js';
import type { join } from '../apps/join.js';
import type { requestPage } from '../apps/request.js';
import type { form } from '../apps/form.js';
import type { assisted } from '../apps/assisted.js';
import type { ticket } from '../apps/ticket.js';
import type { boardCall } from '../apps/board-call.js';

/** The key without its plural suffix (`minutes_genitive_one` → `minutes_genitive`), or never. */
type PluralBase<K extends string> = K extends `${infer B}_zero`
  ? B
  : K extends `${infer B}_one`
    ? B
    : K extends `${infer B}_two`
      ? B
      : K extends `${infer B}_few`
        ? B
        : K extends `${infer B}_many`
          ? B
          : K extends `${infer B}_other`
            ? B
            : never;

/**
 * The English keys, with each plural key's forms replaced by the ones every added language needs:
 * `one` and `other` (CLDR gives all of them exactly these two) and `zero`, which i18next looks up
 * first for a count of 0 in any language ("You are next"). A key like `printReason_other` is not
 * a plural: its base has no `_one` form.
 */
export type LocaleStrings<T> = {
  [
    K in keyof T & string as [PluralBase<K>] extends [never]
      ? K
      : `${PluralBase<K>}_one` extends keyof T
        ? `${PluralBase<K>}_zero` | `${PluralBase<K>}_one` | `${PluralBase<K>}_other`
        : K
  ]: string;
};

/** The common catalogue (ar.ts/en.ts), group by group. */
export type CommonStrings = { [G in keyof Catalog]: LocaleStrings<Catalog[G]> };

/**
 * The namespaces a visitor reads: the kiosk's screens, its units and question box, the status page,
 * joining from a phone (its code SMS too).
 */
export interface VisitorNamespaces {
  kiosk: LocaleStrings<(typeof kiosk)['en']>;
  units: LocaleStrings<(typeof units)['en']>;
  ask: LocaleStrings<(typeof ask)['en']>;
  statusPage: LocaleStrings<(typeof statusPage)['en']>;
  join: LocaleStrings<(typeof join)['en']>;
  /** The printed ticket's own lines (devices/printer/ticket-template.ts). */
  ticket: LocaleStrings<(typeof ticket)['en']>;
  /** A call on the waiting-hall board, written and spoken in the visitor's language. */
  boardCall: LocaleStrings<(typeof boardCall)['en']>;
  /** The request status page behind the assisted-service receipt's QR code (/r/<token>). */
  requestPage: LocaleStrings<(typeof requestPage)['en']>;
  /** Form messages (required, too long…) the phone pages and forms show instead of the browser's. */
  form: LocaleStrings<(typeof form)['en']>;
  /** The assisted service at the kiosk (form, keyboard, receipt) and the floor's help panel. */
  assisted: LocaleStrings<(typeof assisted)['en']>;
}
export type VisitorNamespace = keyof VisitorNamespaces;

/**
 * One added language: the common catalogue and every visitor namespace. Other namespaces (staff
 * apps) are not translated: i18next falls back to English, then Arabic.
 */
export interface LocaleBundle {
  common: CommonStrings;
  namespaces: VisitorNamespaces;
}
