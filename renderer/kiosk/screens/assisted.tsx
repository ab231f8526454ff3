/**
 * "Do it here": the service's digital form on the kiosk, with large inputs, the on-screen keyboard,
 * choices as large tiles (no dropdowns or small checkboxes), the document checklist, acting on
 * someone's behalf, "Call an assistant" (the assistant sees and edits the same form live), and the
 * receipt after submitting. The steps live apart: the inputs (assisted-fields), documents,
 * on-behalf, the live help (../assisted-help), submitting (../assisted-submit) and the receipt.
 */
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDefinition } from '../../../shared/contract/forms.js';
import { useKiosk } from '../context.js';
import { askedFields, prefill } from '../assisted-form.js';
import { useAssistedHelp } from '../assisted-help.js';
import { useAssistedSubmit } from '../assisted-submit.js';
import { OnScreenKeyboard } from '../on-screen-keyboard.js';
import { HelpStatus, StepScreen, useScrollRoomAbove } from '../ui.js';
import { AssistedFields } from './assisted-fields.js';
import { AssistedDocuments } from './assisted-documents.js';
import { AssistedOnBehalf } from './assisted-on-behalf.js';
import { AssistedReceipt } from './assisted-receipt.js';

export function AssistedScreen() {
  const { t } = useTranslation();
  const { api, hub, state, lang, catalogue } = useKiosk();
  const [def, setDef] = useState<FormDefinition | null>(null);
  const [values, setValues] = useState<Record<string, string>>({});
  const [docs, setDocs] = useState<Set<string>>(new Set());
  const [onBehalf, setOnBehalf] = useState(false);
  const [relation, setRelation] = useState('');
  const [authorisation, setAuthorisation] = useState('');
  const [focused, setFocused] = useState<string | null>(null);
  const serviceId = state.serviceId!;
  const service = catalogue.services.find((s) => s.id === serviceId);
  const { help, publish, callAssistant } = useAssistedHelp({
    hub,
    serviceId,
    lang,
    onAssistantEdits: (edits) => setValues((v) => ({ ...v, ...edits })),
  });
  const sending = useAssistedSubmit(api, serviceId, lang);
  // What is brought into view (a field tapped, an error) stops above the bar, not under it.
  const bar = useScrollRoomAbove();

  // The field typed into stays in view above the keyboard that has just opened under it.
  useEffect(() => {
    if (!focused) return;
    document.querySelector(`[name="${CSS.escape(focused)}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [focused]);

  // A refused submission takes the citizen to the first flagged field (S11 review: the summary showed
  // in the bar while the fields it meant were scrolled away above): focused, so it is announced with
  // its message and typed into, and brought into view with its label and message.
  useEffect(() => {
    if (sending.refusals === 0) return;
    const flagged = document.querySelector<HTMLElement>('#assisted-form [aria-invalid="true"]');
    if (!flagged) return;
    const target =
      flagged.getAttribute('role') === 'radiogroup'
        ? (flagged.querySelector<HTMLElement>('[aria-checked="true"]') ??
          flagged.querySelector<HTMLElement>('[role="radio"]'))
        : flagged;
    target?.focus({ preventScroll: true });
    (flagged.closest('.field') ?? flagged).scrollIntoView({ block: 'nearest' });
  }, [sending.refusals]);

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

  const setValue = (path: string, value: string) => {
    setValues((v) => ({ ...v, [path]: value }));
    publish({ [path]: value });
  };

  if (sending.receipt)
    return <AssistedReceipt receipt={sending.receipt} serviceName={service?.name[lang] ?? serviceId} />;
  if (!def) return null;
  const submit = () =>
    void sending.submit({
      fields,
      values,
      documents: docs,
      onBehalf,
      relation,
      authorisation,
      helpRequestId: help?.id ?? null,
    });

  return (
    <StepScreen
      title={t('assisted.formTitle', { service: def.title[lang] })}
      testId="screen-assisted"
      fitScreen
    >
      <div className="assisted">
        <form
          id="assisted-form"
          className="assisted-form"
          // The kiosk's own messages, in the citizen's language, instead of the browser's English ones.
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
        >
          <AssistedFields
            fields={fields}
            values={values}
            errorOf={sending.errorOf}
            onChange={setValue}
            onFocus={setFocused}
          />
          <AssistedDocuments
            documents={def.documents}
            have={docs}
            onToggle={(docId, have) => {
              const next = new Set(docs);
              if (have) next.add(docId);
              else next.delete(docId);
              setDocs(next);
              publish({ [`doc:${docId}`]: have ? 'true' : '' });
            }}
          />
          <AssistedOnBehalf
            onBehalf={onBehalf}
            relation={relation}
            authorisation={authorisation}
            errorOf={sending.errorOf}
            onToggle={() => {
              setOnBehalf(!onBehalf);
              sending.clearLocal();
            }}
            onRelation={(v) => {
              setRelation(v);
              sending.clearLocal('relation');
            }}
            onAuthorisation={(v) => {
              setAuthorisation(v);
              sending.clearLocal('authorisation');
            }}
          />
        </form>
        {/* What went wrong, submit, the call for an assistant and the keyboard: a bar always in view
            at the foot of the screen while the form scrolls under it (issue #15: with larger text,
            "submit" lay 1,600 px below the 1920 px screen, at the end of the page). */}
        <div className="primary-action assisted-bar" ref={bar}>
          <div className="bar-messages">
            <div role="alert" aria-live="assertive">
              {sending.hasErrors && <p className="form-error">{t('assisted.fixErrors')}</p>}
              {sending.failed && <p className="form-error">{t('assisted.submitFailed')}</p>}
            </div>
            <HelpStatus
              help={help}
              testId="help-status"
              called={t('assisted.assistantCalled')}
              coming={(name) => t('assisted.assistantComing', { name })}
            />
          </div>
          <div className="assisted-actions">
            <button
              type="submit"
              form="assisted-form"
              className="big-button primary"
              disabled={sending.pending}
            >
              {t('assisted.submit')}
            </button>
            <button
              type="button"
              className="big-button"
              onClick={() => void callAssistant(values)}
              disabled={!!help}
            >
              {t('assisted.callAssistant')}
            </button>
          </div>
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
      </div>
    </StepScreen>
  );
}
