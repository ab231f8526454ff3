/** The first screen: the centre's name, Arabic and English as two large choices, accessibility, current waits. */
import { useTranslation } from 'react-i18next';
import { useKiosk } from '../context.js';
import { formatNumber, waitRange } from '../format.js';

export function WelcomeScreen(props: {
  onLanguage: (lng: 'ar' | 'en') => void;
  onAccessibility: () => void;
}) {
  const { t, i18n } = useTranslation();
  const { catalogue, snapshot, lang, digits } = useKiosk();
  // The welcome screen speaks to everyone: both languages side by side, from the catalogues.
  const tAr = i18n.getFixedT('ar');
  const tEn = i18n.getFixedT('en');
  const busiest = (snapshot?.queues ?? [])
    .filter((q) => q.open)
    .sort((a, b) => b.waiting - a.waiting)
    .slice(0, 3);
  return (
    <div className="step welcome" data-testid="screen-welcome">
      <header className="centre-bar">
        <p className="centre-name">{catalogue.centre.name[lang]}</p>
      </header>
      <main className="content">
        <h1>
          <span lang="ar">{catalogue.centre.name.ar}</span>
          <span lang="en" className="secondary">
            {catalogue.centre.name.en}
          </span>
        </h1>
        {busiest.length > 0 && (
          <section className="waits" aria-labelledby="waits-title">
            <h2 id="waits-title">{t('kiosk.busiestWaits')}</h2>
            <ul>
              {busiest.map((q) => {
                const w = waitRange(q.estimate.p50Minutes, q.estimate.p90Minutes);
                return (
                  <li key={q.queueId}>
                    <span className="queue-name">{q.name[lang]}</span>
                    <span className="queue-wait">
                      {t('kiosk.waitRange', {
                        low: formatNumber(w.low, digits),
                        high: formatNumber(w.high, digits),
                      })}
                    </span>
                  </li>
                );
              })}
            </ul>
          </section>
        )}
      </main>
      <nav className="step-nav welcome-nav" aria-labelledby="choose-language">
        <p className="choose" id="choose-language">
          <span lang="ar">{tAr('kiosk.chooseLanguage')}</span> ·{' '}
          <span lang="en">{tEn('kiosk.chooseLanguage')}</span>
        </p>
        <div className="language-choices">
          <button
            type="button"
            className="big-button primary"
            lang="ar"
            onClick={() => props.onLanguage('ar')}
          >
            {tAr('common.arabic')}
          </button>
          <button
            type="button"
            className="big-button primary"
            lang="en"
            onClick={() => props.onLanguage('en')}
          >
            {tEn('common.english')}
          </button>
        </div>
        <button type="button" className="nav-button" onClick={props.onAccessibility}>
          <span lang="ar">{tAr('kiosk.accessibility')}</span> ·{' '}
          <span lang="en">{tEn('kiosk.accessibility')}</span>
        </button>
      </nav>
    </div>
  );
}
