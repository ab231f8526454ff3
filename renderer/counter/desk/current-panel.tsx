/**
 * The visit in hand (ticket, priority, status, recalls, walking time) and the action buttons,
 * the primary one first and biggest (its class `primary-action`; see use-serving.ts).
 */
import { useTranslation } from 'react-i18next';
import type { Catalogue } from '../../../shared/contract/catalogue.js';
import type { WorklistVisit } from '../../../shared/contract/http-responses.js';
import { counted } from '../../../shared/i18n/durations.js';
import type { DigitSystem } from '../../../shared/i18n/numbers.js';
import { useFormat } from '../../common/numbers.js';
import type { DeskAction, DeskActionId } from './types.js';

export function CurrentPanel(props: {
  /** The centre's digits, from the live catalogue (issue #15: one setting for every app). */
  digits: DigitSystem | undefined;
  inHand: WorklistVisit | null;
  recallsBeforeNoShow: number;
  actions: DeskAction[];
  primary: DeskActionId | null;
  pending: boolean;
  catalogue: Catalogue;
  /** The queues the counter's work profile names (queue-overview.ts): a visit from elsewhere is marked. */
  ownQueueIds: readonly string[];
}) {
  const { t } = useTranslation();
  const { primary } = props;
  return (
    <section className="panel current" aria-labelledby="current-title">
      <h2 id="current-title">{t('counter.current')}</h2>
      {props.inHand ? (
        <CurrentVisit
          visit={props.inHand}
          needed={props.recallsBeforeNoShow}
          digits={props.digits}
          catalogue={props.catalogue}
          ownQueueIds={props.ownQueueIds}
        />
      ) : (
        <p data-testid="current-ticket-empty">{t('counter.noVisit')}</p>
      )}
      <div className="actions" data-testid="actions">
        {props.actions
          .slice()
          .sort((x, y) => Number(y.id === primary) - Number(x.id === primary))
          .map((a) => (
            <button
              key={a.id}
              type="button"
              data-action={a.id}
              className={[a.id === 'callNext' ? 'call-next' : '', a.id === primary ? 'primary-action' : '']
                .filter(Boolean)
                .join(' ')}
              aria-keyshortcuts={a.key}
              disabled={props.pending || !a.enabled}
              onClick={a.run}
            >
              {t(a.label)} <kbd>{a.key}</kbd>
            </button>
          ))}
      </div>
      <p className="hint">
        {t('counter.shortcuts')}: {t('counter.shortcutsHelp')} · X: {t('counter.noShow')}
      </p>
    </section>
  );
}

/**
 * What the citizen came for, beside the ticket (issue #15: the agent saw it only in the complete
 * dialog): the services and their agencies, in the counter's language, and a mark when the visit is
 * not one this counter would expect (transferred to it, or called from a queue outside its profile).
 */
function CurrentVisit(props: {
  visit: WorklistVisit;
  needed: number;
  digits: DigitSystem | undefined;
  catalogue: Catalogue;
  ownQueueIds: readonly string[];
}) {
  const { t, i18n } = useTranslation();
  const fmt = useFormat({ digits: props.digits });
  const v = props.visit;
  const lang = i18n.language === 'en' ? 'en' : 'ar';
  const { catalogue } = props;
  const services = v.serviceIds.map((id) => catalogue.services.find((s) => s.id === id));
  const serviceNames = v.serviceIds.map((id, i) => services[i]?.name[lang] ?? id);
  const agencyNames = [...new Set(services.map((s) => s?.agencyId))]
    .map((id) => catalogue.agencies.find((a) => a.id === id)?.name[lang])
    .filter((name): name is string => name !== undefined);
  const queueLabel = (queueId: string) => {
    const q = catalogue.queues.find((x) => x.id === queueId);
    return q ? `${q.prefix} · ${q.name[lang]}` : queueId;
  };
  const list = new Intl.ListFormat(lang, { type: 'conjunction' });
  // A transfer explains itself (and names where it came from); otherwise a queue this profile does
  // not name means the counter ran out of its own work ("longest waiting, all").
  const origin =
    v.transferCount > 0
      ? v.originalQueueId !== v.queueId
        ? t('counter.transferredFrom', { queue: queueLabel(v.originalQueueId) })
        : t('counter.transferredHere')
      : props.ownQueueIds.includes(v.queueId)
        ? null
        : t('counter.fromOtherQueue');
  return (
    <div className={v.priority ? 'visit visit-priority' : 'visit'}>
      <div className="visit-ticket">
        <p className="ticket" data-testid="current-ticket">
          {v.ticket}
        </p>
        {v.priority && (
          <p className={`priority-badge priority-${v.priority}`} data-testid="current-priority">
            {fmt.digits(t(`priority.${v.priority}`))}
          </p>
        )}
      </div>
      <div className="visit-details">
        <p className="visit-service" data-testid="current-service">
          {list.format(serviceNames)}
        </p>
        <p className="visit-agency" data-testid="current-agency">
          {[...agencyNames, t('counter.currentQueue', { queue: queueLabel(v.queueId) })].join(' · ')}
        </p>
        {/* The mark shares the status line: the desk fits 1366×768 (counter-fits.spec.ts). */}
        <p className="visit-state">
          {origin && (
            <span className="visit-origin" data-testid="current-origin">
              {origin}
            </span>
          )}
          <span data-testid="current-status">{t(`status.${v.status}`)}</span>
          {v.status === 'called' && (
            <span data-testid="recall-count">
              {fmt.digits(t('counter.recallCount', { count: v.recallCount, needed: props.needed }))}
            </span>
          )}
          {v.servingStartedAt !== null && v.calledAt !== null && (
            <span data-testid="walking-time">
              {t('counter.walkingTime', {
                duration: counted(t, 'seconds', (v.servingStartedAt - v.calledAt) / 1000, fmt.number),
              })}
            </span>
          )}
        </p>
      </div>
    </div>
  );
}
