/**
 * Switches an app to a visitor's language (issue #19): an added language's catalogues are fetched
 * the first time it is chosen (their own chunk), then i18next changes language, which sets the
 * page's lang, direction and font (renderer/common/i18n.ts). Arabic and English are always loaded.
 */
import type { i18n } from 'i18next';
import type { VisitorLanguage } from '../../shared/i18n/languages.js';
import { LOCALE_LOADERS, localeResources } from '../../shared/i18n/locales/index.js';

/**
 * Makes a visitor language's catalogues available without switching to it: the display board
 * writes and speaks a call in the visitor's language while its own labels stay Arabic and English.
 */
export async function loadVisitorLanguage(instance: i18n, code: VisitorLanguage): Promise<void> {
  if (code === 'ar' || code === 'en' || instance.hasResourceBundle(code, 'translation')) return;
  const bundle = await LOCALE_LOADERS[code]();
  // Deep and overwrite: the bundle is the language's whole catalogue for the visitor's namespaces.
  instance.addResourceBundle(code, 'translation', localeResources(bundle), true, true);
}

/** Whether a language's own text is there to show (Arabic and English always are). */
export function visitorLanguageLoaded(instance: i18n, code: VisitorLanguage): boolean {
  return code === 'ar' || code === 'en' || instance.hasResourceBundle(code, 'translation');
}

export async function chooseVisitorLanguage(instance: i18n, code: VisitorLanguage): Promise<void> {
  await loadVisitorLanguage(instance, code);
  await instance.changeLanguage(code);
}
