/**
 * Who is at the counter: masked identity, priority reason, language, representative, this
 * visit's history, and earlier visits from the central profile when it can be reached (the
 * panel says plainly when it cannot).
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Visit } from '../../shared/contract/visit.js';
import type { CustomerHistory } from '../../shared/contract/customer-history.js';
import { fetchCustomerHistory, fetchVisit, type VisitDetail } from './staff-api.js';

type Earlier = { kind: 'loading' } | { kind: 'unavailable' } | { kind: 'loaded'; history: CustomerHistory };

export function CustomerPanel(props: { token: string; visit: Visit }) {
  const { t, i18n } = useTranslation();
  const { visit, token } = props;
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

  const time = (at: number) =>
    new Date(at).toLocaleTimeString(i18n.language === 'en' ? 'en-GB' : 'ar-AE', {
      hour: '2-digit',
      minute: '2-digit',
    });

  return (
    <section aria-labelledby="customer-title" className="panel customer" data-testid="customer-panel">
      <h2 id="customer-title">{t('counter.customer')}</h2>
      <dl>
        <dt>{t('counter.identity')}</dt>
        <dd data-testid="masked-identity">{visit.customer?.masked ?? t('counter.notIdentified')}</dd>
        <dt>{t('counter.priorityReason')}</dt>
        <dd>{visit.priority ? t(`priority.${visit.priority}`) : t('counter.noPriority')}</dd>
        <dt>{t('counter.language')}</dt>
        <dd>{visit.language === 'ar' ? t('common.arabic') : t('common.english')}</dd>
        <dt>{t('counter.representative')}</dt>
        <dd>
          {visit.representative
            ? [visit.representative.name, visit.representative.relation].filter(Boolean).join(' · ')
            : t('counter.noRepresentative')}
        </dd>
        {visit.note && (
          <>
            <dt>{t('counter.transferNote')}</dt>
            <dd data-testid="visit-note">{visit.note}</dd>
          </>
        )}
      </dl>
      <h3>{t('counter.visitHistory')}</h3>
      <ol className="events" data-testid="visit-events">
        {(detail?.events ?? []).map((e) => (
          <li key={e.id}>
            <time>{time(e.at)}</time> {t(`counter.event_${e.type.replace('.', '_')}`)}
          </li>
        ))}
      </ol>
      <h3>{t('counter.earlierVisits')}</h3>
      <EarlierHistory earlier={earlier} time={time} />
    </section>
  );
}

function EarlierHistory(props: { earlier: Earlier; time: (at: number) => string }) {
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
          <li key={`${item.at}-${i}`}>
            <time>{new Date(item.at).toLocaleDateString()}</time> {item.channel} · {item.summary}
            {item.outcome ? ` · ${item.outcome}` : ''}
          </li>
        ))}
      </ul>
    </>
  );
}
