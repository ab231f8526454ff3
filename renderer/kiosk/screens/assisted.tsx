/**
 * "Do it here": the service's digital form on the kiosk, with large inputs, the on-screen keyboard,
 * the document checklist, acting on someone's behalf, "Call an assistant" (the assistant sees and
 * edits the same form live), and the receipt after submitting.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  FormState,
  HelpRequest,
  type Authorisation,
  type SubmittedRequest,
} from '../../../shared/contract/assisted.js';
import { FormDefinition } from '../../../shared/contract/forms.js';
import { useKiosk } from '../context.js';
import { askedFields, formData, prefill } from '../assisted-form.js';
import { emitAssisted } from '../help-request.js';
import { OnScreenKeyboard } from '../on-screen-keyboard.js';
import { QrCode } from '../qr.js';
import { StepScreen } from '../ui.js';

const RELATIONS = ['family', 'employer', 'other'] as const;
const AUTHORISATIONS: Authorisation[] = ['power_of_attorney', 'consent_in_person', 'guardian'];
type FieldError = { field: string; message: { ar: string; en: string } };

export function AssistedScreen() {
  const { t } = useTranslation();
  const { api, hub, state, lang } = useKiosk();
  const [def, setDef] = useState<FormDefinition | null>(null);
  const [values, setValues] = useState<Record<string, string>>({});
  const [docs, setDocs] = useState<Set<string>>(new Set());
  const [onBehalf, setOnBehalf] = useState(false);
  const [relation, setRelation] = useState('');
  const [authorisation, setAuthorisation] = useState('');
  const [focused, setFocused] = useState<string | null>(null);
  const [help, setHelp] = useState<HelpRequest | null>(null);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [failed, setFailed] = useState(false);
  const [pending, setPending] = useState(false);
  const [receipt, setReceipt] = useState<SubmittedRequest | null>(null);
  const versions = useRef<Record<string, number>>({});
  const idempotencyKey = useRef(`assisted-${crypto.randomUUID()}`);
  const serviceId = state.serviceId!;
  const service = useKiosk().catalogue.services.find((s) => s.id === serviceId);

  useEffect(() => {
    void api.get<unknown>(`/services/${encodeURIComponent(serviceId)}/form`).then((r) => {
      const parsed = r.ok ? FormDefinition.safeParse(r.data) : null;
      if (parsed?.success) {
        setDef(parsed.data);
        setValues(prefill(askedFields(parsed.data), state.identity));
      }
    });
  }, [api, serviceId, state.identity]);

  const fields = useMemo(() => (def ? askedFields(def) : []), [def]);

  // The assistant's edits arrive as form state; a field is taken when its version is newer than ours.
  useEffect(() => {
    const onState = (raw: unknown) => {
      const s = FormState.safeParse(raw);
      if (!s.success || s.data.requestId !== help?.id) return;
      const incoming: Record<string, string> = {};
      for (const [path, f] of Object.entries(s.data.fields)) {
        if (f.version <= (versions.current[path] ?? 0)) continue;
        versions.current[path] = f.version;
        if (f.by === 'assistant') incoming[path] = f.value === null ? '' : String(f.value);
      }
      if (Object.keys(incoming).length) setValues((v) => ({ ...v, ...incoming }));
    };
    const onAccepted = (raw: unknown) => {
      const r = HelpRequest.safeParse(raw);
      if (r.success && r.data.id === help?.id) setHelp(r.data);
    };
    hub.socket.on('formState', onState);
    hub.socket.on('helpAccepted', onAccepted);
    return () => {
      hub.socket.off('formState', onState);
      hub.socket.off('helpAccepted', onAccepted);
    };
  }, [hub, help?.id]);

  const publish = (changed: Record<string, string>) => {
    if (!help) return;
    void emitAssisted<unknown>(hub, 'formUpdate', { requestId: help.id, fields: changed }).then((r) => {
      const s = r.ok ? FormState.safeParse(r.data) : null;
      if (s?.success)
        for (const path of Object.keys(changed)) versions.current[path] = s.data.fields[path]?.version ?? 0;
    });
  };

  const setValue = (path: string, value: string) => {
    setValues((v) => ({ ...v, [path]: value }));
    publish({ [path]: value });
  };

  const callAssistant = async () => {
    const r = await emitAssisted<unknown>(hub, 'raiseHelp', {
      serviceId,
      reason: 'form_help',
      language: lang,
    });
    const parsed = r.ok ? HelpRequest.safeParse(r.data) : null;
    if (!parsed?.success) return;
    setHelp(parsed.data);
    // Share what is already on the screen, so the assistant starts from it.
    const current = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== ''));
    if (Object.keys(current).length)
      void emitAssisted(hub, 'formUpdate', { requestId: parsed.data.id, fields: current });
  };

  const submit = async () => {
    if (pending) return;
    setPending(true);
    setFailed(false);
    const data = formData(fields, values);
    const check = await api.post<{ valid: boolean; errors?: FieldError[] }>(
      `/services/${encodeURIComponent(serviceId)}/form/validate`,
      data,
    );
    if (!check.ok || !check.data.valid) {
      setErrors(check.ok ? (check.data.errors ?? []) : []);
      setFailed(!check.ok);
      setPending(false);
      return;
    }
    setErrors([]);
    const r = await api.post<SubmittedRequest>('/service-requests', {
      serviceId,
      data,
      documents: [...docs],
      language: lang,
      onBehalf: onBehalf && relation && authorisation ? { relation, authorisation } : null,
      ...(help ? { helpRequestId: help.id } : {}),
      idempotencyKey: idempotencyKey.current,
    });
    setPending(false);
    if (r.ok) setReceipt(r.data);
    else setFailed(true);
  };

  if (receipt) return <Receipt receipt={receipt} serviceName={service?.name[lang] ?? serviceId} />;
  if (!def) return null;
  const errorOf = (path: string) => errors.find((e) => e.field === path || e.field === `/${path}`);

  return (
    <StepScreen title={t('assisted.formTitle', { service: def.title[lang] })} testId="screen-assisted">
      <div className="assisted">
        <form
          className="assisted-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          {fields.map((f) => {
            const id = `f-${f.path.replaceAll('.', '-')}`;
            const err = errorOf(f.path);
            const common = {
              id,
              name: f.path,
              'aria-invalid': err ? true : undefined,
              'aria-describedby': err ? `${id}-error` : undefined,
              'aria-required': f.required || undefined,
            };
            const options = f.ui.options ? Object.entries(f.ui.options) : null;
            return (
              <div className="field" key={f.path}>
                <label htmlFor={id}>{f.ui.label[lang]}</label>
                {options ? (
                  <select
                    {...common}
                    value={values[f.path] ?? ''}
                    onChange={(e) => setValue(f.path, e.target.value)}
                  >
                    <option value="">{t('assisted.choose')}</option>
                    {options.map(([v, label]) => (
                      <option key={v} value={v}>
                        {label[lang]}
                      </option>
                    ))}
                  </select>
                ) : (
                  <input
                    {...common}
                    // Typed on the on-screen keyboard; the system keyboard stays away on a touch kiosk.
                    inputMode="none"
                    dir={
                      f.ui.widget === 'tel' || f.ui.widget === 'email' || f.path === 'emiratesId'
                        ? 'ltr'
                        : undefined
                    }
                    value={values[f.path] ?? ''}
                    onFocus={() => setFocused(f.path)}
                    onChange={(e) => setValue(f.path, e.target.value)}
                  />
                )}
                {err && (
                  <p className="field-error" id={`${id}-error`}>
                    {err.message[lang]}
                  </p>
                )}
              </div>
            );
          })}
          {def.documents.length > 0 && (
            <fieldset className="documents-check">
              <legend>{t('assisted.documentsTitle')}</legend>
              <p>{t('assisted.documentsHint')}</p>
              {def.documents.map((d) => (
                <label key={d.id} className="check">
                  <input
                    type="checkbox"
                    name={`doc-${d.id}`}
                    checked={docs.has(d.id)}
                    onChange={(e) => {
                      const next = new Set(docs);
                      if (e.target.checked) next.add(d.id);
                      else next.delete(d.id);
                      setDocs(next);
                      publish({ [`doc:${d.id}`]: e.target.checked ? 'true' : '' });
                    }}
                  />
                  {d.label[lang]}
                </label>
              ))}
            </fieldset>
          )}
          <fieldset className="on-behalf">
            <legend>{t('assisted.onBehalfTitle')}</legend>
            <label className="check">
              <input
                type="checkbox"
                name="on-behalf"
                checked={onBehalf}
                onChange={(e) => setOnBehalf(e.target.checked)}
              />
              {t('assisted.onBehalf')}
            </label>
            {onBehalf && (
              <>
                <label htmlFor="relation">{t('assisted.relation')}</label>
                <select id="relation" value={relation} onChange={(e) => setRelation(e.target.value)}>
                  <option value="">{t('assisted.choose')}</option>
                  {RELATIONS.map((r) => (
                    <option key={r} value={r}>
                      {t(`assisted.relation_${r}`)}
                    </option>
                  ))}
                </select>
                <label htmlFor="authorisation">{t('assisted.authorisation')}</label>
                <select
                  id="authorisation"
                  value={authorisation}
                  onChange={(e) => setAuthorisation(e.target.value)}
                >
                  <option value="">{t('assisted.choose')}</option>
                  {AUTHORISATIONS.map((a) => (
                    <option key={a} value={a}>
                      {t(`assisted.authorisation_${a}`)}
                    </option>
                  ))}
                </select>
              </>
            )}
          </fieldset>
          <div role="alert" aria-live="assertive">
            {errors.length > 0 && <p className="form-error">{t('assisted.fixErrors')}</p>}
            {failed && <p className="form-error">{t('assisted.submitFailed')}</p>}
          </div>
          <div className="assisted-actions">
            <button type="submit" className="big-button primary" disabled={pending}>
              {t('assisted.submit')}
            </button>
            <button
              type="button"
              className="big-button"
              onClick={() => void callAssistant()}
              disabled={!!help}
            >
              {t('assisted.callAssistant')}
            </button>
          </div>
          <div role="status" aria-live="polite" data-testid="help-status">
            {help &&
              (help.status === 'accepted'
                ? t('assisted.assistantComing', { name: help.acceptedByName ?? '' })
                : t('assisted.assistantCalled'))}
          </div>
        </form>
        {focused && (
          <OnScreenKeyboard
            initial={
              fields.find((f) => f.path === focused)?.ui.widget === 'text' && focused !== 'emiratesId'
                ? undefined
                : 'digits'
            }
            onKey={(k) => setValue(focused, (values[focused] ?? '') + k)}
            onDelete={() => setValue(focused, (values[focused] ?? '').slice(0, -1))}
          />
        )}
      </div>
    </StepScreen>
  );
}

function Receipt(props: { receipt: SubmittedRequest; serviceName: string }) {
  const { t } = useTranslation();
  const { dispatch } = useKiosk();
  const { receipt } = props;
  return (
    <StepScreen title={t('assisted.receiptTitle')} testId="screen-receipt" back={false}>
      <div className="receipt">
        <p>
          {t('assisted.requestNumber')}:{' '}
          <strong dir="ltr" data-testid="request-number">
            {receipt.request.number}
          </strong>
        </p>
        <QrCode value={receipt.statusUrl} label={t('assisted.followQr')} size={180} testId="request-qr" />
        <p>{t('assisted.followHint')}</p>
        <p role="status">
          {receipt.printed ? t('assisted.receiptPrinted') : t('assisted.receiptNotPrinted')}
        </p>
        {receipt.onlineUrl && (
          <section aria-labelledby="online-guide">
            <h2 id="online-guide">{t('assisted.onlineGuideTitle')}</h2>
            <p>{t('assisted.onlineGuide', { service: props.serviceName })}</p>
            <QrCode
              value={receipt.onlineUrl}
              label={t('assisted.onlineQr')}
              size={160}
              testId="online-guide-qr"
            />
          </section>
        )}
        <button type="button" className="big-button primary" onClick={() => dispatch({ type: 'reset' })}>
          {t('assisted.done')}
        </button>
      </div>
    </StepScreen>
  );
}
