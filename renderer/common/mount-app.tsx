/** How every browser app starts: its i18n instance and its root component, rendered into #root. */
import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import type { UiLanguage } from '../../shared/i18n/index.js';
import { createI18n } from './i18n.js';

/** Renders the app into #root, inside React's strict mode and with its i18n instance. */
export function mountApp(i18n: I18n, app: ReactNode): void {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>{app}</I18nextProvider>
    </StrictMode>,
  );
}

/** A staff app's language: English when the address says `?lang=en`, Arabic otherwise. */
export const staffLanguage = (): UiLanguage =>
  new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'ar';

/** The staff apps' i18n (every namespace), in the language the address asks for. */
export const createStaffI18n = (): I18n => createI18n(staffLanguage());
