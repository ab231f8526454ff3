/**
 * Every added language's catalogues at once, for the hub (SMS and push texts in the visitor's
 * language) and the tests. Renderers load them one at a time through `LOCALE_LOADERS` instead.
 */
import { ar } from '../ar.js';
import { en } from '../en.js';
import { kiosk } from '../apps/kiosk.js';
import { units } from '../apps/units.js';
import { ask } from '../apps/ask.js';
import { statusPage } from '../apps/status.js';
import { join } from '../apps/join.js';
import { requestPage } from '../apps/request.js';
import { form } from '../apps/form.js';
import { assisted } from '../apps/assisted.js';
import { ticket } from '../apps/ticket.js';
import { boardCall } from '../apps/board-call.js';
import { fallbackChain, staffLanguageFor, type AddedLanguage, type VisitorLanguage } from '../languages.js';
import { formatPlain, type DigitSystem } from '../numbers.js';
import type { LocaleBundle, VisitorNamespace } from './types.js';
import { bundle as ur } from './ur/index.js';
import { bundle as fa } from './fa/index.js';
import { bundle as hi } from './hi/index.js';
import { bundle as ml } from './ml/index.js';
import { bundle as bn } from './bn/index.js';
import { bundle as tl } from './tl/index.js';

export const LOCALES: Record<AddedLanguage, LocaleBundle> = { ur, fa, hi, ml, bn, tl };

/** Arabic and English, shaped like an added language's bundle (the sources the others follow). */
export const SOURCE_BUNDLES = {
  ar: {
    common: ar,
    namespaces: {
      kiosk: kiosk.ar,
      units: units.ar,
      ask: ask.ar,
      statusPage: statusPage.ar,
      join: join.ar,
      ticket: ticket.ar,
      boardCall: boardCall.ar,
      requestPage: requestPage.ar,
      form: form.ar,
      assisted: assisted.ar,
    },
  },
  en: {
    common: en,
    namespaces: {
      kiosk: kiosk.en,
      units: units.en,
      ask: ask.en,
      statusPage: statusPage.en,
      join: join.en,
      ticket: ticket.en,
      boardCall: boardCall.en,
      requestPage: requestPage.en,
      form: form.en,
      assisted: assisted.en,
    },
  },
} as const;

function namespaceIn(lang: VisitorLanguage, ns: VisitorNamespace): Record<string, string> {
  const bundle = lang === 'ar' || lang === 'en' ? SOURCE_BUNDLES[lang] : LOCALES[lang];
  return bundle.namespaces[ns] as Record<string, string>;
}

/**
 * A visitor string in their language, falling back to English, then Arabic, the way the apps'
 * i18next does (plain keys: the hub fills `{{…}}` itself).
 */
export function visitorText(lang: VisitorLanguage, ns: VisitorNamespace, key: string): string {
  for (const l of fallbackChain(lang)) {
    const text = namespaceIn(l, ns)[key];
    if (text !== undefined) return text;
  }
  return key;
}

/**
 * A count in words in the visitor's language, as the apps' `counted` writes it (shared/i18n/durations.ts),
 * for the hub's texts (the code SMS): the plural form Intl.PluralRules gives (Arabic's two, few 3–10,
 * many 11–99), and the number in the centre's digits for Arabic, in Latin digits for every other
 * language (shared/i18n/numbers.ts digitsIn). `genitive`: after a preposition ("لمدة دقيقتين").
 */
export function visitorCounted(
  lang: VisitorLanguage,
  unit: 'minutes' | 'seconds' | 'tickets',
  value: number,
  digits: DigitSystem,
  grammaticalCase: 'nominative' | 'genitive' = 'nominative',
): string {
  const count = Math.max(0, Math.round(value));
  const key = grammaticalCase === 'genitive' ? `${unit}_genitive` : unit;
  const form = count === 0 ? 'zero' : new Intl.PluralRules(lang).select(count);
  const formed = visitorText(lang, 'units', `${key}_${form}`);
  const text = formed === `${key}_${form}` ? visitorText(lang, 'units', `${key}_other`) : formed;
  return text.replace('{{n}}', formatPlain(count, { lang: staffLanguageFor(lang), digits }));
}
