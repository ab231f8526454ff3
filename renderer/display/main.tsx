/**
 * The waiting-hall board: the latest call large and highlighted, a short history, waiting counts
 * and estimates per queue, the centre's clock; every label in the screen's languages in order.
 */
import {
  createContext,
  StrictMode,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { Catalogue, DeviceSettingsMessage } from '../../shared/contract/catalogue.js';
import { CallAnnouncement, DeviceSnapshot } from '../../shared/contract/views.js';
import { TEXT_DIRECTION } from '../../shared/i18n/index.js';
import { HubClient, type ConnectionState } from '../common/hub-client.js';
import { SessionEndedScreen } from '../common/session-ended-screen.js';
import type { SessionEndReason } from '../../shared/contract/auth.js';
import { createI18n } from '../common/i18n.js';
import { Announcer, type AnnouncerState } from './announcer.js';
import { effectiveScreenConfig, readScreenFragment, type ScreenConfig } from './screen-config.js';
import { mergeCall, mergeSnapshot, type BoardCall } from './board-calls.js';

const fragment = readScreenFragment();
const initialConfig = effectiveScreenConfig(fragment.deviceKey, fragment.overrides);
const i18n = createI18n(initialConfig.languages[0] ?? 'ar');
/** The screen's settings now: the hub's for this device, with the URL fragment's on top (screen-config.ts). */
const ConfigContext = createContext<ScreenConfig>(initialConfig);

declare global {
  interface Window {
    /** Read-only view of the announcement queue, for tests and diagnostics. */
    __dawrAnnouncements?: Readonly<AnnouncerState>;
  }
}

/** A label in every configured language, each marked with its own lang for screen readers. */
/** A titled table of the board, its title and column headings in the screen's languages. */
function BoardTable(props: {
  id: string;
  title: string;
  columns: string[];
  testId?: string;
  children: ReactNode;
}) {
  return (
    <section className={props.id} aria-labelledby={`${props.id}-title`}>
      <h2 id={`${props.id}-title`}>
        <Both k={props.title} />
      </h2>
      <table>
        <thead>
          <tr>
            {props.columns.map((k) => (
              <th scope="col" key={k}>
                <Both k={k} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody data-testid={props.testId}>{props.children}</tbody>
      </table>
    </section>
  );
}

function Both(props: { k: string; vars?: Record<string, unknown> }) {
  const { i18n: inst } = useTranslation();
  const config = useContext(ConfigContext);
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
  const [config, setConfig] = useState(initialConfig);
  const configRef = useRef(config);
  configRef.current = config;
  const announcerRef = useRef<Announcer | null>(null);
  const primary = config.languages[0] ?? 'ar';
  const [connection, setConnection] = useState<ConnectionState>('connecting');
  const [ended, setEnded] = useState<SessionEndReason | null>(null);
  const [calls, setCalls] = useState<BoardCall[]>([]);
  const [snapshot, setSnapshot] = useState<DeviceSnapshot | null>(null);
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

  // The announcer speaks in the screen's languages: a new one when the order changes.
  const languageKey = config.languages.join(',');
  useEffect(() => {
    if (!config.deviceKey) return;
    const announce = new Announcer(config.languages, (s) => {
      window.__dawrAnnouncements = Object.freeze({ ...s });
      setAnnouncer(s);
    });
    announcerRef.current = announce;
    if (i18n.language !== config.languages[0]) void i18n.changeLanguage(config.languages[0]);
    return () => {
      announce.stop();
      announcerRef.current = null;
    };
  }, [languageKey]);

  // A new queue filter or history size applies to the calls already on the board too.
  useEffect(() => {
    const wanted = (queueId: string) => config.queueIds.length === 0 || config.queueIds.includes(queueId);
    setCalls((prev) => {
      const kept = prev.filter((c) => wanted(c.queueId)).slice(0, config.historySize + 1);
      return kept.length === prev.length ? prev : kept;
    });
  }, [config.queueIds.join(','), config.historySize]);

  useEffect(() => {
    if (!config.deviceKey) return;
    const hub = new HubClient({ role: 'display', app: 'display', auth: { deviceKey: config.deviceKey } });
    hub.onConnection(setConnection);
    hub.onSessionEnded((e) => setEnded(e.reason));
    const wanted = (queueId: string) => {
      const ids = configRef.current.queueIds;
      return ids.length === 0 || ids.includes(queueId);
    };
    hub.socket.on('call', (raw: unknown) => {
      const c = CallAnnouncement.safeParse(raw);
      if (!c.success || !wanted(c.data.queueId)) return;
      setCalls((prev) => mergeCall(prev, c.data, configRef.current.historySize + 1));
      announcerRef.current?.push(c.data);
    });
    // After a (re)connect the snapshot tells who is at which counter now.
    hub.socket.on('snapshot', (raw: unknown) => {
      const s = DeviceSnapshot.safeParse(raw);
      if (!s.success) return;
      setSnapshot(s.data);
      setCalls((prev) => mergeSnapshot(prev, s.data, wanted, configRef.current.historySize + 1));
    });
    // This screen's settings from the dashboard (on connect and after every change); the fragment wins.
    const onSettings = (raw: unknown) => {
      const m = DeviceSettingsMessage.safeParse(raw);
      if (m.success && m.data.role === 'display')
        setConfig(effectiveScreenConfig(fragment.deviceKey, fragment.overrides, m.data.display));
    };
    hub.socket.on('deviceSettings', onSettings);
    hub.socket.on('connect', () => {
      void hub.socket
        .timeout(8000)
        .emitWithAck('deviceSettings')
        .then((r: { ok?: boolean; data?: unknown }) => r?.ok && onSettings(r.data))
        .catch(() => undefined);
    });
    return () => hub.close();
  }, []);

  const queues = useMemo(
    () =>
      (snapshot?.queues ?? []).filter(
        (q) => config.queueIds.length === 0 || config.queueIds.includes(q.queueId),
      ),
    [snapshot, config.queueIds],
  );

  if (ended) return <SessionEndedScreen reason={ended} />;
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
    <ConfigContext.Provider value={config}>
      <main
        className="board"
        data-announced={announcer?.log.length ?? 0}
        data-queues={config.queueIds.join(',')}
        data-languages={config.languages.join(',')}
      >
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
          <BoardTable
            id="history"
            title="display.history"
            columns={['display.ticket', 'display.counter']}
            testId="call-history"
          >
            {history.map((c) => (
              <tr key={`${c.ticket}-${c.at}`}>
                <td dir="ltr">{c.ticket}</td>
                <td dir="ltr">{c.counterLabel}</td>
              </tr>
            ))}
          </BoardTable>
          {config.showWaiting && (
            <BoardTable
              id="waiting"
              title="display.waitingCounts"
              columns={['display.ticket', 'display.waiting', 'display.estimate']}
            >
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
            </BoardTable>
          )}
        </div>
        {announcer && announcer.voices.length === 0 && (
          <p className="silent">
            <Both k="display.silent" />
          </p>
        )}
      </main>
    </ConfigContext.Provider>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <Board />
    </I18nextProvider>
  </StrictMode>,
);
