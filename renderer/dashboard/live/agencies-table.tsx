import { useTranslation } from 'react-i18next';
import type { Catalogue } from '../../../shared/contract/catalogue.js';
import type { LiveMetrics } from '../../../shared/contract/manager.js';
import type { Formatters } from '../../common/numbers.js';
import type { Lang } from '../format.js';
import { TodayFigureCells, todayFigureHeads, WaitingNowCells, waitingNowHeads } from './today-figures.js';
import { ColumnHeads } from '../../common/column-heads.js';
import { TitledSection } from '../../common/titled-section.js';

/** Today per agency: waiting, longest wait, served, no-shows, walk-outs and the service level. */
export function AgenciesTable({
  metrics,
  catalogue,
  lang,
  fmt,
}: {
  metrics: LiveMetrics | null;
  catalogue: Catalogue | null;
  lang: Lang;
  fmt: Formatters;
}) {
  const { t } = useTranslation();
  return (
    <TitledSection id="agencies-h" title={t('dashboard.agencies')}>
      <table data-testid="agencies">
        <ColumnHeads heads={[t('dashboard.agency'), ...waitingNowHeads(t), ...todayFigureHeads(t)]} />
        <tbody>
          {metrics?.agencies.map((a) => (
            <tr key={a.agencyId} data-agency={a.agencyId}>
              <th scope="row">
                {catalogue?.agencies.find((x) => x.id === a.agencyId)?.name[lang] ?? a.agencyId}
              </th>
              <WaitingNowCells line={a} fmt={fmt} />
              <TodayFigureCells figures={a} fmt={fmt} />
            </tr>
          ))}
        </tbody>
      </table>
    </TitledSection>
  );
}
