/**
 * The public request status page behind the receipt's QR code (/r/<number>): the request's current
 * status and its history, in Arabic or English, sized for a phone. Nothing personal is shown.
 */
import { StrictMode, useCallback, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { PublicRequestPage } from '../../shared/contract/request-status.js';
import { createI18nWith } from '../common/i18n.js';
import { requestPage } from '../../shared/i18n/apps/request.js';
import { units } from '../../shared/i18n/apps/units.js';
import { form } from '../../shared/i18n/apps/form.js';

const params = new URLSearchParams(location.search);
// Only the namespaces this page uses: it loads over mobile data (bench/first-paint.ts).
const i18n = createI18nWith(
  params.get('lang') === 'en' || (params.get('lang') !== 'ar' && navigator.language.startsWith('en'))
    ? 'en'
    : 'ar',
  { requestPage, units, form },
);
const number = decodeURIComponent(location.pathname.split('/').pop() ?? '');

type Load =
  { kind: 'loading' } | { kind: 'ok'; page: PublicRequestPage } | { kind: 'error'; notFound: boolean };

async function fetchStatus(): Promise<Load> {
  try {
    const res = await fetch(`/api/v1/public/requests/${encodeURIComponent(number)}`);
    if (res.status === 404) return { kind: 'error', notFound: true };
    const parsed = PublicRequestPage.safeParse(await res.json());
    return res.ok && parsed.success ? { kind: 'ok', page: parsed.data } : { kind: 'error', notFound: false };
  } catch {
    return { kind: 'error', notFound: false };
  }
}

function when(at: number, lang: string): string {
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'ar-AE', {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(at);
}

function RequestPage() {
  const { t, i18n: inst } = useTranslation();
  const lang = inst.language === 'en' ? 'en' : 'ar';
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const refresh = useCallback(() => void fetchStatus().then(setLoad), []);
  useEffect(refresh, [refresh]);

  return (
    <main>
      <div className="top">
        <button
          type="button"
          lang={lang === 'ar' ? 'en' : 'ar'}
          onClick={() => void inst.changeLanguage(lang === 'ar' ? 'en' : 'ar')}
        >
          {t('requestPage.otherLanguage')}
        </button>
      </div>
      <h1>{t('requestPage.title')}</h1>
      <bdi className="number" dir="ltr" data-testid="request-number">
        {number}
      </bdi>
      <div role="status" aria-live="polite">
        {load.kind === 'loading' && <p>{t('requestPage.loading')}</p>}
        {load.kind === 'error' && (
          <p className="error" data-testid="request-error">
            {t(load.notFound ? 'requestPage.notFound' : 'requestPage.failed')}
          </p>
        )}
        {load.kind === 'ok' && (
          <p
            className={`current${['ready', 'completed'].includes(load.page.status) ? ' done' : ''}${load.page.status === 'rejected' ? ' rejected' : ''}`}
            data-testid="request-status"
            data-status={load.page.status}
          >
            {t(`requestPage.status_${load.page.status}`)}
          </p>
        )}
      </div>
      {load.kind === 'ok' && (
        <>
          <dl className="facts">
            <dt>{t('requestPage.service')}</dt>
            <dd data-testid="request-service">{load.page.serviceName[lang]}</dd>
            <dt>{t('requestPage.submittedAt')}</dt>
            <dd>{when(load.page.submittedAt, lang)}</dd>
          </dl>
          <h2>{t('requestPage.history')}</h2>
          <ol className="history" data-testid="request-history">
            {load.page.history.map((h, i) => (
              <li key={i}>
                {t(`requestPage.status_${h.status}`)}
                <span className="when">{when(h.at, lang)}</span>
              </li>
            ))}
          </ol>
          {load.page.source === 'hub' && <p className="note">{t('requestPage.sourceHub')}</p>}
        </>
      )}
      <div className="actions">
        <button type="button" onClick={refresh}>
          {t('requestPage.refresh')}
        </button>
      </div>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <RequestPage />
    </I18nextProvider>
  </StrictMode>,
);
