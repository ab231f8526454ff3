/**
 * The floor assistant's help requests: kiosks calling for help appear here with their location;
 * accepting one (first accept wins) opens the kiosk's form live, to fill in with or for the citizen.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormState, HelpRequest } from '../../shared/contract/assisted.js';
import { FormDefinition } from '../../shared/contract/forms.js';
import type { Catalogue } from '../../shared/contract/catalogue.js';
import type { HubClient } from '../common/hub-client.js';
import { Bdi, isolate } from '../common/bdi.js';
import { askedFields } from '../kiosk/assisted-form.js';
import { emitAssisted } from '../kiosk/help-request.js';

export function HelpRequests(props: {
  hub: HubClient;
  catalogue: Catalogue;
  lang: 'ar' | 'en';
  staffId: string;
}) {
  const { t } = useTranslation();
  const { hub, lang } = props;
  const [requests, setRequests] = useState<HelpRequest[]>([]);
  const [active, setActive] = useState<HelpRequest | null>(null);
  const [def, setDef] = useState<FormDefinition | null>(null);
  const [values, setValues] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const versions = useRef<Record<string, number>>({});

  useEffect(() => {
    const load = () =>
      void emitAssisted(hub, 'openHelpRequests').then((r) => {
        if (r.ok)
          setRequests(
            r.data.flatMap((x) => {
              const request = HelpRequest.safeParse(x);
              return request.success ? [request.data] : [];
            }),
          );
      });
    const onRequest = (raw: unknown) => {
      const r = HelpRequest.safeParse(raw);
      if (!r.success) return;
      setRequests((list) =>
        r.data.status === 'closed'
          ? list.filter((x) => x.id !== r.data.id)
          : [...list.filter((x) => x.id !== r.data.id), r.data],
      );
      setActive((a) => (a?.id === r.data.id ? (r.data.status === 'closed' ? null : r.data) : a));
    };
    const onState = (raw: unknown) => {
      const s = FormState.safeParse(raw);
      if (!s.success) return;
      const incoming: Record<string, string> = {};
      for (const [path, f] of Object.entries(s.data.fields)) {
        if (f.version <= (versions.current[path] ?? 0)) continue;
        versions.current[path] = f.version;
        if (f.by === 'kiosk') incoming[path] = f.value === null ? '' : String(f.value);
      }
      if (Object.keys(incoming).length) setValues((v) => ({ ...v, ...incoming }));
    };
    hub.socket.on('helpRequest', onRequest);
    hub.socket.on('formState', onState);
    const off = hub.onConnection((c) => c === 'connected' && load());
    load();
    return () => {
      hub.socket.off('helpRequest', onRequest);
      hub.socket.off('formState', onState);
      off();
    };
  }, [hub]);

  useEffect(() => {
    setDef(null);
    if (!active?.serviceId) return;
    void fetch(`/api/v1/services/${encodeURIComponent(active.serviceId)}/form`)
      .then((r) => (r.ok ? r.json() : null))
      .then((json: unknown) => {
        const d = FormDefinition.safeParse(json);
        if (d.success) setDef(d.data);
      });
  }, [active?.serviceId]);

  const fields = useMemo(() => (def ? askedFields(def) : []), [def]);

  const accept = async (r: HelpRequest) => {
    const res = await emitAssisted(hub, 'acceptHelp', {
      requestId: r.id,
    });
    if (!res.ok) {
      setNotice(
        res.error.code === 'invalid_transition' ? t('assisted.takenByOther') : t(`errors.${res.error.code}`),
      );
      return;
    }
    setNotice(null);
    const accepted = HelpRequest.parse(res.data.request);
    versions.current = {};
    const form = FormState.safeParse(res.data.form);
    const start: Record<string, string> = {};
    if (form.success)
      for (const [path, f] of Object.entries(form.data.fields)) {
        versions.current[path] = f.version;
        start[path] = f.value === null ? '' : String(f.value);
      }
    setValues(start);
    setActive(accepted);
  };

  const edit = (path: string, value: string) => {
    if (!active) return;
    setValues((v) => ({ ...v, [path]: value }));
    void emitAssisted(hub, 'formUpdate', { requestId: active.id, fields: { [path]: value } }).then((r) => {
      const s = r.ok ? FormState.safeParse(r.data) : null;
      if (s?.success) versions.current[path] = s.data.fields[path]?.version ?? 0;
    });
  };

  const serviceName = (id: string | null) =>
    props.catalogue.services.find((s) => s.id === id)?.name[lang] ?? '';

  return (
    <section className="panel" aria-labelledby="help-title" data-testid="help-requests">
      <h2 id="help-title">{t('assisted.helpTitle')}</h2>
      <div aria-live="polite">
        {notice && (
          <p role="alert" className="error">
            {notice}
          </p>
        )}
      </div>
      {requests.length === 0 && <p>{t('assisted.helpNone')}</p>}
      <ul className="help-list">
        {requests.map((r) => (
          <li key={r.id} data-testid="help-request">
            <span>
              {t('assisted.helpFrom', {
                location: isolate(r.location),
                reason: t(`assisted.reason_${r.reason}`),
              })}
              {r.serviceId && ` · ${serviceName(r.serviceId)}`}
            </span>
            {r.status === 'open' ? (
              <button type="button" className="primary" onClick={() => void accept(r)}>
                {t('assisted.accept')}
              </button>
            ) : (
              <span>{r.acceptedBy === props.staffId ? t('assisted.acceptedByYou') : r.acceptedByName}</span>
            )}
          </li>
        ))}
      </ul>
      {active && (
        <form
          className="form live-form"
          aria-labelledby="live-title"
          data-testid="live-form"
          onSubmit={(e) => e.preventDefault()}
        >
          <h3 id="live-title">
            {t('assisted.liveForm')} · <Bdi>{active.location}</Bdi>
          </h3>
          {fields.map((f) => {
            const id = `live-${f.path.replaceAll('.', '-')}`;
            const options = f.ui.options ? Object.entries(f.ui.options) : null;
            return (
              <label key={f.path} htmlFor={id}>
                {f.ui.label[lang]}
                {options ? (
                  <select
                    id={id}
                    name={f.path}
                    value={values[f.path] ?? ''}
                    onChange={(e) => edit(f.path, e.target.value)}
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
                    id={id}
                    name={f.path}
                    value={values[f.path] ?? ''}
                    onChange={(e) => edit(f.path, e.target.value)}
                  />
                )}
              </label>
            );
          })}
        </form>
      )}
    </section>
  );
}
