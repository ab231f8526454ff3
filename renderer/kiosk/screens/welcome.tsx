/**
 * The start screen, where the kiosk waits: whether the centre is open (and when it opens next),
 * the most used services as large tiles with pictograms (one tap leads to the ticket's only other
 * screen), all services, search, and the other things a kiosk does. Both languages sit in the
 * corner: choosing one is not a step.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CalendarCheck, LayoutGrid, MessageCircleQuestion, Search, Smile } from 'lucide-react';
import { catalogueForKiosk } from '../../../shared/contract/catalogue-for-kiosk.js';
import { localisedName } from '../../../shared/contract/catalogue-names.js';
import { useKiosk } from '../context.js';
import { topServices } from '../flow.js';
import { LanguageToggle } from '../ui.js';
import { OpeningBanner } from './opening-banner.js';
import { ServiceTile } from './service-tile.js';

/**
 * Eight tiles in two columns fill the 1920 px portrait screen down to the other services (issue #15:
 * with six its bottom quarter stood empty), so more people find theirs in one tap. Six where each
 * tile needs more height: with larger text, and in the added languages, whose names run longer and
 * whose scripts stand taller (Malayalam's eight overflowed the screen); the six then grow to fill it.
 */
const TILES = 8;
const TILES_TALLER = 6;

export function WelcomeScreen(props: { largerText: boolean; onAccessibility: () => void }) {
  const { t, i18n } = useTranslation();
  const { catalogue: full, device, language, dispatch } = useKiosk();
  const ticketsByService = useServiceUse();
  const catalogue = catalogueForKiosk(full, device);
  const tAr = i18n.getFixedT('ar');
  const tEn = i18n.getFixedT('en');
  const taller = props.largerText || (language !== 'ar' && language !== 'en');
  const tiles = topServices(catalogue.services, ticketsByService, taller ? TILES_TALLER : TILES);
  return (
    <div className="step welcome start fit-screen" data-testid="screen-welcome">
      <header className="centre-bar">
        <p className="centre-name">{localisedName(full.centre.name, language)}</p>
        <LanguageToggle />
      </header>
      <main className="content">
        <OpeningBanner />
        {/* Element Timing: when this title is on the glass (bench/first-paint.ts reads it). */}
        <h1 elementtiming="welcome-title">{t('kiosk.startTitle')}</h1>
        <ul className="tile-grid" data-testid="top-services">
          {tiles.map((s) => (
            <li key={s.id}>
              <ServiceTile service={s} />
            </li>
          ))}
        </ul>
        <div className="tile-row">
          <button
            type="button"
            className="tile tile-wide"
            onClick={() => dispatch({ type: 'browse', search: false })}
          >
            <LayoutGrid aria-hidden="true" className="tile-icon" />
            <span className="tile-name">{t('kiosk.allServices')}</span>
          </button>
          <button
            type="button"
            className="tile tile-wide"
            onClick={() => dispatch({ type: 'browse', search: true })}
          >
            <Search aria-hidden="true" className="tile-icon" />
            <span className="tile-name">{t('kiosk.searchServices')}</span>
          </button>
        </div>
        <section className="other-actions" aria-labelledby="other-actions-title">
          <h2 id="other-actions-title">{t('kiosk.otherActions')}</h2>
          <div className="tile-row">
            <button
              type="button"
              className="tile tile-small"
              onClick={() => dispatch({ type: 'go', screen: 'checkin' })}
            >
              <CalendarCheck aria-hidden="true" className="tile-icon" />
              <span className="tile-name">{t('kiosk.haveAppointment')}</span>
            </button>
            {device.feedbackEnabled && (
              <button
                type="button"
                className="tile tile-small"
                onClick={() => dispatch({ type: 'go', screen: 'feedback' })}
              >
                <Smile aria-hidden="true" className="tile-icon" />
                <span className="tile-name">{t('kiosk.rateVisit')}</span>
              </button>
            )}
            <button
              type="button"
              className="tile tile-small"
              data-testid="open-ask"
              onClick={() => dispatch({ type: 'go', screen: 'ask' })}
            >
              <MessageCircleQuestion aria-hidden="true" className="tile-icon" />
              <span className="tile-name">{t('ask.open')}</span>
            </button>
          </div>
        </section>
      </main>
      <nav className="step-nav welcome-nav" aria-label={t('kiosk.accessibility')}>
        <button type="button" className="nav-button" onClick={props.onAccessibility}>
          <span lang="ar">{tAr('kiosk.accessibility')}</span> ·{' '}
          <span lang="en">{tEn('kiosk.accessibility')}</span>
        </button>
      </nav>
    </div>
  );
}

/** The schema's chunk did not load (the hub away): the tiles keep the catalogue's order. */
const noServiceUse = () => undefined;

/**
 * The last counts this kiosk was given, kept across visits to the start screen: each visitor's start
 * screen is drawn in the order the previous one saw, and the tiles move only when the counts
 * change that order, not under a finger on every return from a ticket.
 */
let lastKnownUse: Record<string, number> = {};

/** The hub's tickets per service (most used first on the tiles); none yet: the catalogue's order. */
function useServiceUse(): Record<string, number> {
  const { api } = useKiosk();
  const [use, setUse] = useState<Record<string, number>>(lastKnownUse);
  useEffect(() => {
    let live = true;
    // Its schema loads after the first paint (issue #15: no zod schema is built before it).
    const schema = import('../../../shared/contract/kiosk.js').then((m) => m.ServiceUse);
    void Promise.all([api.get<unknown>('/kiosk/service-use'), schema]).then(([r, ServiceUse]) => {
      const parsed = r.ok ? ServiceUse.safeParse(r.data) : null;
      if (!parsed?.success) return;
      lastKnownUse = parsed.data.ticketsByService;
      if (live) setUse(lastKnownUse);
    }, noServiceUse);
    return () => {
      live = false;
    };
  }, [api]);
  return use;
}
