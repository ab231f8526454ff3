/** Starts the kiosk: device key, hub connection, catalogue and settings (retried until the hub answers). */
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { Catalogue } from '../../shared/contract/catalogue.js';
import { KioskSettings } from '../../shared/contract/kiosk.js';
import { HubClient } from '../common/hub-client.js';
import { createI18n } from '../common/i18n.js';
import { takeDeviceKey } from './device-key.js';
import { KioskApi } from './kiosk-api.js';
import { KioskApp } from './kiosk-app.js';
import { chooseTicketOutput } from './ticket-output.js';

const i18n = createI18n('ar');
const deviceKey = takeDeviceKey();

function Boot({ deviceKey }: { deviceKey: string }) {
  const { t } = useTranslation();
  const [ready, setReady] = useState<{ catalogue: Catalogue; settings: KioskSettings } | null>(null);
  const [deps] = useState(() => {
    const api = new KioskApi(deviceKey);
    return {
      api,
      hub: new HubClient({ role: 'kiosk', auth: { deviceKey } }),
      output: chooseTicketOutput(api),
    };
  });

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const load = async () => {
      const [c, s] = await Promise.all([
        deps.api.get<unknown>('/catalogue'),
        deps.api.get<unknown>('/kiosk/settings'),
      ]);
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

  if (!ready)
    return (
      <main className="boot">
        <h1>{t('app.name')}</h1>
        <p role="status" className="connection-banner">
          {t('kiosk.offlineBoth')}
        </p>
      </main>
    );
  return <KioskApp {...deps} catalogue={ready.catalogue} settings={ready.settings} />;
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
