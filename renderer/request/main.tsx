/**
 * The public request status page behind the receipt's QR code (/r/<token>): the request's current
 * status and its history, in any visitor language (Arabic by default; `?lang=`, or the language
 * button's list), sized for a phone. Nothing personal is shown.
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch, mountPhonePage } from '../common/phone-page.js';
import { PublicRequestPage } from '../../shared/contract/request-status.js';
import { createI18nWith } from '../common/i18n.js';
import { requestPage } from '../../shared/i18n/apps/request.js';
import { units } from '../../shared/i18n/apps/units.js';
import { form } from '../../shared/i18n/apps/form.js';
import { isVisitorLanguage, type VisitorLanguage } from '../../shared/i18n/languages.js';
import { localisedName } from '../../shared/contract/catalogue-names.js';
import { chooseVisitorLanguage } from '../common/visitor-language.js';

const params = new URLSearchParams(location.search);
const langParam = params.get('lang');
const linkLanguage = isVisitorLanguage(langParam) ? langParam : null;
// Only the namespaces this page uses: it loads over mobile data (bench/first-paint.ts).
const i18n = createI18nWith(
  linkLanguage === 'en' || (linkLanguage === null && navigator.language.startsWith('en')) ? 'en' : 'ar',
  { requestPage, units, form },
);
// Another visitor language from the link (`?lang=ur`): its catalogue is fetched, then the page switches (#19).
if (linkLanguage && linkLanguage !== 'ar' && linkLanguage !== 'en')
  void chooseVisitorLanguage(i18n, linkLanguage);
// The receipt's link token (not the request number, which anyone could count through): the number
// shown comes from the hub's answer.
const linkToken = decodeURIComponent(location.pathname.split('/').pop() ?? '');

type Load =
  { kind: 'loading' } | { kind: 'ok'; page: PublicRequestPage } | { kind: 'error'; notFound: boolean };

async function fetchStatus(): Promise<Load> {
  try {
    const res = await fetch(`/api/v1/public/requests/${encodeURIComponent(linkToken)}`);
    if (res.status === 404) return { kind: 'error', notFound: true };
    const parsed = PublicRequestPage.safeParse(await res.json());
    return res.ok && parsed.success ? { kind: 'ok', page: parsed.data } : { kind: 'error', notFound: false };
  } catch {
    return { kind: 'error', notFound: false };
  }
}

/**
 * Dates in the page's language; an added language writes Latin digits, as the receipt does
 * (languages.ts), and the Gregorian calendar the centre and its receipt use (Persian's default is
 * the solar hijri calendar, which would put the request in another year).
 */
function when(at: number, lang: VisitorLanguage): string {
  const locale = lang === 'en' ? 'en-GB' : lang === 'ar' ? 'ar-AE' : `${lang}-u-ca-gregory-nu-latn`;
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(at);
}

function RequestPage() {
  const { t, i18n: inst } = useTranslation();
  const language = isVisitorLanguage(inst.language) ? inst.language : 'ar';
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const refresh = useCallback(() => void fetchStatus().then(setLoad), []);
  useEffect(refresh, [refresh]);

  return (
    <main>
      <div className="top">
        {/* Every shipped language, as on the status and join pages; the choice goes into `?lang=`. */}
        <LanguageSwitch />
      </div>
      <h1>{t('requestPage.title')}</h1>
      {load.kind === 'ok' && (
        <bdi className="number" dir="ltr" data-testid="request-number">
          {load.page.number}
        </bdi>
      )}
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
            <dd data-testid="request-service">{localisedName(load.page.serviceName, language)}</dd>
            <dt>{t('requestPage.submittedAt')}</dt>
            <dd>{when(load.page.submittedAt, language)}</dd>
          </dl>
          <h2>{t('requestPage.history')}</h2>
          <ol className="history" data-testid="request-history">
            {load.page.history.map((h, i) => (
              <li key={i}>
                {t(`requestPage.status_${h.status}`)}
                <span className="when">{when(h.at, language)}</span>
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

mountPhonePage(i18n, <RequestPage />);
