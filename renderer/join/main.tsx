/**
 * Joining a queue from a phone (/join/, from the QR code at the entrance or the website):
 * choose a service, enter a UAE mobile number, type the code sent by SMS, then follow the ticket.
 */
import { useEffect, useId, useState, type FormEvent, type InputHTMLAttributes } from 'react';
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
import { joinRefusal, OpeningNotice, pageNumberStyle, useOpening } from './opening-notice.js';
import { counted } from '../../shared/i18n/durations.js';
import { formatNumber } from '../../shared/i18n/numbers.js';
import { chooseVisitorLanguage } from '../common/visitor-language.js';
import { phoneLanguages, phonePageLanguage } from '../common/phone-language.js';
import { isVisitorLanguage } from '../../shared/i18n/languages.js';
import { localisedName } from '../../shared/contract/catalogue-names.js';

const params = new URLSearchParams(location.search);
// The link's `?lang=`, else the phone's own first language Dawr offers, else Arabic (renderer/common/phone-language.ts).
const startLanguage = phonePageLanguage(location.search, phoneLanguages());
// Only the namespaces this page uses: it loads over mobile data (bench/first-paint.ts).
const i18n = createI18nWith(startLanguage === 'en' ? 'en' : 'ar', { join: joinStrings, units, form });
// Another visitor language (`?lang=ml`, a phone set to Hindi): its catalogue is fetched, then the page switches (#19).
if (startLanguage !== 'ar' && startLanguage !== 'en') void chooseVisitorLanguage(i18n, startLanguage);

/** What is wrong with a field after the last try, announced as it appears. */
function FieldProblem({ text }: { text: string }) {
  return (
    <p className="field-error" role="alert">
      {text}
    </p>
  );
}

/** A labelled input whose hint is read with it, and its problem (or null) under it. */
function HintedInput(props: {
  label: string;
  hint: string;
  problem: string | null;
  input: Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'aria-describedby' | 'aria-invalid'>;
}) {
  const id = useId();
  const hintId = useId();
  return (
    <>
      <label htmlFor={id}>{props.label}</label>
      <p className="hint" id={hintId}>
        {props.hint}
      </p>
      <input {...props.input} id={id} aria-describedby={hintId} aria-invalid={props.problem !== null} />
      {props.problem !== null && <FieldProblem text={props.problem} />}
    </>
  );
}

function JoinPage() {
  const { t } = useTranslation();
  // The visit keeps the page's language: its SMS and status page follow it.
  const visitorLanguage = isVisitorLanguage(i18n.language) ? i18n.language : 'ar';
  const serviceFieldId = useId();
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
        <LanguageSwitch hintKey="join.languageHint" />
      </div>
      <h1>{t('join.title')}</h1>
      {refusal === 'centre_closed' ? (
        <OpeningNotice opening={opening} catalogue={catalogue} serviceId={serviceId} />
      ) : !request ? (
        <form onSubmit={(e) => void askForCode(e)} noValidate>
          <p className="hint">{t('join.intro')}</p>
          <label htmlFor={serviceFieldId}>{t('join.service')}</label>
          <select
            id={serviceFieldId}
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
          {fieldError === 'service' && <FieldProblem text={t('join.noService')} />}
          <OpeningNotice opening={opening} catalogue={catalogue} serviceId={serviceId} />
          <HintedInput
            label={t('join.mobile')}
            hint={t('join.mobileHint')}
            problem={fieldError === 'mobile' ? t('join.invalidMobile') : null}
            input={{
              type: 'tel',
              inputMode: 'tel',
              autoComplete: 'tel',
              dir: 'ltr',
              value: mobile,
              onChange: (e) => setMobile(e.target.value),
            }}
          />
          <ErrorAlert section="join" code={error} />
          <button className="primary" type="submit" disabled={busy || !catalogue || refusal !== null}>
            {busy ? t('join.sending') : t('join.sendCode')}
          </button>
        </form>
      ) : (
        <form onSubmit={(e) => void confirm(e)} noValidate>
          <p role="status" data-testid="code-sent">
            {t('join.codeSent', {
              // An identifier, kept in its Latin digits and isolated (LRI…PDI): in an Arabic line the
              // bare "+97150*****67." was reordered to "67.*****97150+" (issue #15).
              to: `\u2066${request.to}\u2069`,
              validFor: counted(
                t,
                'minutes',
                request.validMinutes,
                (n) => formatNumber(n, pageNumberStyle(i18n.language)),
                'genitive',
              ),
            })}
          </p>
          <HintedInput
            label={t('join.code')}
            hint={t('join.codeHint')}
            problem={fieldError === 'code' ? t('join.invalidCode') : null}
            input={{
              className: 'code',
              inputMode: 'numeric',
              autoComplete: 'one-time-code',
              maxLength: 6,
              value: code,
              onChange: (e) => setCode(e.target.value),
            }}
          />
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
