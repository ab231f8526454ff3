/**
 * i18next resources: the common catalogues (ar.ts, en.ts) plus one namespace per app, each in
 * shared/i18n/apps/<app>.ts. Arabic is the primary language; English the second.
 */
import { ar } from './ar.js';
import { en } from './en.js';
import { APP_STRINGS } from './apps/index.js';

export type { Catalog, AppStrings } from './catalog.js';
import type { AppStrings } from './catalog.js';
export const UI_LANGUAGES = ['ar', 'en'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];
export const TEXT_DIRECTION: Record<UiLanguage, 'rtl' | 'ltr'> = { ar: 'rtl', en: 'ltr' };

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
