/**
 * Catalogue names in the visitor's language (issue #19): reading a name with the fallback
 * language → English → Arabic, and listing the names a language still lacks (the dashboard's
 * missing-strings view), so the manager can fill them.
 */
import { fallbackChain, type AddedLanguage, type VisitorLanguage } from '../i18n/languages.js';
import type { Catalogue, LocalizedText } from './catalogue.js';

/** A name in `language`, else English, else Arabic (Arabic and English are always present). */
export function localisedName(text: LocalizedText, language: VisitorLanguage): string {
  for (const l of fallbackChain(language)) {
    const name = text[l];
    if (name) return name;
  }
  return text.ar;
}

/**
 * The kinds of name a visitor reads: at the kiosk, on the phone pages, on paper and on the board.
 * `closedDate` is a holiday's or special day's reason ("the centre is closed today: National Day"),
 * which the kiosk and the join page show on that day; it is keyed by its date.
 */
export const NAME_KINDS = ['centre', 'agency', 'service', 'queue', 'document', 'closedDate'] as const;
export type NameKind = (typeof NAME_KINDS)[number];

/** One name a visitor reads. Documents are keyed by their Arabic and English text: services share them. */
export interface CatalogueName {
  kind: NameKind;
  key: string;
  text: LocalizedText;
}

const documentKey = (d: LocalizedText) => JSON.stringify([d.ar, d.en]);

/** Every name a visitor reads, in catalogue order, each shared document once. */
export function visitorNames(c: Catalogue): CatalogueName[] {
  const names: CatalogueName[] = [{ kind: 'centre', key: c.centre.id, text: c.centre.name }];
  for (const a of c.agencies) names.push({ kind: 'agency', key: a.id, text: a.name });
  for (const s of c.services) names.push({ kind: 'service', key: s.id, text: s.name });
  for (const q of c.queues) names.push({ kind: 'queue', key: q.id, text: q.name });
  const documents = new Map<string, LocalizedText>();
  for (const s of c.services)
    for (const d of s.requiredDocuments) if (!documents.has(documentKey(d))) documents.set(documentKey(d), d);
  for (const [key, text] of documents) names.push({ kind: 'document', key, text });
  for (const d of c.centre.closedDates ?? []) names.push({ kind: 'closedDate', key: d.date, text: d.reason });
  return names;
}

/** The names `language` has no text for (the kiosk shows them in English). */
export function missingNames(c: Catalogue, language: AddedLanguage): CatalogueName[] {
  return visitorNames(c).filter((n) => !n.text[language]);
}

/**
 * The catalogue with one name's text in `language` set (every service's copy of a shared document).
 * Pure; the caller sends the result through the configuration operation, which validates it.
 */
export function withName(
  c: Catalogue,
  name: Pick<CatalogueName, 'kind' | 'key'>,
  language: AddedLanguage,
  text: string,
): Catalogue {
  const set = <T extends { name: LocalizedText; id: string }>(x: T): T =>
    x.id === name.key ? { ...x, name: { ...x.name, [language]: text } } : x;
  switch (name.kind) {
    case 'centre':
      return { ...c, centre: set(c.centre) };
    case 'agency':
      return { ...c, agencies: c.agencies.map(set) };
    case 'service':
      return { ...c, services: c.services.map(set) };
    case 'queue':
      return { ...c, queues: c.queues.map(set) };
    case 'closedDate':
      return {
        ...c,
        centre: {
          ...c.centre,
          closedDates: c.centre.closedDates?.map((d) =>
            d.date === name.key ? { ...d, reason: { ...d.reason, [language]: text } } : d,
          ),
        },
      };
    case 'document':
      return {
        ...c,
        services: c.services.map((s) => ({
          ...s,
          requiredDocuments: s.requiredDocuments.map((d) =>
            documentKey(d) === name.key ? { ...d, [language]: text } : d,
          ),
        })),
      };
  }
}
