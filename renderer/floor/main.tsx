/** Floor assistant (tablet): issue a ticket on someone's behalf at the door, and see the queues. */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalogue, PriorityReason } from '../../shared/contract/catalogue.js';
import type { SessionEndReason } from '../../shared/contract/auth.js';
import { CentreSnapshot, IssuedTicket } from '../../shared/contract/views.js';
import { HubClient, type ConnectionState } from '../common/hub-client.js';
import { createStaffI18n, mountApp } from '../common/mount-app.js';
import { SignIn, type StaffSession } from '../counter/sign-in.js';
import { fetchCatalogue } from '../counter/staff-api.js';
import { useStaffSession } from '../counter/use-staff-session.js';
import { ChoiceField } from '../counter/form-parts.js';
import { isVisitorLanguage, LANGUAGES, type VisitorLanguage } from '../../shared/i18n/languages.js';
import { HelpRequests } from './help-requests.js';
import { waitShown } from '../../shared/domain/wait-shown.js';
import { waitText } from '../../shared/i18n/wait-text.js';
import { isolateLtr } from '../../shared/i18n/bidi.js';
import { useFormat } from '../common/numbers.js';
import { ConnectionLostBanner, LanguageAndSignOut, ResultMessage } from '../common/staff-bar.js';

const SESSION_KEY = 'dawr.floor.session';
const PRIORITIES: PriorityReason[] = ['determination', 'senior', 'pregnant'];

function FloorApp() {
  const { t } = useTranslation();
  const { session, ended, signedIn, sessionEnded, signOut } = useStaffSession(SESSION_KEY);
  const [catalogue, setCatalogue] = useState<Catalogue | null>(null);
  useEffect(() => {
    void fetchCatalogue().then((r) => r.ok && setCatalogue(r.data));
  }, []);
  if (!session)
    return (
      <main className="centred">
        <SignIn app="floor" notice={ended ? t(`sessionEnded.${ended}`) : undefined} onSignedIn={signedIn} />
      </main>
    );
  if (!catalogue) return null;
  if (!session.staff.roles.some((r) => ['floor_assistant', 'manager', 'admin'].includes(r)))
    return (
      <main className="centred">
        <p role="alert">{t('floor.notAllowed')}</p>
        <button type="button" onClick={signOut}>
          {t('floor.signOut')}
        </button>
      </main>
    );
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
  // Counts, waits and the senior's "(60+)" in the centre's digits (issue #15, one digit setting);
  // the live catalogue's, as the counter's and the board's, so a change applies at once.
  const fmt = useFormat({ digits: catalogue.centre.digits });
  const hubRef = useRef<HubClient | null>(null);
  const sessionEndedRef = useRef(props.onSessionEnded);
  sessionEndedRef.current = props.onSessionEnded;
  const [hubClient, setHubClient] = useState<HubClient | null>(null);
  const [connection, setConnection] = useState<ConnectionState>('connecting');
  const [snapshot, setSnapshot] = useState<CentreSnapshot | null>(null);
  const [serviceId, setServiceId] = useState('');
  const [priority, setPriority] = useState<PriorityReason | ''>('');
  // The visitor's language, any the kiosk offers: the ticket's SMS, phone page and slip follow it (#19).
  const [language, setLanguage] = useState<VisitorLanguage>('ar');
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
      setResult({ kind: 'ok', text: t('floor.issued', { ticket: isolateLtr(issued.data.visit.ticket) }) });
      setPriority('');
    }
  };

  return (
    <div>
      <header className="bar">
        <h1>{t('floor.title')}</h1>
        <LanguageAndSignOut signOut={t('floor.signOut')} onSignOut={props.onSignOut} />
      </header>
      <ConnectionLostBanner connection={connection} />
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
          <ChoiceField
            caption={t('floor.priority')}
            name="priority"
            value={priority}
            none={t('floor.noPriority')}
            choices={PRIORITIES.map((p) => ({ value: p, label: fmt.digits(t(`priority.${p}`)) }))}
            onChange={(p) => setPriority(p as PriorityReason | '')}
          />
          <ChoiceField
            caption={t('floor.language')}
            name="language"
            value={language}
            // Each in its own name, as on the kiosk's list: the visitor points at theirs.
            choices={LANGUAGES.map((l) => ({ value: l.code, label: l.nativeName, lang: l.code }))}
            onChange={(l) => setLanguage(isVisitorLanguage(l) ? l : 'ar')}
          />
          <button type="submit" className="primary big" disabled={pending || !serviceId}>
            {t('floor.issue')}
          </button>
          <ResultMessage message={result} testId="issued" />
        </form>
        {hubClient && (
          <HelpRequests hub={hubClient} catalogue={catalogue} lang={lang} staffId={props.session.staff.id} />
        )}
        <section className="panel" aria-labelledby="queues-title">
          <h2 id="queues-title">{t('floor.queues')}</h2>
          {/*
            On a phone (floor.css) each row is a card: the name across the whole width, two lines at most
            for a long one, the figures under it with their headings beside them. The roles are explicit
            because the cards are laid out as a grid, which takes a table's implicit ones away.
          */}
          <table className="queues" role="table">
            {/* Drawn on a tablet; read but not drawn on a phone (floor.css). */}
            <thead role="rowgroup" className="visually-hidden">
              <tr role="row">
                <th scope="col" role="columnheader">
                  {t('floor.queue')}
                </th>
                <th scope="col" role="columnheader">
                  {t('floor.waiting')}
                </th>
                <th scope="col" role="columnheader">
                  {t('units.waitNow')}
                </th>
              </tr>
            </thead>
            <tbody role="rowgroup">
              {(snapshot?.queues ?? []).map((q) => (
                <tr key={q.queueId} role="row" data-testid={`floor-queue-${q.queueId}`}>
                  <th scope="row" role="rowheader" className="queue-name" data-testid="queue-name">
                    <span className="prefix">{q.prefix}</span> {q.name[lang]}
                  </th>
                  <td role="cell">
                    <span className="cell-label" aria-hidden="true">
                      {t('floor.waiting')}:{' '}
                    </span>
                    <span data-testid="waiting">{fmt.number(q.waiting)}</span>
                  </td>
                  <td role="cell">
                    <span className="cell-label" aria-hidden="true">
                      {t('units.waitNow')}:{' '}
                    </span>
                    <span data-testid="wait-now">{waitText(t, waitShown(q.estimate), fmt.number)}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </main>
    </div>
  );
}

mountApp(createStaffI18n(), <FloorApp />);
