/**
 * The visit in hand (ticket, priority, status, recalls, walking time) and the action buttons,
 * the primary one first and biggest (its class `primary-action`; see use-serving.ts).
 */
import { useTranslation } from 'react-i18next';
import type { Visit } from '../../../shared/contract/visit.js';
import { counted } from '../../../shared/i18n/durations.js';
import type { DigitSystem } from '../../../shared/i18n/numbers.js';
import { useFormat } from '../../common/numbers.js';
import type { DeskAction, DeskActionId } from './types.js';

export function CurrentPanel(props: {
  /** The centre's digits, from the live catalogue (issue #15: one setting for every app). */
  digits: DigitSystem | undefined;
  inHand: Visit | null;
  recallsBeforeNoShow: number;
  actions: DeskAction[];
  primary: DeskActionId | null;
  pending: boolean;
}) {
  const { t } = useTranslation();
  const { primary } = props;
  return (
    <section className="panel current" aria-labelledby="current-title">
      <h2 id="current-title">{t('counter.current')}</h2>
      {props.inHand ? (
        <CurrentVisit visit={props.inHand} needed={props.recallsBeforeNoShow} digits={props.digits} />
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

function CurrentVisit(props: { visit: Visit; needed: number; digits: DigitSystem | undefined }) {
  const { t } = useTranslation();
  const fmt = useFormat({ digits: props.digits });
  const v = props.visit;
  return (
    <div className={v.priority ? 'visit visit-priority' : 'visit'}>
      <p className="ticket" data-testid="current-ticket">
        {v.ticket}
      </p>
      {v.priority && (
        <p className={`priority-badge priority-${v.priority}`} data-testid="current-priority">
          {fmt.digits(t(`priority.${v.priority}`))}
        </p>
      )}
      <p data-testid="current-status">{t(`status.${v.status}`)}</p>
      {v.status === 'called' && (
        <p data-testid="recall-count">
          {fmt.digits(t('counter.recallCount', { count: v.recallCount, needed: props.needed }))}
        </p>
      )}
      {v.servingStartedAt !== null && v.calledAt !== null && (
        <p data-testid="walking-time">
          {t('counter.walkingTime', {
            duration: counted(t, 'seconds', (v.servingStartedAt - v.calledAt) / 1000, fmt.number),
          })}
        </p>
      )}
    </div>
  );
}
