/** Floor assistant (tablet): issue a ticket on someone's behalf at the door, and see the queues. */
import { StrictMode, useEffect, useRef, useState, type FormEvent } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { Catalogue, PriorityReason } from '../../shared/contract/catalogue.js';
import type { SessionEndReason } from '../../shared/contract/auth.js';
import { CentreSnapshot, IssuedTicket } from '../../shared/contract/views.js';
import { HubClient, type ConnectionState } from '../common/hub-client.js';
import { createI18n } from '../common/i18n.js';
import { SignIn, loadSession, saveSession, type StaffSession } from '../counter/sign-in.js';
import { fetchCatalogue, signOutSession } from '../counter/staff-api.js';
import { HelpRequests } from './help-requests.js';
import { minutesRange } from '../../shared/i18n/durations.js';

const SESSION_KEY = 'dawr.floor.session';
const PRIORITIES: PriorityReason[] = ['determination', 'senior', 'pregnant'];
const i18n = createI18n(new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'ar');

function FloorApp() {
  const { t } = useTranslation();
  const [session, setSession] = useState<StaffSession | null>(() => loadSession(SESSION_KEY));
  const [catalogue, setCatalogue] = useState<Catalogue | null>(null);
  const [ended, setEnded] = useState<SessionEndReason | null>(null);
  useEffect(() => {
    void fetchCatalogue().then((r) => r.ok && setCatalogue(r.data));
  }, []);
  if (!session)
    return (
      <main className="centred">
        <SignIn
          app="floor"
          notice={ended ? t(`sessionEnded.${ended}`) : undefined}
          onSignedIn={(s) => {
            saveSession(SESSION_KEY, s);
            setSession(s);
            setEnded(null);
          }}
        />
      </main>
    );
  if (!catalogue) return null;
  const signOut = () => {
    void signOutSession(session.token);
    saveSession(SESSION_KEY, null);
    setSession(null);
  };
  if (!session.staff.roles.some((r) => ['floor_assistant', 'manager', 'admin'].includes(r)))
    return (
      <main className="centred">
        <p role="alert">{t('floor.notAllowed')}</p>
        <button type="button" onClick={signOut}>
          {t('floor.signOut')}
        </button>
      </main>
    );
  // The hub ended the session (signed out elsewhere, expired, account changed): back to sign-in, saying why.
  const sessionEnded = (reason: SessionEndReason) => {
    saveSession(SESSION_KEY, null);
    setSession(null);
    setEnded(reason);
  };
  return <Floor session={session} catalogue={catalogue} onSignOut={signOut} onSessionEnded={sessionEnded} />;
}

function Floor(props: {
  session: StaffSession;
  catalogue: Catalogue;
  onSignOut: () => void;
  onSessionEnded: (reason: SessionEndReason) => void;
}) {
  const { t, i18n: inst } = useTranslation();
  const lang = inst.language === 'en' ? 'en' : 'ar';
  const { catalogue } = props;
  const hubRef = useRef<HubClient | null>(null);
  const sessionEndedRef = useRef(props.onSessionEnded);
  sessionEndedRef.current = props.onSessionEnded;
  const [hubClient, setHubClient] = useState<HubClient | null>(null);
  const [connection, setConnection] = useState<ConnectionState>('connecting');
  const [snapshot, setSnapshot] = useState<CentreSnapshot | null>(null);
  const [serviceId, setServiceId] = useState('');
  const [priority, setPriority] = useState<PriorityReason | ''>('');
  const [language, setLanguage] = useState<'ar' | 'en'>('ar');
  const [result, setResult] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [pending, setPending] = useState(false);

  useEffect(() => {
    const hub = new HubClient({ role: 'counter', app: 'floor', auth: { token: props.session.token } });
    hubRef.current = hub;
    setHubClient(hub);
    hub.onConnection(setConnection);
    hub.onSessionEnded((e) => sessionEndedRef.current(e.reason));
    hub.socket.on('snapshot', (raw: unknown) => {
      const s = CentreSnapshot.safeParse(raw);
      if (s.success) setSnapshot(s.data);
    });
    return () => hub.close();
  }, [props.session.token]);

  const issue = async (e: FormEvent) => {
    e.preventDefault();
    if (!hubRef.current || !serviceId) return;
    setPending(true);
    const r = await hubRef.current.call('issueTicket', {
      serviceId,
      channel: 'floor',
      language,
      priority: priority || null,
      idempotencyKey: crypto.randomUUID(),
    });
    setPending(false);
    if (!r.ok) return setResult({ kind: 'error', text: t(`errors.${r.error.code}`) });
    const issued = IssuedTicket.safeParse(r.data);
    if (issued.success) {
      setResult({ kind: 'ok', text: t('floor.issued', { ticket: issued.data.visit.ticket }) });
      setPriority('');
    }
  };

  return (
    <div>
      <header className="bar">
        <h1>{t('floor.title')}</h1>
        <div className="row">
          <button type="button" onClick={() => void inst.changeLanguage(lang === 'ar' ? 'en' : 'ar')}>
            <span lang={lang === 'ar' ? 'en' : 'ar'}>{lang === 'ar' ? 'English' : 'العربية'}</span>
          </button>
          <button type="button" onClick={props.onSignOut}>
            {t('floor.signOut')}
          </button>
        </div>
      </header>
      {connection === 'disconnected' && (
        <p className="banner" role="status">
          {t('common.connectionLost')}
        </p>
      )}
      <main className="floor">
        <form className="panel form" aria-labelledby="issue-title" noValidate onSubmit={(e) => void issue(e)}>
          <h2 id="issue-title">{t('floor.issueTitle')}</h2>
          <label>
            {t('floor.service')}
            <select name="service" value={serviceId} onChange={(e) => setServiceId(e.target.value)} required>
              <option value="">{t('floor.chooseService')}</option>
              {catalogue.agencies.map((a) => (
                <optgroup key={a.id} label={a.name[lang]}>
                  {catalogue.services
                    .filter((s) => s.agencyId === a.id)
                    .map((s) => (
                      <option key={s.id} value={s.id}>
                        {s.name[lang]}
                      </option>
                    ))}
                </optgroup>
              ))}
            </select>
          </label>
          <label>
            {t('floor.priority')}
            <select
              name="priority"
              value={priority}
              onChange={(e) => setPriority(e.target.value as PriorityReason | '')}
            >
              <option value="">{t('floor.noPriority')}</option>
              {PRIORITIES.map((p) => (
                <option key={p} value={p}>
                  {t(`priority.${p}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('floor.language')}
            <select
              name="language"
              value={language}
              onChange={(e) => setLanguage(e.target.value as 'ar' | 'en')}
            >
              <option value="ar">{t('terms.language_ar')}</option>
              <option value="en">{t('terms.language_en')}</option>
            </select>
          </label>
          <button type="submit" className="primary big" disabled={pending || !serviceId}>
            {t('floor.issue')}
          </button>
          <div aria-live="polite">
            {result && (
              <p
                role={result.kind === 'error' ? 'alert' : 'status'}
                className={result.kind}
                data-testid="issued"
              >
                {result.text}
              </p>
            )}
          </div>
        </form>
        {hubClient && (
          <HelpRequests hub={hubClient} catalogue={catalogue} lang={lang} staffId={props.session.staff.id} />
        )}
        <section className="panel" aria-labelledby="queues-title">
          <h2 id="queues-title">{t('floor.queues')}</h2>
          <table className="queues">
            <thead>
              <tr>
                <th scope="col">{t('floor.queue')}</th>
                <th scope="col">{t('floor.waiting')}</th>
                <th scope="col">{t('floor.estimate')}</th>
              </tr>
            </thead>
            <tbody>
              {(snapshot?.queues ?? []).map((q) => (
                <tr key={q.queueId} data-testid={`floor-queue-${q.queueId}`}>
                  <th scope="row">
                    {q.prefix} · {q.name[lang]}
                  </th>
                  <td data-testid="waiting">{q.waiting}</td>
                  <td>{minutesRange(t, q.estimate.p50Minutes, q.estimate.p90Minutes)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </main>
    </div>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <FloorApp />
    </I18nextProvider>
  </StrictMode>,
);
