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

function Boot({ deviceKey }: { deviceKey: string }) {
  const { t } = useTranslation();
  const [ready, setReady] = useState<{ catalogue: Catalogue; settings: KioskSettings } | null>(null);
  // Only once the hub has failed to answer: on a normal start the first paint is the bare shell,
  // not a "no connection" message that flashes for a moment.
  const [unreachable, setUnreachable] = useState(false);
  const [device, setDevice] = useState<KioskDeviceState>(ALL_OFFERED);
  const [ended, setEnded] = useState<SessionEndReason | null>(null);
  const [deps] = useState(() => {
    const api = new KioskApi(deviceKey);
    return {
      api,
      hub: new HubClient({ role: 'kiosk', app: 'kiosk', auth: { deviceKey } }),
      output: chooseTicketOutput(api),
    };
  });

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const load = async () => {
      const [c, s] = await (firstLoad ?? loadBoot(deps.api));
      firstLoad = null;
      const catalogue = c.ok ? Catalogue.safeParse(c.data) : null;
      const settings = s.ok ? KioskSettings.safeParse(s.data) : null;
      if (stopped) return;
      if (catalogue?.success && settings?.success)
        setReady({ catalogue: catalogue.data, settings: settings.data });
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
  }, [deps]);

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

/** Renders the kiosk; `answers` is the entry's request for the catalogue and settings, if it made one. */
export function startKiosk(deviceKey: string | null, answers: Promise<BootAnswers> | null): void {
  firstLoad = answers;
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        {deviceKey ? <Boot deviceKey={deviceKey} /> : <NotRegistered />}
      </I18nextProvider>
    </StrictMode>,
  );
}
