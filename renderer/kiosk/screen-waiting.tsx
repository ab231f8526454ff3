/**
 * What the kiosk shows in place of a later screen whose chunk has not come yet (lazy-screens.tsx):
 * never a blank screen. While the chunk is on its way, the centre's bar and the way back; once a
 * fetch of it has failed or the hub is away, that there is no connection and that the kiosk keeps
 * trying. Part of the first paint's bundle, so it can be drawn with the hub gone.
 */
import { useCallback, useEffect, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { localisedName } from '../../shared/contract/catalogue-names.js';
import type { ConnectionState, HubClient } from '../common/hub-client.js';
import { useKiosk } from './context.js';
import { LanguageToggle, StepScreen } from './ui.js';

/** A later screen's loading, as the waiting screen follows it. */
export interface ScreenLoad {
  /** Whether its last fetch failed. */
  failed(): boolean;
  subscribe(onChange: () => void): () => void;
  /** Fetches it now; resolves true once it is loaded. */
  retryNow(): Promise<boolean>;
}

const NOT_FAILED: ScreenLoad = {
  failed: () => false,
  subscribe: () => () => undefined,
  retryNow: () => Promise.resolve(true),
};

function useConnection(hub: HubClient): ConnectionState {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const off = hub.onConnection(onChange);
      return () => void off();
    },
    [hub],
  );
  return useSyncExternalStore(subscribe, () => hub.connection);
}

/**
 * `load` is the awaited screen's (none for a boundary that does not know which screen it awaits).
 * When the hub's socket comes back, the screen is fetched at once rather than at the next retry; if
 * that fetch still fails, the hub is answering but this page cannot load the chunk: a browser that
 * keeps a failed module fetch for the page's life (HTML before whatwg/html#10327; Chromium 156
 * fetches again), or a chunk an update has removed. Only a reload brings the screen then, and the
 * citizen has nothing on this screen to lose: the kiosk reloads, back to its start.
 */
export function ScreenWaiting({ load = NOT_FAILED }: { load?: ScreenLoad }) {
  const { t } = useTranslation();
  const { hub } = useKiosk();
  const failed = useSyncExternalStore(load.subscribe, load.failed);
  const connection = useConnection(hub);
  useEffect(
    () =>
      hub.onConnection((c) => {
        if (c === 'connected')
          void load.retryNow().then((loaded) => {
            if (!loaded) location.reload();
          });
      }),
    [hub, load],
  );
  if (!failed && connection !== 'disconnected') return <ScreenComing />;
  return (
    <StepScreen testId="screen-waiting" title={t('errors.offline')}>
      <p role="status">{t('kiosk.retrying')}</p>
    </StepScreen>
  );
}

/** The screen's frame while its chunk is on the way (usually a moment): the centre and the way back. */
function ScreenComing() {
  const { t } = useTranslation();
  const { catalogue, language, dispatch } = useKiosk();
  return (
    <div className="step" data-testid="screen-coming" aria-busy="true">
      <header className="centre-bar">
        <p className="centre-name">{localisedName(catalogue.centre.name, language)}</p>
        <LanguageToggle />
      </header>
      <main className="content" />
      <nav className="step-nav" aria-label={t('kiosk.startOver')}>
        <button type="button" className="nav-button" onClick={() => dispatch({ type: 'reset' })}>
          {t('kiosk.startOver')}
        </button>
      </nav>
    </div>
  );
}
