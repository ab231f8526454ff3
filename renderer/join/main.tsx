/**
 * Joining a queue from a phone (/join/, from the QR code at the entrance or the website):
 * choose a service, enter a UAE mobile number, type the code sent by SMS, then follow the ticket.
 */
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Catalogue } from '../../shared/contract/catalogue.js';
import { ConfirmJoinResult, JoinCode, RequestJoinCodeResult } from '../../shared/contract/remote.js';
import { normaliseUaeMobile } from '../../shared/domain/identity.js';
import { createI18nWith } from '../common/i18n.js';
import { join as joinStrings } from '../../shared/i18n/apps/join.js';
import { units } from '../../shared/i18n/apps/units.js';
import { form } from '../../shared/i18n/apps/form.js';
import { deviceId, getJson, postJson } from '../common/phone-api.js';
import { ErrorAlert, LanguageSwitch } from '../common/phone-page.js';
import { mountApp } from '../common/mount-app.js';
import { joinRefusal, OpeningNotice, useOpening } from './opening-notice.js';
import { chooseVisitorLanguage } from '../common/visitor-language.js';
import { isVisitorLanguage } from '../../shared/i18n/languages.js';
import { localisedName } from '../../shared/contract/catalogue-names.js';

const params = new URLSearchParams(location.search);
const langParam = params.get('lang');
// Only the namespaces this page uses: it loads over mobile data (bench/first-paint.ts).
const i18n = createI18nWith(
  langParam === 'en' || (langParam !== 'ar' && navigator.language.startsWith('en')) ? 'en' : 'ar',
  { join: joinStrings, units, form },
);
// A link in another visitor language (`?lang=ml`): its catalogue is fetched, then the page switches (#19).
if (isVisitorLanguage(langParam) && langParam !== 'ar' && langParam !== 'en')
  void chooseVisitorLanguage(i18n, langParam);

function JoinPage() {
  const { t } = useTranslation();
  // The visit keeps the page's language: its SMS and status page follow it.
  const visitorLanguage = isVisitorLanguage(i18n.language) ? i18n.language : 'ar';
  const ids = { service: useId(), mobile: useId(), mobileHint: useId(), code: useId(), codeHint: useId() };
  const [catalogue, setCatalogue] = useState<Catalogue | null>(null);
  const [serviceId, setServiceId] = useState(params.get('service') ?? '');
  const [mobile, setMobile] = useState('');
  const [code, setCode] = useState('');
  const [request, setRequest] = useState<RequestJoinCodeResult | null>(null);
  const [fieldError, setFieldError] = useState<'service' | 'mobile' | 'code' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const opening = useOpening();
  const refusal = joinRefusal(opening, catalogue, serviceId);

  useEffect(() => {
    void getJson('/api/v1/catalogue', Catalogue).then((r) =>
      r.ok ? setCatalogue(r.data) : setError(r.error.code),
    );
  }, []);

  const askForCode = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    if (!catalogue?.services.some((s) => s.id === serviceId)) return setFieldError('service');
    if (!normaliseUaeMobile(mobile)) return setFieldError('mobile');
    setFieldError(null);
    setBusy(true);
    const r = await postJson(
      '/api/v1/remote/code',
      { serviceId, mobile, language: visitorLanguage, deviceId: deviceId() },
      RequestJoinCodeResult,
    );
    setBusy(false);
    if (!r.ok) return setError(r.error.code);
    setCode('');
    setRequest(r.data);
  };

  const confirm = async (e: FormEvent) => {
    e.preventDefault();
    if (!request) return;
    setError(null);
    if (!JoinCode.safeParse(code).success) return setFieldError('code');
    setFieldError(null);
    setBusy(true);
    const r = await postJson(
      '/api/v1/remote/join',
      { requestId: request.requestId, code, deviceId: deviceId() },
      ConfirmJoinResult,
    );
    setBusy(false);
    if (!r.ok) return setError(r.error.code);
    location.assign(`${r.data.statusPath}?lang=${visitorLanguage}`);
  };

  const agencies = catalogue?.agencies ?? [];
  return (
    <main>
      <div className="top">
        <LanguageSwitch />
      </div>
      <h1>{t('join.title')}</h1>
      {refusal === 'centre_closed' ? (
        <OpeningNotice opening={opening} catalogue={catalogue} serviceId={serviceId} />
      ) : !request ? (
        <form onSubmit={(e) => void askForCode(e)} noValidate>
          <p className="hint">{t('join.intro')}</p>
          <label htmlFor={ids.service}>{t('join.service')}</label>
          <select
            id={ids.service}
            value={serviceId}
            onChange={(e) => setServiceId(e.target.value)}
            aria-invalid={fieldError === 'service'}
          >
            <option value="">{t('join.chooseService')}</option>
            {agencies.map((a) => (
              <optgroup key={a.id} label={localisedName(a.name, visitorLanguage)}>
                {catalogue!.services
                  .filter((s) => s.agencyId === a.id)
                  .map((s) => (
                    <option key={s.id} value={s.id}>
                      {localisedName(s.name, visitorLanguage)}
                    </option>
                  ))}
              </optgroup>
            ))}
          </select>
          {fieldError === 'service' && (
            <p className="field-error" role="alert">
              {t('join.noService')}
            </p>
          )}
          <OpeningNotice opening={opening} catalogue={catalogue} serviceId={serviceId} />
          <label htmlFor={ids.mobile}>{t('join.mobile')}</label>
          <p className="hint" id={ids.mobileHint}>
            {t('join.mobileHint')}
          </p>
          <input
            id={ids.mobile}
            type="tel"
            inputMode="tel"
            autoComplete="tel"
            dir="ltr"
            value={mobile}
            onChange={(e) => setMobile(e.target.value)}
            aria-describedby={ids.mobileHint}
            aria-invalid={fieldError === 'mobile'}
          />
          {fieldError === 'mobile' && (
            <p className="field-error" role="alert">
              {t('join.invalidMobile')}
            </p>
          )}
          <ErrorAlert section="join" code={error} />
          <button className="primary" type="submit" disabled={busy || !catalogue || refusal !== null}>
            {busy ? t('join.sending') : t('join.sendCode')}
          </button>
        </form>
      ) : (
        <form onSubmit={(e) => void confirm(e)} noValidate>
          <p role="status">{t('join.codeSent', { to: request.to })}</p>
          <label htmlFor={ids.code}>{t('join.code')}</label>
          <p className="hint" id={ids.codeHint}>
            {t('join.codeHint')}
          </p>
          <input
            id={ids.code}
            className="code"
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={6}
            value={code}
            onChange={(e) => setCode(e.target.value)}
            aria-describedby={ids.codeHint}
            aria-invalid={fieldError === 'code'}
          />
          {fieldError === 'code' && (
            <p className="field-error" role="alert">
              {t('join.invalidCode')}
            </p>
          )}
          <ErrorAlert section="join" code={error} />
          <button className="primary" type="submit" disabled={busy}>
            {t('join.confirm')}
          </button>
          <button
            className="secondary"
            type="button"
            onClick={() => {
              setRequest(null);
              setError(null);
            }}
          >
            {t('join.changeNumber')}
          </button>
        </form>
      )}
      <p className="privacy">{t('join.privacy')}</p>
    </main>
  );
}

mountApp(i18n, <JoinPage />);
