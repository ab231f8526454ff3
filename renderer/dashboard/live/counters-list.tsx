import { useTranslation } from 'react-i18next';
import type { Catalogue } from '../../../shared/contract/catalogue.js';
import type { CounterView } from '../../../shared/contract/views.js';
import type { HubClient } from '../../common/hub-client.js';
import type { Lang } from '../format.js';
import type { Formatters } from '../../common/numbers.js';
import { managerCall } from '../manager-client.js';
import type { Report } from './report.js';
import { TitledSection } from '../../common/titled-section.js';

function counterStatus(c: CounterView): 'serving' | 'idle' | 'break' | 'closed' {
  if (c.status === 'closed') return 'closed';
  if (c.status === 'break') return 'break';
  return c.busy ? 'serving' : 'idle';
}

/** Every counter: who is there, the ticket being served and for how long, and its work profile. */
export function CountersList({
  hub,
  counters,
  catalogue,
  staffNames,
  now,
  lang,
  fmt,
  report,
}: {
  hub: HubClient;
  counters: readonly CounterView[] | undefined;
  catalogue: Catalogue | null;
  staffNames: Map<string, string>;
  now: number;
  lang: Lang;
  fmt: Formatters;
  report: Report;
}) {
  const { t } = useTranslation();
  return (
    <TitledSection id="counters-h" title={t('dashboard.counters')}>
      <ul className="counters" data-testid="counters">
        {counters?.map((c) => {
          const status = counterStatus(c);
          const profileSelect = `profile-${c.counterId}`;
          return (
            <li key={c.counterId} className={`counter counter-${status}`} data-counter={c.counterId}>
              <h3>{c.name[lang]}</h3>
              <p className="counter-status">{t(`dashboard.counterStatus_${status}`)}</p>
              <dl>
                <dt>{t('dashboard.staff')}</dt>
                <dd>{c.staffId ? <bdi>{staffNames.get(c.staffId) ?? c.staffId}</bdi> : '—'}</dd>
                <dt>{t('dashboard.currentTicket')}</dt>
                <dd data-col="ticket">{c.currentTicket ?? '—'}</dd>
                <dt>{t('dashboard.servingFor')}</dt>
                <dd>{status === 'serving' ? fmt.duration(now - c.since) : '—'}</dd>
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
