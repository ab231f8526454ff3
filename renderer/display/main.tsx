/**
 * The waiting-hall board: the latest call large and highlighted, a short history, waiting counts
 * and estimates per queue, the centre's clock; every label in the screen's languages in order.
 */
import { StrictMode, useEffect, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { Catalogue } from '../../shared/contract/catalogue.js';
import { CallAnnouncement, CentreSnapshot } from '../../shared/contract/views.js';
import { TEXT_DIRECTION } from '../../shared/i18n/index.js';
import { HubClient, type ConnectionState } from '../common/hub-client.js';
import { createI18n } from '../common/i18n.js';
import { Announcer, type AnnouncerState } from './announcer.js';
import { readScreenConfig } from './screen-config.js';
import { mergeCall, mergeSnapshot, type BoardCall } from './board-calls.js';

const config = readScreenConfig();
const primary = config.languages[0] ?? 'ar';
const i18n = createI18n(primary);

declare global {
  interface Window {
    /** Read-only view of the announcement queue, for tests and diagnostics. */
    __dawrAnnouncements?: Readonly<AnnouncerState>;
  }
}

/** A label in every configured language, each marked with its own lang for screen readers. */
function Both(props: { k: string; vars?: Record<string, unknown> }) {
  const { i18n: inst } = useTranslation();
  return (
    <>
      {config.languages.map((l, i) => (
        <span key={l} lang={l} dir={TEXT_DIRECTION[l]} className={i === 0 ? 'first' : 'second'}>
          {(inst.getFixedT(l) as TFunction)(props.k, props.vars)}
        </span>
      ))}
    </>
  );
}

function Board() {
  const [connection, setConnection] = useState<ConnectionState>('connecting');
  const [calls, setCalls] = useState<BoardCall[]>([]);
  const [snapshot, setSnapshot] = useState<CentreSnapshot | null>(null);
  const [catalogue, setCatalogue] = useState<Catalogue | null>(null);
  const [announcer, setAnnouncer] = useState<AnnouncerState | null>(null);
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    void fetch('/api/v1/catalogue')
      .then((r) => r.json())
      .then((raw: unknown) => {
        const c = Catalogue.safeParse(raw);
        if (c.success) setCatalogue(c.data);
      })
      .catch(() => undefined);
    return () => clearInterval(timer);
  }, []);

  useEffect(() => {
    if (!config.deviceKey) return;
    const announce = new Announcer(config.languages, (s) => {
      window.__dawrAnnouncements = Object.freeze({ ...s });
      setAnnouncer(s);
    });
    const hub = new HubClient({ role: 'display', auth: { deviceKey: config.deviceKey } });
    hub.onConnection(setConnection);
    const wanted = (queueId: string) => config.queueIds.length === 0 || config.queueIds.includes(queueId);
    hub.socket.on('call', (raw: unknown) => {
      const c = CallAnnouncement.safeParse(raw);
      if (!c.success || !wanted(c.data.queueId)) return;
      setCalls((prev) => mergeCall(prev, c.data, config.historySize + 1));
      announce.push(c.data);
    });
    // After a (re)connect the snapshot tells who is at which counter now.
    hub.socket.on('snapshot', (raw: unknown) => {
      const s = CentreSnapshot.safeParse(raw);
      if (!s.success) return;
      setSnapshot(s.data);
      setCalls((prev) => mergeSnapshot(prev, s.data, wanted, config.historySize + 1));
    });
    return () => {
      announce.stop();
      hub.close();
    };
  }, []);

  const queues = useMemo(
    () =>
      (snapshot?.queues ?? []).filter(
        (q) => config.queueIds.length === 0 || config.queueIds.includes(q.queueId),
      ),
    [snapshot],
  );

  if (!config.deviceKey)
    return (
      <main className="board">
        <p role="alert" className="missing">
          <Both k="display.missingKey" />
        </p>
      </main>
    );

  const [latest, ...history] = calls;
  const current = announcer?.queue.current ?? null;
  const emphasis = current !== null && latest !== undefined && current.visitId === latest.visitId;
  const clock = new Intl.DateTimeFormat(primary === 'ar' ? 'ar-AE' : 'en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    timeZone: catalogue?.centre.timeZone ?? 'Asia/Dubai',
  }).format(now);

  return (
    <main className="board" data-announced={announcer?.log.length ?? 0}>
      <header>
        <h1>
          {catalogue ? (
            config.languages.map((l) => (
              <span key={l} lang={l} className="centre-name">
                {catalogue.centre.name[l]}
              </span>
            ))
          ) : (
            <Both k="display.title" />
          )}
        </h1>
        <p className="clock" aria-label={(i18n.getFixedT(primary) as TFunction)('display.clock')}>
          <time data-testid="clock">{clock}</time>
        </p>
      </header>
      {connection === 'disconnected' && (
        <p className="banner" role="status">
          {(i18n.getFixedT(primary) as TFunction)('common.connectionLostBoth')}
        </p>
      )}
      <section className="latest" aria-labelledby="latest-title" aria-live="polite">
        <h2 id="latest-title">
          <Both k="display.latestCall" />
        </h2>
        {latest ? (
          <div
            className={`call newest${emphasis ? ' emphasis' : ''}`}
            data-testid="latest-call"
            data-ticket={latest.ticket}
          >
            <p className="ticket" dir="ltr">
              {latest.ticket}
            </p>
            <p className="arrow" aria-hidden="true">
              {primary === 'ar' ? '←' : '→'}
            </p>
            <p className="to-counter">
              <Both k="display.counter" /> <strong dir="ltr">{latest.counterLabel}</strong>
            </p>
            {latest.recall && (
              <p className="recall-tag">
                <Both k="display.recall" />
              </p>
            )}
          </div>
        ) : (
          <p className="empty">
            <Both k="display.noCalls" />
          </p>
        )}
      </section>
      <div className="lower">
        <section className="history" aria-labelledby="history-title">
          <h2 id="history-title">
            <Both k="display.history" />
          </h2>
          <table>
            <thead>
              <tr>
                <th scope="col">
                  <Both k="display.ticket" />
                </th>
                <th scope="col">
                  <Both k="display.counter" />
                </th>
              </tr>
            </thead>
            <tbody data-testid="call-history">
              {history.map((c) => (
                <tr key={`${c.visitId}-${c.at}`}>
                  <td dir="ltr">{c.ticket}</td>
                  <td dir="ltr">{c.counterLabel}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
        {config.showWaiting && (
          <section className="waiting" aria-labelledby="waiting-title">
            <h2 id="waiting-title">
              <Both k="display.waitingCounts" />
            </h2>
            <table>
              <thead>
                <tr>
                  <th scope="col">
                    <Both k="display.ticket" />
                  </th>
                  <th scope="col">
                    <Both k="display.waiting" />
                  </th>
                  <th scope="col">
                    <Both k="display.estimate" />
                  </th>
                </tr>
              </thead>
              <tbody>
                {queues.map((q) => (
                  <tr key={q.queueId} data-testid={`waiting-${q.queueId}`}>
                    <th scope="row">
                      {q.prefix} ·{' '}
                      {config.languages.map((l) => (
                        <span key={l} lang={l} className="queue-name">
                          {q.name[l]}
                        </span>
                      ))}
                    </th>
                    <td>{q.waiting}</td>
                    <td>
                      <Both k="display.minutes" vars={{ count: Math.round(q.estimate.p50Minutes) }} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        )}
      </div>
      {announcer && announcer.voices.length === 0 && (
        <p className="silent">
          <Both k="display.silent" />
        </p>
      )}
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <Board />
    </I18nextProvider>
  </StrictMode>,
);
