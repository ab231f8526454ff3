/**
 * The one-stop shop: every service the kiosk offers as tiles under its agency, a search in both
 * languages with the on-screen keyboard, and a service's own screen, which is also where the
 * ticket is printed (identification and priority optional on it).
 */
import { useEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { ChevronsDown, Printer } from 'lucide-react';
import { catalogueForKiosk, type Service } from '../../../shared/contract/catalogue.js';
import { localisedName } from '../../../shared/contract/catalogue-names.js';
import { useKiosk } from '../context.js';
import { formatHhmm, formatNumber, passesClosingText, waitFigure } from '../format.js';
import { counted } from '../../../shared/i18n/durations.js';
import { queueOpeningOf } from '../opening.js';
import { OnScreenKeyboard } from '../on-screen-keyboard.js';
import { QrCode } from '../qr.js';
import { StepScreen, useErrorText, useScrollRoomAbove } from '../ui.js';
import type { WalkInPriority } from '../flow.js';
import { RETRYABLE, usePrintTicket } from './confirm.js';
import { identityOf, NO_DETAILS, OptionalDetails, type Details } from './identify.js';
import { nextOpeningText } from './opening-banner.js';
import { ServiceTile } from './service-tile.js';

/** Matches either language, ignoring case and Arabic diacritics. */
export function matchesService(s: Service, query: string): boolean {
  const fold = (x: string) => x.toLocaleLowerCase().replace(/[\u064B-\u0652\u0640]/g, '');
  const q = fold(query.trim());
  return q.length > 0 && (fold(s.name.ar).includes(q) || fold(s.name.en).includes(q));
}

function TileList({ services }: { services: Service[] }) {
  return (
    <ul className="tile-grid">
      {services.map((s) => (
        <li key={s.id}>
          <ServiceTile service={s} />
        </li>
      ))}
    </ul>
  );
}

export function ServicesScreen() {
  const { t } = useTranslation();
  const { catalogue: full, device, language, state } = useKiosk();
  // Only the agencies this kiosk offers (set on the dashboard; empty = all), in the list and in search.
  const catalogue = catalogueForKiosk(full, device);
  const [query, setQuery] = useState('');
  const [keyboard, setKeyboard] = useState(state.searching);
  const results = query ? catalogue.services.filter((s) => matchesService(s, query)) : [];
  return (
    <StepScreen title={t('kiosk.allServices')} testId="screen-services" fitScreen>
      <label className="search">
        <span>{t('kiosk.search')}</span>
        <input
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onFocus={() => setKeyboard(true)}
          autoComplete="off"
          inputMode="none"
        />
      </label>
      {keyboard && (
        <OnScreenKeyboard
          testId="search-osk"
          layouts={['ar', 'en']}
          onKey={(k) => setQuery((q) => (q + k).slice(0, 60))}
          onDelete={() => setQuery((q) => q.slice(0, -1))}
        />
      )}
      <div className="services-list">
        {query ? (
          <section aria-labelledby="results-title">
            <h2 id="results-title">{t('kiosk.searchResults')}</h2>
            {results.length === 0 ? (
              <p role="status">{t('kiosk.noResults')}</p>
            ) : (
              <TileList services={results} />
            )}
          </section>
        ) : (
          catalogue.agencies.map((a) => (
            <section key={a.id} className="agency" aria-labelledby={`agency-${a.id}`}>
              <h2 id={`agency-${a.id}`}>{localisedName(a.name, language)}</h2>
              <TileList services={catalogue.services.filter((s) => s.agencyId === a.id)} />
            </section>
          ))
        )}
      </div>
      <MoreBelow watch={`${query}|${String(keyboard)}`} />
    </StepScreen>
  );
}

/**
 * The list scrolls between the title and the bottom bar (kiosk.css): where it goes on below what is
 * shown (larger text, low reach, a long catalogue), this says so just above the bar, and a tap
 * scrolls on, for those who do not think to drag a kiosk's screen (issue #15: the Labour tiles lay
 * below the fold with nothing saying they were there).
 */
function MoreBelow({ watch }: { watch: string }) {
  const { t } = useTranslation();
  const anchor = useRef<HTMLButtonElement>(null);
  const more = useMoreBelow(anchor, watch);
  return (
    <button
      ref={anchor}
      type="button"
      className="more-below"
      data-testid="more-below"
      data-more={more}
      aria-hidden={!more}
      tabIndex={more ? 0 : -1}
      onClick={() => {
        const list = anchor.current?.closest('main');
        // Glides, so the eye follows where the list went; at once for those who asked for less motion.
        const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
        list?.scrollBy({ top: list.clientHeight * 0.8, behavior: still ? 'auto' : 'smooth' });
      }}
    >
      <ChevronsDown aria-hidden="true" className="button-icon" />
      {t('kiosk.moreBelow')}
    </button>
  );
}

/**
 * The service screen's cue that its details go on below the print bar (larger text, the keypad
 * open): chevrons over the content's last line, drawn only, as the content scrolls by a drag and
 * the bar's print button is what the screen asks for; taps pass through to what lies under it.
 */
function MoreBelowCue() {
  const anchor = useRef<HTMLDivElement>(null);
  const more = useMoreBelow(anchor, '');
  return (
    <div
      ref={anchor}
      className="more-below-cue"
      data-testid="more-below-cue"
      data-more={more}
      aria-hidden="true"
    >
      <ChevronsDown className="button-icon" />
    </div>
  );
}

/** Whether the scrolling area holding `anchor` has more below what it shows. */
function useMoreBelow(anchor: RefObject<HTMLElement | null>, watch: string): boolean {
  const [more, setMore] = useState(false);
  useEffect(() => {
    const list = anchor.current?.closest('main');
    if (!list) return;
    // A pixel of rounding is not "more".
    const update = () => setMore(list.scrollTop + list.clientHeight < list.scrollHeight - 2);
    update();
    list.addEventListener('scroll', update, { passive: true });
    // The list's height changes with the language, larger text, fonts arriving and the keyboard.
    const sizes = new ResizeObserver(update);
    sizes.observe(list);
    for (const child of Array.from(list.children)) sizes.observe(child);
    return () => {
      list.removeEventListener('scroll', update);
      sizes.disconnect();
    };
  }, [anchor, watch]);
  return more;
}

export function ServiceScreen() {
  const { t } = useTranslation();
  const { catalogue, snapshot, opening, state, lang, language, digits, dispatch } = useKiosk();
  const service = catalogue.services.find((s) => s.id === state.serviceId);
  const hasForm = useHasForm(state.serviceId);
  const [details, setDetails] = useState<Details>(NO_DETAILS);
  const [invalid, setInvalid] = useState(false);
  const identity = identityOf(details);
  const request = service
    ? {
        serviceId: service.id,
        identity: identity === 'invalid' ? null : identity,
        priority: details.priority,
        representative: details.forOther ? (details.relation ?? 'other') : null,
      }
    : null;
  const print = usePrintTicket(request);
  // A detail brought into view stops above the bar, which grows when it says why there is no ticket.
  const bar = useScrollRoomAbove();
  if (!service) return null;

  const estimate = snapshot?.queues.find((q) => q.queueId === service.queueId)?.estimate;
  const wait = estimate && waitFigure(estimate, digits, t);
  const queueOpening = queueOpeningOf(opening, service.queueId);
  const refusal = queueOpening?.refusal ?? null;
  const eligible = service.priorityEligible.filter((p): p is WalkInPriority => p !== 'appointment');
  const next =
    opening && refusal && refusal !== 'queue_closed'
      ? nextOpeningText(opening, t, lang, digits, language)
      : null;

  const onPrint = () => {
    if (identity === 'invalid') return setInvalid(true);
    void print.issue();
  };

  return (
    <StepScreen title={localisedName(service.name, language)} testId="screen-service" fitScreen>
      <div className="service-facts">
        <dl>
          <dt>{t('kiosk.expectedTime')}</dt>
          <dd>{counted(t, 'minutes', service.expectedMinutes, (n) => formatNumber(n, digits))}</dd>
          {wait && !refusal && (
            <>
              <dt>{t('units.waitNow')}</dt>
              <dd data-testid="service-wait">{wait}</dd>
            </>
          )}
        </dl>
        {refusal ? (
          <div className="warn-box" data-testid="no-ticket" role="status">
            <p className="strong">
              {refusal === 'queue_closed' ? t('kiosk.noTicketNow') : t(`errors.${refusal}`)}
            </p>
            {next && <p>{next}</p>}
          </div>
        ) : (
          <>
            {queueOpening?.estimatePassesClosing && (
              <p className="warn-box" data-testid="passes-closing">
                {passesClosingText(opening?.today?.close ?? '', lang, digits, t)}
              </p>
            )}
            {opening?.status === 'closing-soon' && queueOpening?.lastTicketTime && (
              <p className="note" data-testid="last-ticket">
                {t('kiosk.lastTicketAt', { time: formatHhmm(queueOpening.lastTicketTime, lang, digits) })}
              </p>
            )}
          </>
        )}
        {service.requiredDocuments.length > 0 && (
          <section aria-labelledby="docs-title">
            <h2 id="docs-title">{t('kiosk.documentsTitle')}</h2>
            <ul className="documents">
              {service.requiredDocuments.map((d) => (
                <li key={d.en}>{localisedName(d, language)}</li>
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
      {!refusal && (
        <OptionalDetails
          details={details}
          eligible={eligible}
          invalid={invalid}
          onChange={(d) => {
            setDetails(d);
            setInvalid(false);
          }}
        />
      )}
      {/* A bar always in view at the foot of the content (issue #15: with larger text and the
          details open the print button lay 600 px below the screen, with nothing saying so). */}
      <div className="primary-action" ref={bar}>
        <MoreBelowCue />
        {/* Why the tap gave no ticket stands in the bar, over "Try again": in view whatever is
            scrolled (below the details it lay under the bar, unread). */}
        {print.error && <IssueError code={print.error} />}
        {!refusal && (
          <button
            type="button"
            className="big-button primary print-button"
            disabled={print.busy}
            onClick={onPrint}
          >
            <Printer aria-hidden="true" className="button-icon" />
            {print.busy ? t('kiosk.issuing') : print.error ? t('kiosk.tryAgain') : t('kiosk.printTicket')}
          </button>
        )}
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

/**
 * Why the print tap gave no ticket, in the citizen's words. Nothing was printed because nothing was
 * issued yet: the ticket is issued first (usePrintTicket) and printed on the ticket screen, which
 * has its own words for a printer that fails. Where the hub could not be reached the kiosk asks again
 * by itself once it is back, with the same idempotency key, so the citizen gets one ticket and
 * should stay; where it did not answer in time or could not save, "Try again" is just as safe. (It said "لا يوجد اتصال
 * بالخادم." — "No connection to the server", a technician's words.)
 */
function IssueError({ code }: { code: string }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  if (!RETRYABLE.has(code))
    return (
      <div className="error-box" role="alert">
        <p>{errorText(code)}</p>
      </div>
    );
  return (
    <div className="error-box" role="alert" data-testid="issue-error" data-code={code}>
      <p className="strong">{t('kiosk.issueNotYet')}</p>
      <p>{code === 'offline' ? t('kiosk.issueWhenConnected') : t('kiosk.issueTryAgain')}</p>
      <p>{t('kiosk.issueAskStaff')}</p>
    </div>
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
