/**
 * The kiosk app behind its entry (main.tsx): hub connection, catalogue and settings (retried until
 * the hub answers), then the screens.
 */
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { Catalogue, DeviceSettingsMessage } from '../../shared/contract/catalogue.js';
import { KioskSettings } from '../../shared/contract/kiosk.js';
import { HubClient } from '../common/hub-client.js';
import { SessionEndedScreen } from '../common/session-ended-screen.js';
import type { SessionEndReason } from '../../shared/contract/auth.js';
import { createI18nWith } from '../common/i18n.js';
import { kiosk } from '../../shared/i18n/apps/kiosk.js';
import { ask } from '../../shared/i18n/apps/ask.js';
import { assisted } from '../../shared/i18n/apps/assisted.js';
import { form } from '../../shared/i18n/apps/form.js';
import { units } from '../../shared/i18n/apps/units.js';
import { ALL_OFFERED, type KioskDeviceState } from './context.js';
import { loadBoot, type BootAnswers } from './boot-load.js';
import { KioskApi } from './kiosk-api.js';
import { KioskApp } from './kiosk-app.js';
import { chooseTicketOutput } from './ticket-output.js';

// Only the namespaces the kiosk's screens use: every app's strings were a seventh of its bundle, all
// parsed before the first render (bench/first-paint.ts).
const i18n = createI18nWith('ar', { kiosk, ask, assisted, form, units });

// The entry's request (main.tsx), used once; retries go through Boot's own loop.
let firstLoad: Promise<BootAnswers> | null = null;

interface BootData {
  catalogue: Catalogue;
  settings: KioskSettings;
}

/**
 * The hub's answers checked against their schemas, or null when either is missing or malformed.
 * `jitless`: each schema here is checked once at start, and zod's compiled fast path costs more to
 * build (a `new Function` per object schema) than it saves on one parse (issue #15).
 */
function parseBoot([c, s]: BootAnswers): BootData | null {
  const catalogue = c.ok ? Catalogue.safeParse(c.data, { jitless: true }) : null;
  const settings = s.ok ? KioskSettings.safeParse(s.data, { jitless: true }) : null;
  return catalogue?.success && settings?.success
    ? { catalogue: catalogue.data, settings: settings.data }
    : null;
}

function Boot({ deviceKey, initial }: { deviceKey: string; initial: BootData | null }) {
  const { t } = useTranslation();
  const [ready, setReady] = useState<BootData | null>(initial);
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

  useEffect(() => {
    if (initial) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const load = async () => {
      const answers = await (firstLoad ?? loadBoot(deps.api));
      firstLoad = null;
      const parsed = parseBoot(answers);
      if (stopped) return;
      if (parsed) setReady(parsed);
      else {
        setUnreachable(true);
        timer = setTimeout(() => void load(), 2000);
      }
    };
    void load();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [deps, initial]);

  // Live configuration: a changed catalogue (services, names, queues) and this kiosk's own settings
  // (agencies offered, happiness meter) apply without a restart.
  useEffect(() => {
    const onCatalogue = (raw: unknown) => {
      const c = Catalogue.safeParse(raw);
      if (c.success) setReady((r) => (r ? { ...r, catalogue: c.data } : r));
    };
    const onSettings = (raw: unknown) => {
      const m = DeviceSettingsMessage.safeParse(raw);
      if (m.success && m.data.role === 'kiosk')
        setDevice({ agencyIds: m.data.kiosk.agencyIds, feedbackEnabled: m.data.feedback.enabled });
    };
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
  }, [deps]);

  useEffect(() => deps.hub.onSessionEnded((e) => setEnded(e.reason)), [deps]);

  // The socket opens once the welcome screen is committed (this runs after KioskApp's effects, which
  // listen for it), or once the hub has failed to answer: a revoked key is then told on the socket.
  useEffect(() => {
    if (ready || unreachable) deps.hub.connect();
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
  return <KioskApp {...deps} catalogue={ready.catalogue} settings={ready.settings} device={device} />;
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

/** Renders the kiosk; `answers` is the entry's request for the catalogue and settings, if it made one. */
export async function startKiosk(
  deviceKey: string | null,
  answers: Promise<BootAnswers> | null,
): Promise<void> {
  const initial = answers
    ? await Promise.race([
        answers.then(parseBoot),
        new Promise<null>((resolve) => setTimeout(() => resolve(null), SHELL_AFTER_MS)),
      ])
    : null;
  // Without them in time, Boot takes over the same request and retries it until the hub answers.
  firstLoad = initial ? null : answers;
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        {deviceKey ? <Boot deviceKey={deviceKey} initial={initial} /> : <NotRegistered />}
      </I18nextProvider>
    </StrictMode>,
  );
}
