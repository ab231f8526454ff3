/** The kiosk: connection, catalogue and live waits, the flow's screens, idle reset and accessibility. */
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DeviceSnapshot } from '../../shared/contract/views.js';
import type { Catalogue } from '../../shared/contract/catalogue.js';
import type { KioskSettings } from '../../shared/contract/kiosk.js';
import type { ConnectionState, HubClient } from '../common/hub-client.js';
import { KioskContext, type KioskContextValue, type KioskDeviceState } from './context.js';
import { flow, INITIAL } from './flow.js';
import { digitsFor } from './format.js';
import type { KioskApi } from './kiosk-api.js';
import {
  AccessibilityPanel,
  ConnectionBanner,
  IdleWarning,
  NO_MODES,
  type AccessibilityModes,
} from './overlays.js';
import { SpeechGuide } from './speech.js';
import type { TicketOutput } from './ticket-output.js';
import { useIdle } from './use-idle.js';
import { WelcomeScreen } from './screens/welcome.js';
import { ServiceScreen, ServicesScreen } from './screens/catalogue.js';
import { useOpening } from './opening.js';
import { TicketScreen } from './screens/ticket.js';
import { CheckInScreen } from './screens/check-in.js';
import { FeedbackScreen } from './screens/feedback.js';
import { AssistedScreen } from './screens/assisted.js';
import { AskScreen } from './screens/ask.js';

export interface KioskAppProps {
  hub: HubClient;
  api: KioskApi;
  output: TicketOutput;
  catalogue: Catalogue;
  settings: KioskSettings;
  device: KioskDeviceState;
}

export function KioskApp(props: KioskAppProps) {
  const { i18n } = useTranslation();
  const [state, dispatch] = useReducer(flow, INITIAL);
  const [snapshot, setSnapshot] = useState<DeviceSnapshot | null>(null);
  const [connection, setConnection] = useState<ConnectionState>(props.hub.connection);
  const [modes, setModes] = useState<AccessibilityModes>(NO_MODES);
  const [panelOpen, setPanelOpen] = useState(false);
  const speech = useRef(new SpeechGuide()).current;
  const lang = i18n.language === 'en' ? 'en' : 'ar';
  const opening = useOpening(props.catalogue, snapshot);

  useEffect(() => {
    const onSnapshot = (raw: unknown) => {
      const parsed = DeviceSnapshot.safeParse(raw);
      if (parsed.success) setSnapshot(parsed.data);
    };
    // The hub sends a snapshot on connect, possibly before this screen listened: ask for one too.
    const ask = () => void props.hub.call<unknown>('snapshot').then((r) => r.ok && onSnapshot(r.data));
    props.hub.socket.on('snapshot', onSnapshot);
    const off = props.hub.onConnection((c) => {
      setConnection(c);
      if (c === 'connected') ask();
    });
    setConnection(props.hub.connection);
    ask();
    return () => {
      props.hub.socket.off('snapshot', onSnapshot);
      off();
    };
  }, [props.hub]);

  // Spoken guidance stops as soon as the citizen acts.
  useEffect(() => {
    const stop = () => speech.stop();
    window.addEventListener('pointerdown', stop, true);
    return () => window.removeEventListener('pointerdown', stop, true);
  }, [speech]);

  const resetAll = useCallback(() => {
    speech.stop();
    dispatch({ type: 'reset' });
    setModes(NO_MODES);
    setPanelOpen(false);
    void i18n.changeLanguage('ar');
  }, [i18n, speech]);

  const factor =
    modes.largerText || modes.speech || modes.lowReach || modes.highContrast
      ? props.settings.accessibleIdleFactor
      : 1;
  const idle = useIdle({
    // English chosen on the start screen and left there also returns to Arabic for the next person.
    active: state.screen !== 'welcome' || panelOpen || lang !== 'ar',
    idleMs: props.settings.idleSeconds * 1000 * factor,
    warningMs: props.settings.warningSeconds * 1000 * factor,
    onExpire: resetAll,
  });

  const say = useCallback(
    (text: string) => {
      // The heading and the options on the screen (rendered by now: steps call this from an effect).
      if (modes.speech) speech.speakScreen(lang, text);
    },
    [modes.speech, speech, lang],
  );

  const ctx: KioskContextValue = useMemo(
    () => ({
      ...props,
      snapshot,
      opening,
      lang,
      // The centre's one digit setting (catalogue), not the kiosk's own: every app and the paper agree.
      digits: digitsFor(lang, props.catalogue.centre.digits === 'arab' ? 'arabic' : 'latin'),
      state,
      dispatch,
      say,
    }),
    [props, snapshot, opening, lang, state, say],
  );

  const classes = [
    'kiosk',
    modes.highContrast && 'high-contrast',
    modes.largerText && 'larger-text',
    modes.lowReach && 'low-reach',
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <KioskContext.Provider value={ctx}>
      <div className={classes}>
        {connection === 'disconnected' && <ConnectionBanner />}
        {state.screen === 'welcome' && <WelcomeScreen onAccessibility={() => setPanelOpen(true)} />}
        {state.screen === 'services' && <ServicesScreen />}
        {state.screen === 'service' && <ServiceScreen />}
        {state.screen === 'ticket' && <TicketScreen />}
        {state.screen === 'checkin' && <CheckInScreen />}
        {state.screen === 'feedback' && <FeedbackScreen />}
        {state.screen === 'assisted' && <AssistedScreen />}
        {state.screen === 'ask' && <AskScreen />}
        {state.screen !== 'welcome' && !panelOpen && (
          <button type="button" className="a11y-button" onClick={() => setPanelOpen(true)}>
            {i18n.t('kiosk.accessibility')}
          </button>
        )}
        {panelOpen && (
          <AccessibilityPanel modes={modes} onChange={setModes} onClose={() => setPanelOpen(false)} />
        )}
        {idle.warning && (
          <IdleWarning secondsLeft={idle.secondsLeft} digits={ctx.digits} onContinue={idle.keepAlive} />
        )}
      </div>
    </KioskContext.Provider>
  );
}
