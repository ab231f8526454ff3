/**
 * Who is at the counter: masked identity, priority reason, language, representative, this
 * visit's history, and earlier visits from the central profile when it can be reached (the
 * panel says plainly when it cannot).
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Catalogue } from '../../shared/contract/catalogue.js';
import { VisitStatus, type Visit } from '../../shared/contract/visit.js';
import { languageInfo, type VisitorLanguage } from '../../shared/i18n/languages.js';
import type { CustomerHistory, HistoryItem } from '../../shared/contract/customer-history.js';
import { requestStatus, timelineChannel } from '../../shared/central/events.js';
import { Ltr } from '../common/bdi.js';
import { useFormat, type Formatters } from '../common/numbers.js';
import { digitsIn } from '../../shared/i18n/numbers.js';
import { fetchCustomerHistory, fetchVisit, type VisitDetail } from './staff-api.js';
import { OUTCOME_CODES } from './form-parts.js';

/** The relations the kiosk records for a representative; anything else is shown as typed. */
const RELATIONS = ['family', 'employer', 'other'] as const;
/** Outcomes staff choose, and the one a sign-out with a ticket in hand records. */
const OUTCOMES: readonly string[] = [...OUTCOME_CODES, 'signed_out', 'no_show', 'abandoned', 'end_of_day'];

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

export function CustomerPanel(props: { token: string; visit: Visit; catalogue: Catalogue }) {
  const { t } = useTranslation();
  const { visit, token } = props;
  const fmt = useFormat({ digits: props.catalogue.centre.digits });
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
      <h3>{t('counter.earlierVisits')}</h3>
      <EarlierHistory earlier={earlier} fmt={fmt} catalogue={props.catalogue} />
    </section>
  );
}

/**
 * One earlier contact, every part in the staff's language: the day as DD/MM/YYYY, the channel,
 * the service, the ticket with its status (the hub sends "A002 completed"), the outcome.
 */
function HistoryLine(props: { item: HistoryItem; fmt: Formatters; catalogue: Catalogue }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'ar';
  const { item, fmt } = props;
  const service = props.catalogue.services.find((s) => s.id === item.serviceId)?.name[lang];
  const [first = '', second = '', ...rest] = item.summary.split(' ');
  const summary =
    item.kind === 'visit' && rest.length === 0 && VisitStatus.safeParse(second).success ? (
      <>
        <Ltr>{first}</Ltr> {t(`status.${second}`)}
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

function EarlierHistory(props: { earlier: Earlier; fmt: Formatters; catalogue: Catalogue }) {
  const { t } = useTranslation();
  const e = props.earlier;
  if (e.kind === 'loading') return null;
  const unavailable = (
    <p className="notice" data-testid="central-unavailable">
      {t('counter.centralUnavailable')}
    </p>
  );
  if (e.kind === 'unavailable') return unavailable;
  if (e.history.source === 'none') return <p className="notice">{t('counter.noIdentity')}</p>;
  if (e.history.items.length === 0)
    return e.history.source === 'local' ? unavailable : <p>{t('counter.noEarlier')}</p>;
  return (
    <>
      {e.history.source === 'local' && unavailable}
      <ul className="events" data-testid="earlier-visits">
        {e.history.items.map((item, i) => (
          <HistoryLine key={`${item.at}-${i}`} item={item} fmt={props.fmt} catalogue={props.catalogue} />
        ))}
      </ul>
    </>
  );
}
