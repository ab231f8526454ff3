/**
 * What the public phone pages (join, ticket status) share: mounting the page with its i18n
 * instance, the Arabic/English switch and the wording of an error code.
 */
import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { i18n as I18n } from 'i18next';

/** Renders the page into #root, inside React's strict mode and with its i18n instance. */
export function mountPhonePage(i18n: I18n, page: ReactNode): void {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>{page}</I18nextProvider>
    </StrictMode>,
  );
}

/** Switches the page to the other language; the button is labelled in (and tagged as) that language. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'ar';
  const other = lang === 'ar' ? 'en' : 'ar';
  return (
    <button className="secondary" lang={other} onClick={() => void i18n.changeLanguage(other)}>
      {lang === 'ar' ? t('common.english') : t('common.arabic')}
    </button>
  );
}

/**
 * An error code as an alert, worded by the page's own `<section>.error_<code>` text where it has
 * one, else the shared `errors.<code>`, else the general internal error. Nothing when no error.
 */
export function ErrorAlert({ section, code }: { section: string; code: string | null }) {
  const { t, i18n } = useTranslation();
  if (!code) return null;
  const key = i18n.exists(`${section}.error_${code}`)
    ? `${section}.error_${code}`
    : i18n.exists(`errors.${code}`)
      ? `errors.${code}`
      : 'errors.internal';
  return (
    <p className="error" role="alert">
      {t(key)}
    </p>
  );
}
