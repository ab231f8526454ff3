/**
 * Which visitor language a public phone page starts in. A link's own `?lang=` wins (a reload, or the
 * status page a join leads to, keeps the visitor's choice); then the first of the phone's own
 * languages (`navigator.languages`, in the owner's order) that Dawr offers; then Arabic. A phone set
 * to Hindi opens /join/ in Hindi: someone who reads neither Arabic nor English need not find the
 * language button first.
 */
import { isVisitorLanguage, type VisitorLanguage } from '../../shared/i18n/languages.js';

/**
 * Tags that name a visitor language by another code: browsers call Tagalog "fil" (Filipino, its
 * standard form), and Persian in Afghanistan may come as "prs" (Dari).
 */
const SAME_LANGUAGE: Readonly<Record<string, VisitorLanguage>> = { fil: 'tl', prs: 'fa' };

/** The visitor language a BCP 47 tag (`hi-IN`, `ur`, `fil-PH`) names, or null if Dawr does not offer it. */
export function offeredLanguage(tag: string): VisitorLanguage | null {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  if (isVisitorLanguage(primary)) return primary;
  return SAME_LANGUAGE[primary] ?? null;
}

/** The first of the phone's languages that Dawr offers, or null when it offers none of them. */
export function phoneLanguage(preferred: readonly string[]): VisitorLanguage | null {
  for (const tag of preferred) {
    const offered = offeredLanguage(tag);
    if (offered) return offered;
  }
  return null;
}

/** The language a link asks for with `?lang=`, or null. */
export function linkLanguage(search: string): VisitorLanguage | null {
  const asked = new URLSearchParams(search).get('lang');
  return isVisitorLanguage(asked) ? asked : null;
}

/** The language a phone page opens in: the link's, else the phone's first one Dawr offers, else Arabic. */
export function phonePageLanguage(search: string, preferred: readonly string[]): VisitorLanguage {
  return linkLanguage(search) ?? phoneLanguage(preferred) ?? 'ar';
}

/** The phone's own language list: `navigator.languages`, or the one `navigator.language` where that is all there is. */
export function phoneLanguages(): readonly string[] {
  return navigator.languages.length > 0 ? navigator.languages : [navigator.language];
}
