import { useTranslation } from 'react-i18next';
import type { Catalogue } from '../../../shared/contract/catalogue.js';
import type { LiveMetrics } from '../../../shared/contract/manager.js';
import { counted } from '../../../shared/i18n/durations.js';
import type { Lang } from '../format.js';
import { SlBadge } from './sl-badge.js';
import { ColumnHeads } from '../../common/column-heads.js';
import { TitledSection } from '../../common/titled-section.js';

/** Today per agency: waiting, longest wait, served, no-shows, walk-outs and the service level. */
export function AgenciesTable({
  metrics,
  catalogue,
  lang,
}: {
  metrics: LiveMetrics | null;
  catalogue: Catalogue | null;
  lang: Lang;
}) {
  const { t } = useTranslation();
  return (
    <TitledSection id="agencies-h" title={t('dashboard.agencies')}>
      <table data-testid="agencies">
        <ColumnHeads
          heads={[
            t('dashboard.agency'),
            t('dashboard.waitingNow'),
            t('dashboard.longestWait'),
            t('dashboard.servedToday'),
            t('dashboard.noShows'),
            t('dashboard.abandoned'),
            t('dashboard.serviceLevel'),
          ]}
        />
        <tbody>
          {metrics?.agencies.map((a) => (
            <tr key={a.agencyId} data-agency={a.agencyId}>
              <th scope="row">
                {catalogue?.agencies.find((x) => x.id === a.agencyId)?.name[lang] ?? a.agencyId}
              </th>
              <td data-col="waiting">{a.waiting}</td>
              <td>{counted(t, 'minutes', a.longestWaitMinutes)}</td>
              <td data-col="served">{a.served}</td>
              <td>{a.noShows}</td>
              <td>{a.abandoned}</td>
              <td>
                <SlBadge state={a.state} share={a.serviceLevel} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TitledSection>
  );
}
