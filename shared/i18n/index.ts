/**
 * i18next resources: the common catalogues (ar.ts, en.ts) plus one namespace per app, each in
 * shared/i18n/apps/<app>.ts. Arabic is the primary language; English the second.
 */
import { ar } from './ar.js';
import { en } from './en.js';
import { APP_STRINGS } from './apps/index.js';
import { LANGUAGES, STAFF_LANGUAGES, type StaffLanguage, type VisitorLanguage } from './languages.js';

export type { Catalog, AppStrings } from './catalog.js';
import type { AppStrings } from './catalog.js';
/**
 * The languages every app's own strings are written in (staff apps stay in these two); a visitor's
 * languages, their metadata and catalogues are in languages.ts and locales/ (#19).
 */
export const UI_LANGUAGES = STAFF_LANGUAGES;
export type UiLanguage = StaffLanguage;
export const TEXT_DIRECTION: Record<VisitorLanguage, 'rtl' | 'ltr'> = Object.fromEntries(
  LANGUAGES.map((l) => [l.code, l.direction]),
) as Record<VisitorLanguage, 'rtl' | 'ltr'>;
export { VISITOR_LANGUAGES, languageInfo, type VisitorLanguage } from './languages.js';

export function resources(): Record<UiLanguage, Record<string, unknown>> {
  return resourcesOf(APP_STRINGS);
}

/** The common catalogues plus only these apps' namespaces: a phone page does not download the dashboard's. */
export function resourcesOf(apps: Record<string, AppStrings>): Record<UiLanguage, Record<string, unknown>> {
  const out: Record<UiLanguage, Record<string, unknown>> = { ar: { ...ar }, en: { ...en } };
  for (const [app, strings] of Object.entries(apps)) {
    out.ar[app] = strings.ar;
    out.en[app] = strings.en;
  }
  return out;
}

/** Digits as configured: Arabic-Indic (٠١٢…) or Latin (012…). */
export function localiseDigits(text: string, digits: 'arabic' | 'latin'): string {
  return digits === 'latin' ? text : text.replace(/\d/g, (d) => String.fromCharCode(0x0660 + Number(d)));
}
