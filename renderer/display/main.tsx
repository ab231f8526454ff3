/**
 * The waiting-hall board: the latest call large and highlighted, the day's earlier calls, waiting
 * counts and estimates per queue, the centre's clock; every label in the screen's languages in
 * order. Laid out for a 1920×1080 or 1080×1920 TV read from 5 m (display.css); anything meant for a
 * technician (no speech voice) goes to the hub as device health, never onto the board.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { TFunction } from 'i18next';
import { Catalogue, DeviceSettingsMessage } from '../../shared/contract/catalogue.js';
import { CallAnnouncement, DeviceSnapshot, RecentCalls } from '../../shared/contract/views.js';
import { HEARTBEAT_EVENT, type Heartbeat } from '../../shared/contract/device-health.js';
import { HubClient, type ConnectionState } from '../common/hub-client.js';
import { SessionEndedScreen } from '../common/session-ended-screen.js';
import type { SessionEndReason } from '../../shared/contract/auth.js';
import { createI18n } from '../common/i18n.js';
import { mountApp } from '../common/mount-app.js';
import { APP_VERSION, appInstanceId } from '../common/heartbeat.js';
import { useFormat } from '../common/numbers.js';
import { Announcer, type AnnouncerState } from './announcer.js';
import { effectiveScreenConfig, readScreenFragment } from './screen-config.js';
import { boardView, mergeCall, mergeRecent, mergeSnapshot, type BoardCall } from './board-calls.js';
import {
  arrowFor,
  Both,
  EarlierCalls,
  LanguagesContext,
  LatestCall,
  WaitingByQueue,
  type VisitorLine,
} from './board.js';
import { announcementOrder, type SpeechVars } from '../../shared/domain/announcements.js';
import { openingState } from '../../shared/domain/opening-state.js';
import { pageDigits } from '../common/numbers.js';
import type { VisitorLanguage } from '../../shared/i18n/languages.js';
import { loadVisitorLanguage, visitorLanguageLoaded } from '../common/visitor-language.js';
import { MessageBanner } from './message-banner.js';
import { CurrentDisplayMessage, DisplayMessage } from '../../shared/contract/manager.js';

const fragment = readScreenFragment();
const initialConfig = effectiveScreenConfig(fragment.deviceKey, fragment.overrides);
const i18n = createI18n(initialConfig.languages[0] ?? 'ar');
/** Two columns of five: what fits beside the waiting table at 48 px (more is a second screen's job). */
const MAX_EARLIER_SHOWN = 10;

declare global {
  interface Window {
    /** Read-only view of the announcement queue, for tests and diagnostics. */
    __dawrAnnouncements?: Readonly<AnnouncerState>;
  }
}

/** The languages announced without a voice, told to the hub with the display's heartbeat. */
function reportSpeech(hub: HubClient, speechMissing: Heartbeat['speechMissing']): void {
  if (!hub.socket.connected) return;
  const beat: Heartbeat = {
    app: 'display',
    instanceId: appInstanceId(),
    version: APP_VERSION,
    speechMissing,
  };
  // Nobody on the floor can act on a refusal: the dashboard shows what the hub took.
  hub.socket.emit(HEARTBEAT_EVENT, beat, () => undefined);
}

/**
 * A sentence of the board's calls (`boardCall.<key>`) in a language; empty while that language's
 * catalogue is not loaded, so an Urdu voice is never handed the English fallback.
 */
function callText(lang: VisitorLanguage, key: 'line' | 'speech', vars: SpeechVars): string {
  if (!visitorLanguageLoaded(i18n, lang)) return '';
  return (i18n.getFixedT(lang) as TFunction)(`boardCall.${key}`, { ...vars });
}

/** The languages a queue adds to its calls' announcement (catalogue `announcementLanguages`). */
function addedLanguages(catalogue: Catalogue | null, queueId: string): VisitorLanguage[] {
  return catalogue?.queues.find((q) => q.id === queueId)?.announcementLanguages ?? [];
}

function Board() {
  const [config, setConfig] = useState(initialConfig);
  const configRef = useRef(config);
  configRef.current = config;
  const announcerRef = useRef<Announcer | null>(null);
  const hubRef = useRef<HubClient | null>(null);
  const primary = config.languages[0] ?? 'ar';
  const [connection, setConnection] = useState<ConnectionState>('connecting');
  const [ended, setEnded] = useState<SessionEndReason | null>(null);
  const [calls, setCalls] = useState<BoardCall[]>([]);
  const [snapshot, setSnapshot] = useState<DeviceSnapshot | null>(null);
  /** The hub's clock minus this screen's, measured when the last snapshot came; null before the first. */
  const [hubOffset, setHubOffset] = useState<number | null>(null);
  const [catalogue, setCatalogue] = useState<Catalogue | null>(null);
  const catalogueRef = useRef(catalogue);
  catalogueRef.current = catalogue;
  /** Bumped when a visitor language's catalogue arrives, so its line shows. */
  const [, setLocalesLoaded] = useState(0);
  /** Calls wait here for their languages' catalogues, so they are still announced in the order they came. */
  const pushChain = useRef<Promise<void>>(Promise.resolve());
  const [announcer, setAnnouncer] = useState<AnnouncerState | null>(null);
  /** Live calls the announcer has not started yet: kept out of sight until their turn (boardView). */
  const [waiting, setWaiting] = useState<ReadonlySet<string>>(() => new Set());
  /** The call ids taken in, so a repeated delivery of one is not held back again after its turn. */
  const received = useRef(new Set<string>());
  const [now, setNow] = useState(() => Date.now());
  /** The manager's message and when it comes down, on this screen's clock (the hub's may differ). */
  const [message, setMessage] = useState<{ message: DisplayMessage; until: number } | null>(null);
  const fmt = useFormat({
    digits: catalogue?.centre.digits,
    timeZone: catalogue?.centre.timeZone ?? 'Asia/Dubai',
  });

  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);

  // The announcer speaks in the screen's languages: a new one when the order changes.
  const languageKey = config.languages.join(',');
  useEffect(() => {
    if (!config.deviceKey) return;
    const announce = new Announcer(
      config.languages,
      (l, vars) => callText(l, 'speech', vars),
      (s) => {
        window.__dawrAnnouncements = Object.freeze({ ...s });
        setAnnouncer(s);
        const started = s.queue.current?.key;
        if (started)
          setWaiting((prev) => {
            if (!prev.has(started)) return prev;
            const next = new Set(prev);
            next.delete(started);
            return next;
          });
      },
    );
    announcerRef.current = announce;
    // A new announcer starts empty: the calls the old one still held are not waiting for a turn.
    setWaiting(new Set());
    if (i18n.language !== config.languages[0]) void i18n.changeLanguage(config.languages[0]);
    return () => {
      announce.stop();
      announcerRef.current = null;
    };
  }, [languageKey]);

  // Which languages have no voice (the screen's and those its queues add), sent again on every
  // (re)connect and whenever it changes.
  const announced = announcementOrder(
    config.languages,
    (catalogue?.queues ?? [])
      .filter((q) => config.queueIds.length === 0 || config.queueIds.includes(q.id))
      .flatMap((q) => q.announcementLanguages ?? []),
  );
  const speechMissing = announcer
    ? announced.filter((l) => !announcer.voices.includes(l))
    : typeof speechSynthesis === 'undefined'
      ? announced
      : null;
  const speechKey = speechMissing?.join(',') ?? null;
  useEffect(() => {
    if (speechMissing && hubRef.current && connection === 'connected')
      reportSpeech(hubRef.current, speechMissing);
  }, [speechKey, connection]);

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
    hubRef.current = hub;
    hub.onConnection(setConnection);
    hub.onSessionEnded((e) => setEnded(e.reason));
    const wanted = (queueId: string) => {
      const ids = configRef.current.queueIds;
      return ids.length === 0 || ids.includes(queueId);
    };
    const limit = () => configRef.current.historySize + 1;
    hub.socket.on('call', (raw: unknown) => {
      const c = CallAnnouncement.safeParse(raw);
      if (!c.success || !wanted(c.data.queueId)) return;
      setCalls((prev) => mergeCall(prev, c.data, limit()));
      const call = c.data;
      if (!received.current.has(call.callId)) {
        received.current.add(call.callId);
        // The oldest goes first (a Set keeps insertion order): a day's repeats come minutes apart, not 200 calls.
        for (const old of received.current) {
          if (received.current.size <= 200) break;
          received.current.delete(old);
        }
        setWaiting((prev) => new Set(prev).add(call.callId));
      }
      const added = addedLanguages(catalogueRef.current, call.queueId);
      const needed = call.language ? [...added, call.language] : added;
      pushChain.current = pushChain.current
        .then(() => Promise.all(needed.map((l) => loadVisitorLanguage(i18n, l))))
        // A catalogue that cannot load: that language is skipped (no line, not spoken), the rest go on.
        .catch(() => undefined)
        .then(() => {
          setLocalesLoaded((n) => n + 1);
          announcerRef.current?.push(call, added);
        });
    });
    // The catalogue comes on every (re)connect and after a manager's edit (e.g. a queue's added
    // announcement languages), which applies to the next call. The ref is set at once: a call right
    // behind the edit on this socket already follows it.
    hub.socket.on('catalogue', (raw: unknown) => {
      const c = Catalogue.safeParse(raw);
      if (!c.success) return;
      catalogueRef.current = c.data;
      setCatalogue(c.data);
    });
    hub.socket.on('message', (raw: unknown) => {
      const m = DisplayMessage.safeParse(raw);
      if (!m.success || m.data.until <= m.data.at) return;
      setMessage({ message: m.data, until: Date.now() + (m.data.until - m.data.at) });
    });
    // After a (re)connect the snapshot tells who is at which counter now.
    hub.socket.on('snapshot', (raw: unknown) => {
      const s = DeviceSnapshot.safeParse(raw);
      if (!s.success) return;
      setSnapshot(s.data);
      setHubOffset(s.data.at - Date.now());
      setCalls((prev) => mergeSnapshot(prev, s.data, wanted, limit()));
    });
    // This screen's settings from the dashboard (on connect and after every change); the fragment wins.
    const onSettings = (raw: unknown) => {
      const m = DeviceSettingsMessage.safeParse(raw);
      if (m.success && m.data.role === 'display')
        setConfig(effectiveScreenConfig(fragment.deviceKey, fragment.overrides, m.data.display));
    };
    hub.socket.on('deviceSettings', onSettings);
    // Asked on every (re)connect; a question left unanswered is asked again at the next one.
    const ask = (event: 'deviceSettings' | 'recentCalls' | 'currentMessage', use: (data: unknown) => void) =>
      void hub.socket
        .timeout(8000)
        .emitWithAck(event)
        .then((r: { ok?: boolean; data?: unknown }) => r?.ok && use(r.data))
        .catch(() => undefined);
    hub.socket.on('connect', () => {
      ask('deviceSettings', onSettings);
      // The day's earlier calls, so a reload or a reconnect does not empty the list.
      ask('recentCalls', (data) => {
        const recent = RecentCalls.safeParse(data);
        if (recent.success) setCalls((prev) => mergeRecent(prev, recent.data.calls, wanted, limit()));
      });
      // The manager's message still up: a live `message` reaches only the boards connected then.
      ask('currentMessage', (data) => {
        const current = CurrentDisplayMessage.safeParse(data);
        const m = current.success ? current.data.message : null;
        if (current.success && m && m.until > current.data.now)
          setMessage({ message: m, until: Date.now() + (m.until - current.data.now) });
      });
    });
    return () => {
      hubRef.current = null;
      hub.close();
    };
  }, []);

  // One call large at a time, in the announcer's order; the ones already shown below it.
  const { large: latest, earlier } = boardView(calls, announcer?.queue.current?.key ?? null, waiting);
  // A call learnt after a reload (recentCalls) has not had its language's catalogue fetched yet.
  const latestLanguage = latest?.language;
  useEffect(() => {
    if (!latestLanguage || visitorLanguageLoaded(i18n, latestLanguage)) return;
    void loadVisitorLanguage(i18n, latestLanguage)
      .then(() => setLocalesLoaded((n) => n + 1))
      .catch(() => undefined);
  }, [latestLanguage]);

  const queues = useMemo(
    () =>
      (snapshot?.queues ?? []).filter(
        (q) => config.queueIds.length === 0 || config.queueIds.includes(q.queueId),
      ),
    [snapshot, config.queueIds],
  );

  // The hub's time, not this screen's: a TV whose clock is off must not show a waiting room the wrong
  // time, nor turn to "closed" at the wrong minute.
  const hubNow = hubOffset === null ? null : now + hubOffset;
  // Closed or open, computed here as the kiosk does (renderer/kiosk/opening.ts) on the hub's clock: a
  // snapshot only comes when something changes, and the board must turn to "closed" at closing time.
  const nowMinute = hubNow === null ? null : Math.floor(hubNow / 60_000);
  const opening = useMemo(() => {
    if (!catalogue || !snapshot || nowMinute === null) return null;
    return openingState({
      centre: catalogue.centre,
      queues: catalogue.queues,
      now: nowMinute * 60_000,
    });
  }, [catalogue, snapshot, nowMinute]);
  const closed = opening?.status === 'closed' ? opening : null;
  // The queues whose last walk-in ticket of the day has gone, by the rule the kiosk and /join/ refuse by.
  const lastTicketPassed = useMemo(
    () =>
      new Set(
        (opening?.queues ?? []).filter((q) => q.refusal === 'last_ticket_passed').map((q) => q.queueId),
      ),
    [opening],
  );

  if (ended) return <SessionEndedScreen reason={ended} />;
  if (!config.deviceKey)
    return (
      <LanguagesContext.Provider value={config.languages}>
        <main className="board">
          <p role="alert" className="missing">
            <Both k="display.missingKey" />
          </p>
        </main>
      </LanguagesContext.Provider>
    );

  // Written under the call only where the screen's own languages are not the visitor's.
  const screenLanguages: readonly VisitorLanguage[] = config.languages;
  const visitorLanguage = latest?.language;
  const visitorText =
    latest && visitorLanguage && !screenLanguages.includes(visitorLanguage)
      ? callText(visitorLanguage, 'line', { ticket: latest.ticket, counter: latest.counterLabel })
      : '';
  const visitorLine: VisitorLine | null =
    visitorLanguage && visitorText ? { lang: visitorLanguage, text: visitorText } : null;
  const current = announcer?.queue.current ?? null;
  const emphasis = current !== null && latest !== undefined && current.key === latest.callId;
  // The arrow points from the ticket to the counter in the reading direction of the first language.
  const arrow = arrowFor(primary);

  return (
    <LanguagesContext.Provider value={config.languages}>
      <main
        className="board"
        data-announced={announcer?.log.length ?? 0}
        data-queues={config.queueIds.join(',')}
        data-languages={config.languages.join(',')}
        data-waiting={config.showWaiting ? '1' : '0'}
        data-history={config.historySize > 0 ? '1' : '0'}
      >
        <header>
          {message && message.until > now && <MessageBanner message={message.message} />}
          {/* While a message shows, the centre's name gives it its place (still read by screen readers). */}
          <h1 className={message && message.until > now ? 'visually-hidden' : undefined}>
            {catalogue ? (
              config.languages.map((l, i) => (
                <span key={l} lang={l} className={i === 0 ? 'first' : 'second'}>
                  {catalogue.centre.name[l]}
                </span>
              ))
            ) : (
              <Both k="display.title" />
            )}
          </h1>
          <p className="clock" aria-label={(i18n.getFixedT(primary) as TFunction)('display.clock')}>
            {/* Blank until the hub has said its time: never the screen's own for a moment. */}
            <time data-testid="clock">{hubNow === null ? '' : fmt.time(hubNow)}</time>
          </p>
        </header>
        <LatestCall
          call={latest}
          emphasis={emphasis}
          arrow={arrow}
          visitorLine={visitorLine}
          closed={closed}
          digits={catalogue?.centre.digits ?? pageDigits()}
        />
        {/* A board set to keep no history would say "no earlier calls yet" all day: the section goes. */}
        {config.historySize > 0 && <EarlierCalls calls={earlier.slice(0, MAX_EARLIER_SHOWN)} arrow={arrow} />}
        {config.showWaiting && (
          <WaitingByQueue
            queues={queues}
            fmt={fmt}
            closed={closed !== null}
            lastTicketPassed={lastTicketPassed}
          />
        )}
        {connection === 'disconnected' && (
          <p className="banner" role="status">
            {(i18n.getFixedT(primary) as TFunction)('common.connectionLostBoth')}
          </p>
        )}
      </main>
    </LanguagesContext.Provider>
  );
}

mountApp(i18n, <Board />);
