/**
 * The citizen's phone page behind the ticket's QR code (/t/<token>): live place in line and a
 * waiting-time range; when called, the counter in large type with vibration and (once allowed
 * by a tap) a sound; "I'm running late" and "Cancel my ticket". Nothing personal is shown.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublicTicketStatus } from '../../shared/contract/views.js';
import type { TicketOptions } from '../../shared/contract/remote.js';
import type { ConnectionState, HubClient } from '../common/hub-client.js';
import { createI18nWith } from '../common/i18n.js';
import { statusPage } from '../../shared/i18n/apps/status.js';
import { units } from '../../shared/i18n/apps/units.js';
import { form } from '../../shared/i18n/apps/form.js';
import { getJson, postJson } from '../common/phone-api.js';
import { ErrorAlert, LanguageSwitch } from '../common/phone-page.js';
import { mountApp } from '../common/mount-app.js';
import { AlertSound } from './alert-sound.js';
import { useFormat } from '../common/numbers.js';
import { waitShown } from '../../shared/domain/wait-shown.js';
import { waitText } from '../../shared/i18n/wait-text.js';
import { pushSupported, subscribeToPush, type PushOutcome } from './push.js';
import { watchLiveLink, type LinkProblem } from './live-link.js';
import { chooseVisitorLanguage } from '../common/visitor-language.js';
import { isVisitorLanguage, type VisitorLanguage } from '../../shared/i18n/languages.js';
import { localisedName } from '../../shared/contract/catalogue-names.js';
import { afterFirstPaint } from '../common/after-first-paint.js';
import { fetchFirstStatus, provisionalStatus } from './first-status.js';

const params = new URLSearchParams(location.search);
/** A link's own `?lang=` wins; otherwise the page speaks the language the ticket was taken in (not the phone's). */
const langParam = params.get('lang');
const linkLanguage = isVisitorLanguage(langParam) ? langParam : null;
// Only the namespaces this page uses: it loads over mobile data (bench/first-paint.ts).
const i18n = createI18nWith(linkLanguage === 'en' ? 'en' : 'ar', { statusPage, units, form });
// Another visitor language from the link: its catalogue is fetched before the page switches (#19).
if (linkLanguage && linkLanguage !== 'ar' && linkLanguage !== 'en')
  void chooseVisitorLanguage(i18n, linkLanguage);
// Decided once, on the first status: later updates never undo the citizen's own switch.
let languageDecided = linkLanguage !== null;
const token = decodeURIComponent(location.pathname.split('/').pop() ?? '');
const ticketApi = `/api/v1/public/tickets/${encodeURIComponent(token)}`;
// The first status over HTTP, which the hub's page already preloads (main/hub/core/static-apps.ts), so the
// place in line shows without waiting for the socket's round trips on mobile data (bench/first-paint.ts).
const firstAnswer = fetchFirstStatus(ticketApi);
const sound = new AlertSound();
/**
 * The answers' zod schemas, fetched and built once the first frame is painted: before it they took
 * about a fifth of the page's main-thread time on a slowed CPU (bench/first-paint.ts). Not kept as
 * one promise: after a failed fetch (offline), the next call asks again.
 */
const loadChecks = () => afterFirstPaint().then(() => import('./ticket-checks.js'));

type TicketChecks = typeof import('./ticket-checks.js');

function Estimate({ status }: { status: PublicTicketStatus }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  if (!status.estimate) return null;
  const shown = waitShown(status.estimate);
  // This ticket's own wait, in the figure every screen shows (shared/domain/wait-shown.ts); the
  // heading says it is the visitor's, not the queue's figure for a ticket taken now. "An estimate;
  // it changes…" speaks of a figure: under "No counter open now" there is none to qualify.
  return (
    <div className="estimate">
      <h2>{t('statusPage.estimate')}</h2>
      <p className="range" data-testid="estimate">
        {waitText(t, shown, fmt.number)}
      </p>
      {shown.kind !== 'none' && (
        <p className="note" data-testid="estimate-note">
          {t('statusPage.estimateNote')}
        </p>
      )}
    </div>
  );
}

/** Web push where the browser has it; otherwise, for a remote join, a word that SMS will come. */
function PhoneNotifications({ lang, notifiedBySms }: { lang: VisitorLanguage; notifiedBySms: boolean }) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<PushOutcome | null>(null);
  const [busy, setBusy] = useState(false);
  if (!pushSupported())
    return notifiedBySms ? (
      <p className="note" data-testid="push-unavailable">
        {t('statusPage.pushUnavailableSms')}
      </p>
    ) : null;
  const subscribe = async () => {
    setBusy(true);
    setOutcome(await subscribeToPush(ticketApi, lang));
    setBusy(false);
  };
  return (
    <section className="push">
      <p className="note">{t('statusPage.pushExplain')}</p>
      {/* The alert that works with the page closed is the one to take: the main button here. */}
      <button
        className="primary"
        data-testid="push-button"
        aria-pressed={outcome === 'on'}
        disabled={busy}
        onClick={() => void subscribe()}
      >
        {outcome === 'on' ? t('statusPage.pushIsOn') : t('statusPage.pushOn')}
      </button>
      {(outcome === 'denied' || outcome === 'failed') && (
        <p className="note" role="status">
          {t(outcome === 'denied' ? 'statusPage.pushDenied' : 'statusPage.pushFailed')}
        </p>
      )}
    </section>
  );
}

function StatusPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [status, setStatus] = useState<PublicTicketStatus | null>(null);
  const [options, setOptions] = useState<TicketOptions | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [connection, setConnection] = useState<ConnectionState>('connecting');
  const [linkProblem, setLinkProblem] = useState<LinkProblem | null>(null);
  const [soundOn, setSoundOn] = useState(false);
  const [confirmingCancel, setConfirmingCancel] = useState(false);
  const [busy, setBusy] = useState(false);
  const lastStatus = useRef<string | null>(null);
  // The status drawn last: the first answer stays unchecked until zod's verdict (`confirm`).
  const onScreen = useRef<PublicTicketStatus | null>(null);

  const show = useCallback((s: PublicTicketStatus) => {
    if (s.status === 'called' && lastStatus.current !== null && lastStatus.current !== 'called') {
      navigator.vibrate?.([300, 100, 300, 100, 300]);
      sound.playCall();
    }
    if (s.status !== lastStatus.current && lastStatus.current !== null) setNotice(null);
    if (s.status !== lastStatus.current)
      void loadChecks()
        .then((checks) => getJson(`${ticketApi}/options`, checks.TicketOptions))
        .then(
          (r) => setOptions(r.ok ? r.data : null),
          () => setOptions(null),
        );
    lastStatus.current = s.status;
    if (!languageDecided) {
      languageDecided = true;
      // Any visitor language: an added one's catalogue is fetched first (renderer/common/visitor-language.ts).
      if (s.language && s.language !== i18n.language) void chooseVisitorLanguage(i18n, s.language);
    }
    onScreen.current = s;
    setStatus(s);
  }, []);

  /**
   * zod's verdict on the first answer, drawn unchecked: it stays if it passes (replaced by the
   * checked object where zod changed it), and goes if it fails, as a refused answer showed nothing.
   * A status shown since (the socket's, an action's answer) was checked already and is left alone.
   */
  const confirm = useCallback(
    (raw: unknown, drawn: PublicTicketStatus) =>
      loadChecks().then(
        (checks) => {
          if (onScreen.current !== drawn) return;
          const parsed = checks.PublicTicketStatus.safeParse(raw);
          if (!parsed.success) {
            lastStatus.current = null;
            onScreen.current = null;
            setStatus(null);
          } else if (JSON.stringify(parsed.data) !== JSON.stringify(drawn)) {
            onScreen.current = parsed.data;
            setStatus(parsed.data);
          }
        },
        // Not fetched (offline): the socket, once it connects, sends a checked status.
        () => undefined,
      ),
    [],
  );

  useEffect(() => {
    let hub: HubClient | null = null;
    let closed = false;
    let stopWatchingLink = () => {};
    const listen = (client: HubClient, checks: TicketChecks) => {
      stopWatchingLink = watchLiveLink(client, setLinkProblem);
      const follow = async () => {
        const r = await client.call('follow', { token });
        if (!r.ok) return setError(r.error.code);
        const parsed = checks.PublicTicketStatus.safeParse(r.data);
        if (parsed.success) show(parsed.data);
      };
      client.onConnection((s) => {
        setConnection(s);
        if (s === 'connected') void follow();
      });
      client.socket.on('ticket', (raw: unknown) => {
        const parsed = checks.PublicTicketStatus.safeParse(raw);
        if (parsed.success) show(parsed.data);
      });
    };
    void firstAnswer
      .then((raw) => {
        // Drawn as it came, its outline looked at (./first-status.ts); only until the socket has
        // said something: its answer is never older than this one.
        const drawn = provisionalStatus(raw);
        if (drawn && lastStatus.current === null) {
          show(drawn);
          void confirm(raw, drawn);
        }
      })
      // The live connection (socket.io and its schemas, 15 KB gzip) loads once the place in
      // line is painted, so on a slow phone it never holds the first paint (bench/first-paint.ts).
      .then(function connect(): Promise<void> {
        return Promise.all([
          afterFirstPaint().then(() => import('../common/hub-client.js')),
          loadChecks(),
        ]).then(
          ([{ HubClient }, checks]) => {
            if (closed) return;
            hub = new HubClient({ role: 'public' });
            listen(hub, checks);
          },
          // Offline before it loaded: say so, and try again, as the socket itself would.
          () => {
            setLinkProblem('unreachable');
            return new Promise<void>((resolve) => setTimeout(resolve, 2000)).then(connect);
          },
        );
      });
    return () => {
      closed = true;
      stopWatchingLink();
      hub?.close();
    };
  }, [show, confirm]);

  const runningLate = async () => {
    setBusy(true);
    setError(null);
    const r = await postJson(`${ticketApi}/late`, {}, (await loadChecks()).LateResult);
    setBusy(false);
    if (!r.ok) return setError(r.error.code);
    show(r.data.status);
    setNotice(r.data.moved ? 'lateDone' : 'lateNoChange');
    setOptions(r.data.options);
  };

  const cancel = async () => {
    setBusy(true);
    setError(null);
    const r = await postJson(`${ticketApi}/cancel`, {}, (await loadChecks()).CancelResult);
    setBusy(false);
    setConfirmingCancel(false);
    if (!r.ok) return setError(r.error.code);
    show(r.data.status);
    setNotice('cancelled');
  };

  // A ticket still open takes the page's new language, so its later SMS are in it (#19).
  const chooseLanguage = async (code: VisitorLanguage) => {
    languageDecided = true;
    if (!status || !['waiting', 'called', 'serving', 'parked'].includes(status.status)) return;
    if (status.language === code) return;
    const r = await postJson(
      `${ticketApi}/language`,
      { language: code },
      (await loadChecks()).LanguageResult,
    );
    if (!r.ok) return setError(r.error.code);
    show(r.data.status);
  };

  // The service's name in the page's language, else English, else Arabic (#19).
  const language = isVisitorLanguage(i18n.language) ? i18n.language : 'ar';
  const called = status?.status === 'called' && status.counterLabel;
  return (
    <main className={called ? 'is-called' : undefined} data-connection={connection}>
      <div className="top">
        {/* The visitor's own choice wins over the language the ticket was taken in, and becomes the visit's. */}
        <LanguageSwitch onChosen={(code) => void chooseLanguage(code)} />
      </div>
      {(linkProblem !== null || connection === 'disconnected') && (
        <p className="banner" role="status" data-testid="live-link">
          {linkProblem ? t(`statusPage.link_${linkProblem}`) : t('common.connectionLost')}
        </p>
      )}
      <ErrorAlert section="statusPage" code={error} />
      {status && (
        <>
          {status.centre && (
            <p className="centre" data-testid="centre">
              {localisedName(status.centre, language)}
            </p>
          )}
          <h1>
            {t('statusPage.yourTicket')} <span className="ticket">{status.ticket}</span>
          </h1>
          <p className="service">{localisedName(status.service, language)}</p>
          {called ? (
            <div className="called" role="alert">
              <p className="called-title">
                {t('statusPage.calledTitle')} · {t('status.called')}
              </p>
              <p>{t('statusPage.goTo')}</p>
              <strong data-testid="counter">{status.counterLabel}</strong>
            </div>
          ) : status.status === 'waiting' ? (
            <>
              <div className="place">
                <h2>{t('statusPage.position')}</h2>
                <p className="position" data-testid="position">
                  {status.position === null ? null : fmt.number(status.position)}
                </p>
                {status.position !== null && (
                  <p data-testid="ahead">{t('statusPage.ahead', { count: status.position - 1 })}</p>
                )}
              </div>
              <Estimate status={status} />
              <p className="note">{t('statusPage.live')}</p>
            </>
          ) : (
            <p className="state" data-testid="status" role="status">
              {status.status === 'serving' ? t('statusPage.serving') : t(`status.${status.status}`)}
              {['completed', 'no_show', 'cancelled', 'removed'].includes(status.status) && (
                <> · {t('statusPage.ended')}</>
              )}
            </p>
          )}
          {notice && (
            <p className="notice" role="status">
              {t(`statusPage.${notice}`)}
            </p>
          )}
          {/* Once called, the call is the page (issue #15): notify-me and the in-page sound were for
              the wait, and stood between "go to counter N" and the citizen. Cancel stays, secondary, below. */}
          {options && status.status === 'waiting' && (
            <PhoneNotifications
              lang={isVisitorLanguage(i18n.language) ? i18n.language : 'ar'}
              notifiedBySms={options.notifiedBySms}
            />
          )}
          {status.status === 'waiting' && (
            <section className="sound">
              <p className="note">{t('statusPage.soundExplain')}</p>
              {/* Second to "notify me" where the phone can be notified (the two looked alike, issue #15);
                  the only alert, and so the main button, where it cannot. */}
              <button
                className={options && pushSupported() ? 'secondary' : 'primary'}
                data-testid="sound-button"
                aria-pressed={soundOn}
                onClick={() => void sound.enable().then(setSoundOn)}
              >
                {soundOn ? t('statusPage.soundIsOn') : t('statusPage.soundOn')}
              </button>
            </section>
          )}
          {options && (options.canPostpone || options.canCancel) && (
            <section className="actions">
              {options.canPostpone && (
                <>
                  <button className="secondary" disabled={busy} onClick={() => void runningLate()}>
                    {t('statusPage.late')}
                  </button>
                  <p className="note">{t('statusPage.lateExplain', { count: options.latePlaces })}</p>
                </>
              )}
              {options.canCancel &&
                (confirmingCancel ? (
                  <div className="confirm" role="group" aria-label={t('statusPage.cancelConfirm')}>
                    <p>{t('statusPage.cancelConfirm')}</p>
                    <button className="danger" disabled={busy} onClick={() => void cancel()}>
                      {t('statusPage.cancelYes')}
                    </button>
                    <button className="secondary" onClick={() => setConfirmingCancel(false)}>
                      {t('statusPage.cancelNo')}
                    </button>
                  </div>
                ) : (
                  <button className="secondary" onClick={() => setConfirmingCancel(true)}>
                    {t('statusPage.cancel')}
                  </button>
                ))}
            </section>
          )}
        </>
      )}
    </main>
  );
}

mountApp(i18n, <StatusPage />);
