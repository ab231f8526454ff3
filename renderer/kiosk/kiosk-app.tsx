/** The kiosk: connection, catalogue and live waits, the flow's screens, idle reset and accessibility. */
import { Suspense, useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeviceSnapshot } from '../../shared/contract/views.js';
import { isVisitorLanguage, staffLanguageFor } from '../../shared/i18n/languages.js';
import type { ConnectionState } from '../common/hub-client.js';
import { KioskContext, type KioskContextValue } from './context.js';
import { flow, INITIAL } from './flow.js';
import { digitsFor } from './format.js';
import {
  AccessibilityPanel,
  ConnectionBanner,
  IdleWarning,
  NO_MODES,
  type AccessibilityModes,
} from './overlays.js';
import { SpeechGuide } from './speech.js';
import { useIdle } from './use-idle.js';
import { WelcomeScreen } from './screens/welcome.js';
import { useOpening } from './opening.js';
import { ScreenWaiting } from './screen-waiting.js';
// The other screens load after the first paint (lazy-screens.tsx).
import {
  Ask,
  Assisted,
  CheckIn,
  Feedback,
  preloadLaterScreens,
  Service,
  Services,
  Ticket,
} from './lazy-screens.js';

/** What the kiosk starts with: the first part of every screen's context, the rest it works out. */
export type KioskAppProps = Pick<
  KioskContextValue,
  'hub' | 'api' | 'output' | 'catalogue' | 'settings' | 'device'
>;

/** A schema's chunk that did not load (the hub away): the next snapshot, after reconnecting, tries again. */
const noSchema = () => undefined;

export function KioskApp(props: KioskAppProps) {
  const { i18n } = useTranslation();
  const [state, dispatch] = useReducer(flow, INITIAL);
  const [snapshot, setSnapshot] = useState<DeviceSnapshot | null>(null);
  const [connection, setConnection] = useState<ConnectionState>(props.hub.connection);
  const [modes, setModes] = useState<AccessibilityModes>(NO_MODES);
  const [panelOpen, setPanelOpen] = useState(false);
  const speech = useRef(new SpeechGuide()).current;
  const language = isVisitorLanguage(i18n.language) ? i18n.language : 'ar';
  const lang = staffLanguageFor(language);
  const opening = useOpening(props.catalogue, snapshot);

  useEffect(() => {
    // The schema loads after the first paint (issue #15: no zod schema is built before it).
    const onSnapshot = (raw: unknown) =>
      void import('../../shared/contract/views.js').then(({ DeviceSnapshot }) => {
        const parsed = DeviceSnapshot.safeParse(raw);
        if (parsed.success) setSnapshot(parsed.data);
      }, noSchema);
    // The hub sends a snapshot on connect, possibly before this screen listened: ask for one too.
    const ask = () => void props.hub.call('snapshot').then((r) => r.ok && onSnapshot(r.data));
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

  // The first screen is up: fetch the others now, so a tap never waits for the hub.
  useEffect(() => preloadLaterScreens(), []);

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
    active: state.screen !== 'welcome' || panelOpen || language !== 'ar',
    idleMs: props.settings.idleSeconds * 1000 * factor,
    warningMs: props.settings.warningSeconds * 1000 * factor,
    onExpire: resetAll,
  });

  const say = useCallback(
    (text: string) => {
      // The heading and the options on the screen (rendered by now: steps call this from an effect).
      // Voices are Arabic and English for now: text in another language is not read in the wrong voice.
      if (modes.speech && language === lang) speech.speakScreen(lang, text);
    },
    [modes.speech, speech, lang, language],
  );

  const ctx: KioskContextValue = useMemo(
    () => ({
      ...props,
      snapshot,
      opening,
      lang,
      language,
      // The centre's one digit setting (catalogue), not the kiosk's own: every app and the paper agree.
      digits: digitsFor(lang, props.catalogue.centre.digits === 'arab' ? 'arabic' : 'latin'),
      state,
      dispatch,
      say,
    }),
    [props, snapshot, opening, lang, language, state, say],
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
        {state.screen === 'welcome' && (
          <WelcomeScreen largerText={modes.largerText} onAccessibility={() => setPanelOpen(true)} />
        )}
        {/* Each later screen waits in its own boundary (lazy-screens.tsx); nothing here is ever blank either. */}
        <Suspense fallback={<ScreenWaiting />}>
          {state.screen === 'services' && <Services.Screen />}
          {state.screen === 'service' && <Service.Screen />}
          {state.screen === 'ticket' && <Ticket.Screen />}
          {state.screen === 'checkin' && <CheckIn.Screen />}
          {state.screen === 'feedback' && <Feedback.Screen />}
          {state.screen === 'assisted' && <Assisted.Screen />}
          {state.screen === 'ask' && <Ask.Screen />}
        </Suspense>
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
