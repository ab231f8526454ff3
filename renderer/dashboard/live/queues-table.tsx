import { useTranslation } from 'react-i18next';
import type { LiveMetrics, ScheduledCutoff } from '../../../shared/contract/manager.js';
import type { QueueSummary } from '../../../shared/contract/views.js';
import { waitShown } from '../../../shared/domain/wait-shown.js';
import { waitText } from '../../../shared/i18n/wait-text.js';
import type { HubClient } from '../../common/hub-client.js';
import type { Formatters } from '../../common/numbers.js';
import type { Lang } from '../format.js';
import { QueueActions } from './queue-actions.js';
import type { Report } from './report.js';
import { TodayFigureCells, todayFigureHeads, WaitingNowCells, waitingNowHeads } from './today-figures.js';
import { ColumnHeads, HiddenHead } from '../../common/column-heads.js';
import { TitledSection } from '../../common/titled-section.js';

/** Today per queue, with the buttons that close, reopen or schedule it. */
export function QueuesTable({
  hub,
  queues,
  metrics,
  cutoffs,
  lang,
  fmt,
  report,
}: {
  hub: HubClient;
  queues: readonly QueueSummary[] | undefined;
  metrics: LiveMetrics | null;
  cutoffs: readonly ScheduledCutoff[];
  lang: Lang;
  fmt: Formatters;
  report: Report;
}) {
  const { t } = useTranslation();
  return (
    <TitledSection id="queues-h" title={t('dashboard.queues')}>
      <table data-testid="queues">
        <ColumnHeads
          heads={[
            t('dashboard.queue'),
            ...waitingNowHeads(t),
            t('units.waitNow'),
            ...todayFigureHeads(t),
            <HiddenHead>{t('dashboard.closeQueue')}</HiddenHead>,
          ]}
        />
        <tbody>
          {queues?.map((q) => {
            const m = metrics?.queues.find((x) => x.queueId === q.queueId);
            return (
              <tr key={q.queueId} data-queue={q.queueId}>
                <th scope="row">
                  {q.prefix} · {q.name[lang]}{' '}
                  {!q.open && <span className="closed">({t('dashboard.closed')})</span>}
                </th>
                <WaitingNowCells line={q} fmt={fmt} />
                <td data-testid="wait-now">{waitText(t, waitShown(q.estimate), fmt.number)}</td>
                <TodayFigureCells figures={m} fmt={fmt} />
                <td>
                  <QueueActions
                    hub={hub}
                    queue={q}
                    cutoff={cutoffs.find((k) => k.queueId === q.queueId)}
                    lang={lang}
                    report={report}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TitledSection>
  );
}
