/**
 * The added languages' catalogues, each loaded only when a visitor chooses it: `import()` makes one
 * renderer chunk per language, so the kiosk's first paint carries Arabic and English only.
 */
import type { AddedLanguage } from '../languages.js';
import type { LocaleBundle } from './types.js';

export type { LocaleBundle, VisitorNamespace, VisitorNamespaces } from './types.js';

export const LOCALE_LOADERS: Record<AddedLanguage, () => Promise<LocaleBundle>> = {
  ur: () => import('./ur/index.js').then((m) => m.bundle),
  fa: () => import('./fa/index.js').then((m) => m.bundle),
  hi: () => import('./hi/index.js').then((m) => m.bundle),
  ml: () => import('./ml/index.js').then((m) => m.bundle),
  bn: () => import('./bn/index.js').then((m) => m.bundle),
  tl: () => import('./tl/index.js').then((m) => m.bundle),
};

/** The i18next resources of one added language: the common groups plus the namespaces, as the apps key them. */
export function localeResources(bundle: LocaleBundle): Record<string, unknown> {
  return { ...bundle.common, ...bundle.namespaces };
}
