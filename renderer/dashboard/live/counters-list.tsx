import { useTranslation } from 'react-i18next';
import type { Catalogue } from '../../../shared/contract/catalogue.js';
import type { CounterView } from '../../../shared/contract/views.js';
import type { DashboardThresholds } from '../../../shared/contract/manager.js';
import { counted, type Translate } from '../../../shared/i18n/durations.js';
import type { HubClient } from '../../common/hub-client.js';
import type { Lang } from '../format.js';
import type { Formatters } from '../../common/numbers.js';
import { managerCall } from '../manager-client.js';
import type { Report } from './report.js';
import { TitledSection } from '../../common/titled-section.js';

type CardStatus = 'serving' | 'called' | 'idle' | 'break' | 'closed';

/** A ticket called and not yet served is not "serving": the citizen has not come (U11). */
function counterStatus(c: CounterView): CardStatus {
  if (c.status === 'closed') return 'closed';
  if (c.status === 'break') return 'break';
  if (!c.busy) return 'idle';
  return c.currentVisitStatus === 'called' ? 'called' : 'serving';
}

/** Whole minutes since `since`, for "N minutes" in words: a clock-like 17:08 read as a time of day. */
function minutesSince(now: number, since: number | null): number {
  return since === null ? 0 : Math.max(0, Math.floor((now - since) / 60_000));
}

/** "١٧ دقيقة" / "17 minutes", "less than a minute" before the first; `after` a preposition (منذ). */
function minutesText(t: Translate, minutes: number, show: (n: number) => string, after = false): string {
  if (minutes < 1) return t(after ? 'units.waitSoonInline' : 'units.waitSoon', {});
  return counted(t, 'minutes', minutes, show, after ? 'genitive' : 'nominative');
}

/**
 * Every counter: who is there, the ticket in hand, how long it has been served or (called and the
 * citizen not come) waited for, and its work profile. A call unanswered past the idle threshold
 * (`counterIdleMinutes`: the counter does no work meanwhile, as an idle one) takes the alert colour.
 */
export function CountersList({
  hub,
  counters,
  catalogue,
  staffNames,
  now,
  lang,
  fmt,
  report,
  thresholds,
}: {
  hub: HubClient;
  counters: readonly CounterView[] | undefined;
  catalogue: Catalogue | null;
  staffNames: Map<string, string>;
  now: number;
  lang: Lang;
  fmt: Formatters;
  report: Report;
  thresholds: DashboardThresholds;
}) {
  const { t } = useTranslation();
  const show = (n: number) => fmt.number(n);
  return (
    <TitledSection id="counters-h" title={t('dashboard.counters')}>
      <ul className="counters" data-testid="counters">
        {counters?.map((c) => {
          const status = counterStatus(c);
          const minutes = minutesSince(now, c.currentVisitSince);
          const late = status === 'called' && minutes >= thresholds.counterIdleMinutes;
          const profileSelect = `profile-${c.counterId}`;
          return (
            <li
              key={c.counterId}
              className={`counter counter-${status}${late ? ' counter-late' : ''}`}
              data-counter={c.counterId}
              data-status={status}
            >
              <h3>{c.name[lang]}</h3>
              <p className="counter-status">
                {status === 'called'
                  ? t('dashboard.counterCalledWaiting', { minutesAfter: minutesText(t, minutes, show, true) })
                  : t(`dashboard.counterStatus_${status}`)}
              </p>
              <dl>
                <dt>{t('dashboard.staff')}</dt>
                <dd>{c.staffId ? <bdi>{staffNames.get(c.staffId) ?? c.staffId}</bdi> : '—'}</dd>
                <dt>{t('dashboard.currentTicket')}</dt>
                <dd data-col="ticket">{c.currentTicket ?? '—'}</dd>
                <dt>{t('dashboard.servingFor')}</dt>
                <dd data-testid="serving-for">
                  {status === 'serving' ? minutesText(t, minutes, show) : '—'}
                </dd>
              </dl>
              <label htmlFor={profileSelect}>{t('dashboard.workProfile')}</label>
              <select
                id={profileSelect}
                value={catalogue?.counters.find((x) => x.id === c.counterId)?.workProfileId ?? ''}
                onChange={(e) =>
                  void managerCall(hub, 'manager.moveCounter', {
                    counterId: c.counterId,
                    workProfileId: e.target.value,
                  }).then((r) => report(r, t('dashboard.saved')))
                }
              >
                {catalogue?.workProfiles.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name[lang]}
                  </option>
                ))}
              </select>
            </li>
          );
        })}
      </ul>
    </TitledSection>
  );
}
