/**
 * Who is at the counter: masked identity, priority reason, language, representative, this
 * visit's history, and earlier visits from the central profile when it can be reached (the
 * panel says plainly when it cannot).
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Catalogue } from '../../shared/contract/catalogue.js';
import { VisitStatus } from '../../shared/contract/visit.js';
import type { WorklistVisit } from '../../shared/contract/http-responses.js';
import { languageInfo, type VisitorLanguage } from '../../shared/i18n/languages.js';
import type { CustomerHistory, HistoryItem } from '../../shared/contract/customer-history.js';
import { requestStatus, timelineChannel, visitEventTypes } from '../../shared/central/events.js';
import { Ltr } from '../common/bdi.js';
import { useFormat, type Formatters } from '../common/numbers.js';
import { digitsIn } from '../../shared/i18n/numbers.js';
import { fetchCustomerHistory, fetchVisit, type VisitDetail } from './staff-api.js';
import { OUTCOME_CODES } from './form-parts.js';

/** The relations the kiosk records for a representative; anything else is shown as typed. */
const RELATIONS = ['family', 'employer', 'other'] as const;
/** Outcomes staff choose, and the one a sign-out with a ticket in hand records. */
const OUTCOMES: readonly string[] = [...OUTCOME_CODES, 'signed_out', 'no_show', 'abandoned', 'end_of_day'];

/**
 * The last step central holds for a visit ("serving_started", from its event type), which the hub's
 * summary carries where its own records carry the visit's status ("serving").
 */
const CENTRAL_VISIT_STEPS: readonly string[] = visitEventTypes.map((type) => type.split('.').pop() ?? type);

/** A visit's status or central's last step for it, in words: "completed" → «مكتملة». */
function visitStateText(t: TFunction, state: string): string | undefined {
  if (VisitStatus.safeParse(state).success) return t(`status.${state}`);
  if (CENTRAL_VISIT_STEPS.includes(state)) return t(`counter.event_visit_${state}`);
  return undefined;
}

/** A code from a known set in the staff's language; free text (older or foreign records) as given. */
function codeText(t: TFunction, prefix: string, known: readonly string[], code: string): string {
  return known.includes(code) ? t(`${prefix}${code}`) : code;
}

/**
 * The visitor's language in the agent's, and — when the agent's is another — in itself, so staff
 * can fetch a colleague who speaks it (#19): «المالايالامية · മലയാളം».
 */
function VisitorLanguageName({ code }: { code: VisitorLanguage }) {
  const { t, i18n } = useTranslation();
  const info = languageInfo(code);
  const name = t(`terms.language_${code}`);
  if (code === i18n.language) return <>{name}</>;
  return (
    <>
      {name}
      {' · '}
      <span lang={code} dir={info.direction} className="native-language">
        {info.nativeName}
      </span>
    </>
  );
}

type Earlier = { kind: 'loading' } | { kind: 'unavailable' } | { kind: 'loaded'; history: CustomerHistory };

export function CustomerPanel(props: { token: string; visit: WorklistVisit; catalogue: Catalogue }) {
  const { t } = useTranslation();
  const { visit, token } = props;
  // Times and dates as the centre keeps them: its digits and its zone.
  const fmt = useFormat({
    digits: props.catalogue.centre.digits,
    timeZone: props.catalogue.centre.timeZone,
  });
  const [detail, setDetail] = useState<VisitDetail | null>(null);
  const [earlier, setEarlier] = useState<Earlier>({ kind: 'loading' });

  useEffect(() => {
    let live = true;
    void fetchVisit(token, visit.id).then((r) => live && r.ok && setDetail(r.data));
    return () => {
      live = false;
    };
    // The event list grows with each action on this visit, so follow its status too.
  }, [token, visit.id, visit.status, visit.recallCount]);

  useEffect(() => {
    let live = true;
    setEarlier({ kind: 'loading' });
    void fetchCustomerHistory(token, visit.id).then((r) => {
      if (!live) return;
      setEarlier(r.ok ? { kind: 'loaded', history: r.data } : { kind: 'unavailable' });
    });
    return () => {
      live = false;
    };
  }, [token, visit.id]);

  return (
    <section aria-labelledby="customer-title" className="panel customer" data-testid="customer-panel">
      <h2 id="customer-title">{t('counter.customer')}</h2>
      {/* Who and this visit side by side, so the earlier history starts above the fold (counter.css). */}
      <div className="customer-facts">
        <dl>
          <dt>{t('counter.identity')}</dt>
          <dd data-testid="masked-identity">
            {visit.customer?.masked ? <Ltr>{visit.customer.masked}</Ltr> : t('counter.notIdentified')}
          </dd>
          <dt>{t('counter.priorityReason')}</dt>
          <dd data-testid="priority-reason" className={visit.priority ? 'priority-flag' : undefined}>
            {visit.priority ? fmt.digits(t(`priority.${visit.priority}`)) : t('counter.noPriority')}
          </dd>
          <dt>{t('counter.language')}</dt>
          <dd data-testid="visitor-language">
            <VisitorLanguageName code={visit.language} />
          </dd>
          <dt>{t('counter.representative')}</dt>
          <dd>
            {visit.representative ? (
              <>
                {visit.representative.name && (
                  <>
                    <bdi>{visit.representative.name}</bdi>
                    {' · '}
                  </>
                )}
                {codeText(t, 'counter.relation_', RELATIONS, visit.representative.relation)}
              </>
            ) : (
              t('counter.noRepresentative')
            )}
          </dd>
          {visit.note && (
            <>
              <dt>{t('counter.transferNote')}</dt>
              <dd data-testid="visit-note">{visit.note}</dd>
            </>
          )}
        </dl>
        <div>
          <h3>{t('counter.visitHistory')}</h3>
          {/* The list's numbers in the centre's digits too: CSS draws them, not the text (counter.css). */}
          <ol className="events" data-testid="visit-events" data-digits={digitsIn(fmt.style)}>
            {(detail?.events ?? []).map((e) => (
              <li key={e.id}>
                <time dateTime={new Date(e.at).toISOString()}>{fmt.time(e.at)}</time>{' '}
                {t(`counter.event_${e.type.replace('.', '_')}`)}
              </li>
            ))}
          </ol>
        </div>
      </div>
      <EarlierHistory earlier={earlier} fmt={fmt} catalogue={props.catalogue} />
    </section>
  );
}

/**
 * One earlier contact, every part in the staff's language: the day in the centre's numeric format
 * and digits, the channel, the service, the ticket with its status in words (the hub sends "A002
 * completed", or central's last step, "A002 serving_started"), the outcome.
 */
function HistoryLine(props: { item: HistoryItem; fmt: Formatters; catalogue: Catalogue }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'ar';
  const { item, fmt } = props;
  const service = props.catalogue.services.find((s) => s.id === item.serviceId)?.name[lang];
  const [first = '', second = '', ...rest] = item.summary.split(' ');
  const state = item.kind === 'visit' && rest.length === 0 ? visitStateText(t, second) : undefined;
  const summary =
    state !== undefined ? (
      <>
        <Ltr>{first}</Ltr> {state}
      </>
    ) : rest.length === 0 && requestStatus.safeParse(second).success ? (
      <>
        <Ltr>{first}</Ltr> {t(`counter.request_${second}`)}
      </>
    ) : (
      <bdi>{item.summary}</bdi>
    );
  return (
    <li>
      <time dateTime={new Date(item.at).toISOString()}>{fmt.date(item.at, 'numeric')}</time>{' '}
      {codeText(t, 'counter.channel_', timelineChannel.options, item.channel)}
      {service ? ` · ${service}` : ''} · {summary}
      {item.outcome ? ` · ${codeText(t, 'counter.outcome_', OUTCOMES, item.outcome)}` : ''}
    </li>
  );
}
/**
 * Earlier visits and contacts under a heading that says how many, in a region of their own that
 * scrolls inside the panel: a long history never pushes its own heading below the fold.
 */
function EarlierHistory(props: { earlier: Earlier; fmt: Formatters; catalogue: Catalogue }) {
  const { t } = useTranslation();
  const e = props.earlier;
  const items = e.kind === 'loaded' ? e.history.items : [];
  const unavailable = (
    <p className="notice" data-testid="central-unavailable">
      {t('counter.centralUnavailable')}
    </p>
  );
  const body =
    e.kind === 'loading' ? null : e.kind === 'unavailable' ? (
      unavailable
    ) : e.history.source === 'none' ? (
      <p className="notice">{t('counter.noIdentity')}</p>
    ) : items.length === 0 ? (
      e.history.source === 'local' ? (
        unavailable
      ) : (
        <p>{t('counter.noEarlier')}</p>
      )
    ) : (
      <>
        {e.history.source === 'local' && unavailable}
        <ul className="events" data-testid="earlier-visits">
          {items.map((item, i) => (
            <HistoryLine key={`${item.at}-${i}`} item={item} fmt={props.fmt} catalogue={props.catalogue} />
          ))}
        </ul>
      </>
    );
  return (
    <div className="earlier" data-testid="earlier-history">
      <h3 id="earlier-title">
        {items.length > 0 ? t('counter.earlierVisitsCount', { n: items.length }) : t('counter.earlierVisits')}
      </h3>
      {/* Focusable so the keyboard can scroll it too; named by its heading. */}
      <div className="earlier-list" role="region" aria-labelledby="earlier-title" tabIndex={0}>
        {body}
      </div>
    </div>
  );
}
