/**
 * Switches an app to a visitor's language (issue #19): an added language's catalogues are fetched
 * the first time it is chosen (their own chunk), then i18next changes language, which sets the
 * page's lang, direction and font (renderer/common/i18n.ts). Arabic and English are always loaded.
 */
import type { i18n } from 'i18next';
import type { VisitorLanguage } from '../../shared/i18n/languages.js';
import { LOCALE_LOADERS, localeResources } from '../../shared/i18n/locales/index.js';

export async function chooseVisitorLanguage(instance: i18n, code: VisitorLanguage): Promise<void> {
  if (code !== 'ar' && code !== 'en' && !instance.hasResourceBundle(code, 'translation')) {
    const bundle = await LOCALE_LOADERS[code]();
    // Deep and overwrite: the bundle is the language's whole catalogue for the visitor's namespaces.
    instance.addResourceBundle(code, 'translation', localeResources(bundle), true, true);
  }
  await instance.changeLanguage(code);
}
