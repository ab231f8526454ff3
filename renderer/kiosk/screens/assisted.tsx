/**
 * "Do it here": the service's digital form on the kiosk, with large inputs, the on-screen keyboard,
 * choices as large tiles (no dropdowns or small checkboxes), the document checklist, acting on someone's behalf, "Call an assistant" (the assistant sees and
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
import { askedFields, formData, onBehalfProblems, prefill } from '../assisted-form.js';
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
  // What the kiosk itself refuses before asking the hub (acting for someone without saying how).
  const [localErrors, setLocalErrors] = useState<{ field: string; text: string }[]>([]);
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
    setFailed(false);
    const missing = onBehalfProblems(onBehalf, relation, authorisation).map((field) => ({
      field,
      text: t(field === 'relation' ? 'assisted.relationMissing' : 'assisted.authorisationMissing'),
    }));
    setLocalErrors(missing);
    if (missing.length) return;
    setPending(true);
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
      onBehalf: onBehalf ? { relation, authorisation } : null,
      ...(help ? { helpRequestId: help.id } : {}),
      idempotencyKey: idempotencyKey.current,
    });
    setPending(false);
    if (r.ok) setReceipt(r.data);
    else setFailed(true);
  };

  if (receipt) return <Receipt receipt={receipt} serviceName={service?.name[lang] ?? serviceId} />;
  if (!def) return null;
  const errorOf = (path: string): string | undefined => {
    const local = localErrors.find((e) => e.field === path);
    if (local) return local.text;
    return errors.find((e) => e.field === path || e.field === `/${path}`)?.message[lang];
  };

  return (
    <StepScreen title={t('assisted.formTitle', { service: def.title[lang] })} testId="screen-assisted">
      <div className="assisted">
        <form
          className="assisted-form"
          // The kiosk's own messages, in the citizen's language, instead of the browser's English ones.
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          {fields.map((f) => {
            const id = `f-${f.path.replaceAll('.', '-')}`;
            const err = errorOf(f.path);
            const described = err ? `${id}-error` : undefined;
            const options = f.ui.options ? Object.entries(f.ui.options) : null;
            const boolean = !options && (f.type === 'boolean' || f.ui.widget === 'checkbox');
            const errorText = err && (
              <p className="field-error" id={`${id}-error`}>
                {err}
              </p>
            );
            if (options || boolean)
              return (
                <fieldset className="field tile-field" key={f.path} data-field={f.path}>
                  <legend id={`${id}-label`}>{f.ui.label[lang]}</legend>
                  <ChoiceTiles
                    name={f.path}
                    labelledBy={`${id}-label`}
                    describedBy={described}
                    invalid={!!err}
                    required={f.required}
                    value={values[f.path] ?? ''}
                    options={
                      options
                        ? options.map(([v, label]) => ({ value: v, label: label[lang] }))
                        : [
                            { value: 'true', label: t('assisted.yes') },
                            { value: 'false', label: t('assisted.no') },
                          ]
                    }
                    onChange={(v) => setValue(f.path, v)}
                  />
                  {errorText}
                </fieldset>
              );
            return (
              <div className="field" key={f.path}>
                <label htmlFor={id}>{f.ui.label[lang]}</label>
                <input
                  id={id}
                  name={f.path}
                  aria-invalid={err ? true : undefined}
                  aria-describedby={described}
                  aria-required={f.required || undefined}
                  // Typed on the on-screen keyboard; the system keyboard stays away on a touch kiosk.
                  inputMode="none"
                  autoComplete="off"
                  dir={
                    f.ui.widget === 'tel' || f.ui.widget === 'email' || f.path === 'emiratesId'
                      ? 'ltr'
                      : undefined
                  }
                  value={values[f.path] ?? ''}
                  onFocus={() => setFocused(f.path)}
                  onChange={(e) => setValue(f.path, e.target.value)}
                />
                {errorText}
              </div>
            );
          })}
          {def.documents.length > 0 && (
            <fieldset className="documents-check">
              <legend>{t('assisted.documentsTitle')}</legend>
              <p id="documents-hint">{t('assisted.documentsHint')}</p>
              <div className="choice-tiles">
                {def.documents.map((d) => (
                  <button
                    type="button"
                    key={d.id}
                    className="big-button choice-tile"
                    data-doc={d.id}
                    aria-pressed={docs.has(d.id)}
                    aria-describedby="documents-hint"
                    onClick={() => {
                      const next = new Set(docs);
                      const have = !next.has(d.id);
                      if (have) next.add(d.id);
                      else next.delete(d.id);
                      setDocs(next);
                      publish({ [`doc:${d.id}`]: have ? 'true' : '' });
                    }}
                  >
                    {d.label[lang]}
                  </button>
                ))}
              </div>
            </fieldset>
          )}
          <fieldset className="on-behalf">
            <legend>{t('assisted.onBehalfTitle')}</legend>
            <button
              type="button"
              className="big-button choice-tile"
              data-testid="on-behalf"
              aria-pressed={onBehalf}
              onClick={() => {
                setOnBehalf(!onBehalf);
                setLocalErrors([]);
              }}
            >
              {t('assisted.onBehalf')}
            </button>
            {onBehalf && (
              <>
                <p className="group-label" id="relation-label">
                  {t('assisted.relation')}
                </p>
                <ChoiceTiles
                  name="relation"
                  labelledBy="relation-label"
                  describedBy={errorOf('relation') ? 'relation-error' : undefined}
                  invalid={!!errorOf('relation')}
                  required
                  value={relation}
                  options={RELATIONS.map((r) => ({ value: r, label: t(`assisted.relation_${r}`) }))}
                  onChange={(v) => {
                    setRelation(v);
                    setLocalErrors((e) => e.filter((x) => x.field !== 'relation'));
                  }}
                />
                {errorOf('relation') && (
                  <p className="field-error" id="relation-error">
                    {errorOf('relation')}
                  </p>
                )}
                <p className="group-label" id="authorisation-label">
                  {t('assisted.authorisation')}
                </p>
                <ChoiceTiles
                  name="authorisation"
                  labelledBy="authorisation-label"
                  describedBy={errorOf('authorisation') ? 'authorisation-error' : undefined}
                  invalid={!!errorOf('authorisation')}
                  required
                  value={authorisation}
                  options={AUTHORISATIONS.map((a) => ({
                    value: a,
                    label: t(`assisted.authorisation_${a}`),
                  }))}
                  onChange={(v) => {
                    setAuthorisation(v);
                    setLocalErrors((e) => e.filter((x) => x.field !== 'authorisation'));
                  }}
                />
                {errorOf('authorisation') && (
                  <p className="field-error" id="authorisation-error">
                    {errorOf('authorisation')}
                  </p>
                )}
              </>
            )}
          </fieldset>
          <div role="alert" aria-live="assertive">
            {(errors.length > 0 || localErrors.length > 0) && (
              <p className="form-error">{t('assisted.fixErrors')}</p>
            )}
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

/**
 * One choice among a few, as large tiles side by side (a native dropdown opens a small list that
 * is hard to hit and to read); tapping the chosen tile again leaves it chosen.
 */
function ChoiceTiles(props: {
  name: string;
  labelledBy: string;
  describedBy: string | undefined;
  invalid: boolean;
  required: boolean;
  value: string;
  options: { value: string; label: string }[];
  onChange: (value: string) => void;
}) {
  return (
    <div
      className="choice-tiles"
      role="radiogroup"
      aria-labelledby={props.labelledBy}
      aria-describedby={props.describedBy}
      aria-invalid={props.invalid || undefined}
      aria-required={props.required || undefined}
      data-name={props.name}
    >
      {props.options.map((o) => (
        <button
          type="button"
          role="radio"
          key={o.value}
          className="big-button choice-tile"
          aria-checked={props.value === o.value}
          data-value={o.value}
          onClick={() => props.onChange(o.value)}
        >
          {o.label}
        </button>
      ))}
    </div>
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
