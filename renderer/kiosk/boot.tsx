/**
 * The kiosk app behind its entry (main.tsx): hub connection, catalogue and settings (retried until
 * the hub answers and they pass their checks), then the screens. No zod schema is built on this
 * thread before the first paint: the hub's data is checked in the validation worker (boot-check.ts).
 */
import { Component, StrictMode, useEffect, useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { HubClient } from '../common/hub-client.js';
import { SessionEndedScreen } from '../common/session-ended-screen.js';
import type { SessionEndReason } from '../../shared/contract/auth.js';
import { createI18nWith } from '../common/i18n.js';
import { kiosk } from '../../shared/i18n/apps/kiosk.js';
import { statusPage } from '../../shared/i18n/apps/status.js';
import { ask } from '../../shared/i18n/apps/ask.js';
import { assisted } from '../../shared/i18n/apps/assisted.js';
import { form } from '../../shared/i18n/apps/form.js';
import { units } from '../../shared/i18n/apps/units.js';
import { ALL_OFFERED, type KioskDeviceState } from './context.js';
import { afterFirstPaint } from '../common/after-first-paint.js';
import { loadBoot, type BootAnswers } from './boot-load.js';
import { CHECKS_UNAVAILABLE, type BootCheck } from './boot-check.js';
import type { BootData } from './boot-validate.js';
import { KioskApi } from './kiosk-api.js';
import { KioskApp } from './kiosk-app.js';
import { chooseTicketOutput } from './ticket-output.js';

// Only the namespaces the kiosk's screens use: every app's strings were a seventh of its bundle, all
// parsed before the first render (bench/first-paint.ts). The status page's are the ticket screen's
// words for the place in line, the same as on the phone ("لا أحد أمامك في هذا الطابور").
const i18n = createI18nWith('ar', { kiosk, ask, assisted, form, units, statusPage });

// The entry's request and the check of its answers (main.tsx), used once; retries go through Boot's
// own loop.
let firstLoad: { answers: Promise<BootAnswers>; checked: Promise<Verdict> } | null = null;

type Verdict = BootData | null | typeof CHECKS_UNAVAILABLE;

/** After a failed load or check, the next try. */
const RETRY_MS = 2000;

/**
 * The hub's answers as they came, for the first render only, while the worker checks them (issue
 * #15: the check no longer holds the first paint back). Only the outline is looked at here; the
 * screen stays only if the full check passes, and Boot swaps in the checked data (zod's defaults
 * filled in, unknown keys dropped). A render that throws on a malformed answer ends in the error
 * screen through `Unchecked` below.
 */
function provisional([c, s]: BootAnswers): BootData | null {
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
  if (!c.ok || !s.ok || !isObject(c.data) || !isObject(s.data) || !isObject(c.data.centre)) return null;
  if (!['agencies', 'services', 'queues'].every((k) => Array.isArray((c.data as Record<string, unknown>)[k])))
    return null;
  // Unchecked on purpose (see above): the worker's verdict decides whether this screen stays.
  return { catalogue: c.data, settings: s.data } as unknown as BootData;
}

/**
 * Whether the checked data is what the first render already drew: the usual case, as the hub sends
 * data its own schemas wrote. Keeping the first object then spares re-rendering every screen with
 * equal data, work that would otherwise often land before the first paint (bench/first-paint.ts).
 */
const sameJson = (checked: BootData, drawn: BootData | null): boolean =>
  drawn !== null && JSON.stringify(checked) === JSON.stringify(drawn);

/** Turns a render that throws (data the check will refuse, or a bug) into the error screen and a retry. */
class Unchecked extends Component<{ onError: () => void; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override componentDidCatch() {
    this.props.onError();
  }
  override render() {
    return this.state.failed ? null : this.props.children;
  }
}

function Boot({
  deviceKey,
  checker,
  initial,
}: {
  deviceKey: string;
  checker: BootCheck;
  initial: BootData | null;
}) {
  const { t } = useTranslation();
  // The first render's data (`initial`) is unchecked until the worker's answer replaces it.
  const [ready, setReady] = useState<BootData | null>(initial);
  // Bumped when a render threw: the data is dropped and loaded again.
  const [crashes, setCrashes] = useState(0);
  // Only once the hub has failed to answer: on a normal start the first paint is the bare shell,
  // not a "no connection" message that flashes for a moment.
  const [unreachable, setUnreachable] = useState(false);
  const [device, setDevice] = useState<KioskDeviceState>(ALL_OFFERED);
  const [ended, setEnded] = useState<SessionEndReason | null>(null);
  const [deps] = useState(() => {
    const api = new KioskApi(deviceKey);
    return {
      api,
      // Opened once the first screen is drawn (below): its handshake is not part of the first paint.
      hub: new HubClient({ role: 'kiosk', app: 'kiosk', auth: { deviceKey }, autoConnect: false }),
      output: chooseTicketOutput(api),
    };
  });

  // Loads (the entry's request first) until the hub answers with data that passes the checks. A
  // screen drawn from the unchecked first answers stays only if they pass; if not, the error screen.
  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // `recheck`: answers already in whose check could not run; they are checked again, not asked again.
    const load = async (recheck?: BootAnswers) => {
      const answers = recheck ? Promise.resolve(recheck) : (firstLoad?.answers ?? loadBoot(deps.api));
      const verdict = recheck || !firstLoad ? answers.then((a) => checker.boot(a)) : firstLoad.checked;
      firstLoad = null;
      const checked = await verdict;
      if (stopped) return;
      if (checked === CHECKS_UNAVAILABLE) {
        // The hub went before the checks came (they load after the first paint): what is drawn
        // stays, with the connection banner, until the hub is back and they can run.
        setUnreachable(true);
        const same = await answers;
        timer = setTimeout(() => void load(same), RETRY_MS);
      } else if (checked)
        setReady((r) => (r === null || (r === initial && !sameJson(checked, initial)) ? checked : r));
      else {
        setReady(null);
        setUnreachable(true);
        timer = setTimeout(() => void load(), RETRY_MS);
      }
    };
    if (crashes === 0) void load();
    else {
      setReady(null);
      setUnreachable(true);
      timer = setTimeout(() => void load(), RETRY_MS);
    }
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [deps, checker, initial, crashes]);

  // Live configuration: a changed catalogue (services, names, queues) and this kiosk's own settings
  // (agencies offered, happiness meter) apply without a restart.
  useEffect(() => {
    const onCatalogue = (raw: unknown) =>
      void checker.catalogue(raw).then((c) => c && setReady((r) => (r ? { ...r, catalogue: c } : r)));
    const onSettings = (raw: unknown) =>
      void checker.deviceSettings(raw).then((m) => {
        if (m?.role === 'kiosk')
          setDevice({ agencyIds: m.kiosk.agencyIds, feedbackEnabled: m.feedback.enabled });
      });
    const ask = () =>
      void deps.hub.socket
        .timeout(8000)
        .emitWithAck('deviceSettings')
        .then((r: { ok?: boolean; data?: unknown }) => r?.ok && onSettings(r.data))
        .catch(() => undefined);
    deps.hub.socket.on('catalogue', onCatalogue);
    deps.hub.socket.on('deviceSettings', onSettings);
    deps.hub.socket.on('connect', ask);
    if (deps.hub.socket.connected) ask();
    return () => {
      deps.hub.socket.off('catalogue', onCatalogue);
      deps.hub.socket.off('deviceSettings', onSettings);
      deps.hub.socket.off('connect', ask);
    };
  }, [deps, checker]);

  useEffect(() => deps.hub.onSessionEnded((e) => setEnded(e.reason)), [deps]);

  // The socket opens once the welcome screen is committed (this runs after KioskApp's effects, which
  // listen for it) and painted, or once the hub has failed to answer: a revoked key is then told on
  // the socket. Its handshake and its schemas' chunk held the first frame back (after-first-paint.ts).
  useEffect(() => {
    if (ready || unreachable) void afterFirstPaint().then(() => deps.hub.connect());
  }, [deps, ready, unreachable]);

  if (ended) return <SessionEndedScreen reason={ended} />;
  if (!ready)
    return (
      <main className="boot">
        <h1>{t('app.name')}</h1>
        <p role="status" className={unreachable ? 'connection-banner' : undefined}>
          {unreachable ? t('kiosk.offlineBoth') : null}
        </p>
      </main>
    );
  return (
    <Unchecked key={crashes} onError={() => setCrashes((n) => n + 1)}>
      <KioskApp {...deps} catalogue={ready.catalogue} settings={ready.settings} device={device} />
    </Unchecked>
  );
}

function NotRegistered() {
  const { t } = useTranslation();
  return (
    <main className="boot">
      <h1>{t('app.name')}</h1>
      <p role="alert">{t('kiosk.noDeviceKey')}</p>
    </main>
  );
}

/**
 * How long the first render waits for the hub's answers before it draws the bare shell instead. They
 * are usually in by the time this code runs (the entry asked for them first): the welcome screen is
 * then the first render, without a shell drawn, painted and replaced on the way (issue #15).
 */
const SHELL_AFTER_MS = 150;

/**
 * Renders the kiosk. `answers` is the entry's request for the catalogue and settings and `checked`
 * the validation worker's verdict on it (main.tsx; with a device key there are both).
 */
export async function startKiosk(
  deviceKey: string | null,
  checker: BootCheck | null,
  answers: Promise<BootAnswers> | null,
  checked: Promise<Verdict> | null,
): Promise<void> {
  const initial = answers
    ? await Promise.race([
        answers.then(provisional),
        new Promise<null>((resolve) => setTimeout(() => resolve(null), SHELL_AFTER_MS)),
      ])
    : null;
  // Boot waits for the verdict on the same request (keeping or dropping the first screen), and
  // retries until the hub answers with data that passes.
  firstLoad = answers && checked ? { answers, checked } : null;
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        {deviceKey && checker ? (
          <Boot deviceKey={deviceKey} checker={checker} initial={initial} />
        ) : (
          <NotRegistered />
        )}
      </I18nextProvider>
    </StrictMode>,
  );
}
