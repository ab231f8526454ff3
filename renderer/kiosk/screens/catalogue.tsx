/** The one-stop shop: every agency, its services, a search in both languages, and a service's details. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { catalogueForKiosk, type Service } from '../../../shared/contract/catalogue.js';
import { useKiosk } from '../context.js';
import { formatNumber, waitRange } from '../format.js';
import { QrCode } from '../qr.js';
import { StepScreen } from '../ui.js';

/** Matches either language, ignoring case and Arabic diacritics. */
export function matchesService(s: Service, query: string): boolean {
  const fold = (x: string) => x.toLocaleLowerCase().replace(/[\u064B-\u0652\u0640]/g, '');
  const q = fold(query.trim());
  return q.length > 0 && (fold(s.name.ar).includes(q) || fold(s.name.en).includes(q));
}

export function AgenciesScreen() {
  const { t } = useTranslation();
  const { catalogue: full, device, lang, dispatch } = useKiosk();
  // Only the agencies this kiosk offers (set on the dashboard; empty = all), in the list and in search.
  const catalogue = catalogueForKiosk(full, device);
  const [query, setQuery] = useState('');
  const results = query ? catalogue.services.filter((s) => matchesService(s, query)) : [];
  return (
    <StepScreen title={t('kiosk.agenciesTitle')} testId="screen-agencies">
      <label className="search">
        <span>{t('kiosk.search')}</span>
        <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} autoComplete="off" />
      </label>
      {query ? (
        <section aria-labelledby="results-title">
          <h2 id="results-title">{t('kiosk.searchResults')}</h2>
          {results.length === 0 ? (
            <p role="status">{t('kiosk.noResults')}</p>
          ) : (
            <ServiceList services={results} />
          )}
        </section>
      ) : (
        <ul className="choice-list">
          {catalogue.agencies.map((a) => (
            <li key={a.id}>
              <button
                type="button"
                className="big-button"
                onClick={() => dispatch({ type: 'chooseAgency', agencyId: a.id })}
              >
                {a.name[lang]}
              </button>
            </li>
          ))}
        </ul>
      )}
    </StepScreen>
  );
}

function ServiceList({ services }: { services: Service[] }) {
  const { lang, dispatch } = useKiosk();
  return (
    <ul className="choice-list">
      {services.map((s) => (
        <li key={s.id}>
          <button
            type="button"
            className="big-button"
            onClick={() => dispatch({ type: 'chooseService', serviceId: s.id })}
          >
            {s.name[lang]}
          </button>
        </li>
      ))}
    </ul>
  );
}

export function ServicesScreen() {
  const { t } = useTranslation();
  const { catalogue, state, lang } = useKiosk();
  const agency = catalogue.agencies.find((a) => a.id === state.agencyId);
  return (
    <StepScreen title={agency ? agency.name[lang] : t('kiosk.servicesTitle')} testId="screen-services">
      <p className="hint">{t('kiosk.servicesTitle')}</p>
      <ServiceList services={catalogue.services.filter((s) => s.agencyId === state.agencyId)} />
    </StepScreen>
  );
}

export function ServiceScreen() {
  const { t } = useTranslation();
  const { catalogue, snapshot, state, lang, digits, dispatch } = useKiosk();
  const service = catalogue.services.find((s) => s.id === state.serviceId);
  const hasForm = useHasForm(state.serviceId);
  if (!service) return null;
  const estimate = snapshot?.queues.find((q) => q.queueId === service.queueId)?.estimate;
  const wait = estimate && waitRange(estimate.p50Minutes, estimate.p90Minutes);
  return (
    <StepScreen title={service.name[lang]} testId="screen-service">
      <div className="service-facts">
        <dl>
          <dt>{t('kiosk.expectedTime')}</dt>
          <dd>{t('kiosk.minutes', { n: formatNumber(service.expectedMinutes, digits) })}</dd>
          {wait && (
            <>
              <dt>{t('kiosk.currentWait')}</dt>
              <dd data-testid="service-wait">
                {t('kiosk.waitRange', {
                  low: formatNumber(wait.low, digits),
                  high: formatNumber(wait.high, digits),
                })}
              </dd>
            </>
          )}
        </dl>
        {service.requiredDocuments.length > 0 && (
          <section aria-labelledby="docs-title">
            <h2 id="docs-title">{t('kiosk.documentsTitle')}</h2>
            <ul className="documents">
              {service.requiredDocuments.map((d) => (
                <li key={d.en}>{d[lang]}</li>
              ))}
            </ul>
          </section>
        )}
        {service.onlineUrl && (
          <section className="online" aria-labelledby="online-title">
            <h2 id="online-title">{t('kiosk.onlineTitle')}</h2>
            <QrCode
              value={service.onlineUrl}
              label={t('kiosk.onlineQrLabel')}
              size={160}
              testId="online-qr"
            />
            <p>{t('kiosk.onlineHint')}</p>
          </section>
        )}
      </div>
      <div className="primary-action">
        <button
          type="button"
          className="big-button primary"
          onClick={() => dispatch({ type: 'go', screen: 'identify' })}
        >
          {t('kiosk.takeTicket')}
        </button>
        {hasForm && (
          <button
            type="button"
            className="big-button"
            data-testid="do-it-here"
            onClick={() => dispatch({ type: 'go', screen: 'assisted' })}
          >
            {t('assisted.doItHere')}
          </button>
        )}
      </div>
    </StepScreen>
  );
}

/** Whether the service has a digital form the kiosk can fill in ("Do it here"). */
function useHasForm(serviceId: string | null): boolean {
  const { api } = useKiosk();
  const [has, setHas] = useState(false);
  useEffect(() => {
    setHas(false);
    if (!serviceId) return;
    let live = true;
    void api.get(`/services/${encodeURIComponent(serviceId)}/form`).then((r) => live && setHas(r.ok));
    return () => {
      live = false;
    };
  }, [api, serviceId]);
  return has;
}
