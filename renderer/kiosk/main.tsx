/** Starts the kiosk: device key, hub connection, catalogue and settings (retried until the hub answers). */
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { Catalogue, DeviceSettingsMessage } from '../../shared/contract/catalogue.js';
import { KioskSettings } from '../../shared/contract/kiosk.js';
import { HubClient } from '../common/hub-client.js';
import { SessionEndedScreen } from '../common/session-ended-screen.js';
import type { SessionEndReason } from '../../shared/contract/auth.js';
import { createI18n } from '../common/i18n.js';
import { ALL_OFFERED, type KioskDeviceState } from './context.js';
import { takeDeviceKey } from './device-key.js';
import { KioskApi } from './kiosk-api.js';
import { KioskApp } from './kiosk-app.js';
import { chooseTicketOutput } from './ticket-output.js';

const i18n = createI18n('ar');
const deviceKey = takeDeviceKey();

/** The catalogue and this kiosk's settings, asked of the hub together. */
const loadBoot = (api: KioskApi) =>
  Promise.all([api.get<unknown>('/catalogue'), api.get<unknown>('/kiosk/settings')]);
// Asked before React's first render rather than in an effect after it: the hub answers while the
// page renders (first render, bench/first-paint.ts). Retries go through Boot's own loop.
let firstLoad: ReturnType<typeof loadBoot> | null = deviceKey ? loadBoot(new KioskApi(deviceKey)) : null;

function Boot({ deviceKey }: { deviceKey: string }) {
  const { t } = useTranslation();
  const [ready, setReady] = useState<{ catalogue: Catalogue; settings: KioskSettings } | null>(null);
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
      else timer = setTimeout(() => void load(), 2000);
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
        <p role="status" className="connection-banner">
          {t('kiosk.offlineBoth')}
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

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      {deviceKey ? <Boot deviceKey={deviceKey} /> : <NotRegistered />}
    </I18nextProvider>
  </StrictMode>,
);
