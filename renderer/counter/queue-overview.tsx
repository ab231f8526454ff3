/**
 * Waiting count, longest wait, estimate, and the waits now against their targets (each visit against
 * its own service's target, the rule of the dashboard's service level: queue-wait-level.ts) for the
 * queues this profile calls from.
 */
import { useTranslation } from 'react-i18next';
import type { Catalogue } from '../../shared/contract/catalogue.js';
import type { QueueSummary } from '../../shared/contract/views.js';
import { queueWaitLevel } from '../../shared/domain/queue-wait-level.js';
import { counted } from '../../shared/i18n/durations.js';
import { waitShown } from '../../shared/domain/wait-shown.js';
import { waitText } from '../../shared/i18n/wait-text.js';
import type { DigitSystem } from '../../shared/i18n/numbers.js';
import { useFormat } from '../common/numbers.js';
import { ColumnHeads } from '../common/column-heads.js';
import { TitledSection } from '../common/titled-section.js';

/** The queues a work profile names; all queues when it names none (or only "longest waiting, all"). */
export function profileQueueIds(catalogue: Catalogue, profileId: string | null): string[] {
  const profile = catalogue.workProfiles.find((p) => p.id === profileId);
  const named = new Set<string>();
  for (const rule of profile?.rules ?? [])
    if (rule.kind !== 'longestWaitingAll') rule.queueIds.forEach((q) => named.add(q));
  return named.size ? [...named] : catalogue.queues.map((q) => q.id);
}

export function QueueOverview(props: {
  queues: QueueSummary[];
  queueIds: string[];
  digits: DigitSystem | undefined;
}) {
  const { t, i18n } = useTranslation();
  // Counts and minutes in the centre's digits (issue #15), the live catalogue's as the rest of the desk.
  const fmt = useFormat({ digits: props.digits });
  const lang = i18n.language === 'en' ? 'en' : 'ar';
  const rows = props.queueIds
    .map((id) => props.queues.find((q) => q.queueId === id))
    .filter((q): q is QueueSummary => q !== undefined);
  return (
    <TitledSection id="queues-title" title={t('counter.queues')} className="panel">
      <table className="queues">
        <ColumnHeads
          heads={[
            t('counter.queue'),
            t('counter.waitingCount'),
            t('counter.longestWait'),
            t('units.waitNow'),
            t('counter.nowVsTarget'),
          ]}
        />
        <tbody>
          {rows.map((q) => {
            const level = queueWaitLevel(q.againstTarget);
            return (
              <tr key={q.queueId} data-testid={`queue-${q.queueId}`}>
                <th scope="row">
                  {q.prefix} · {q.name[lang]}
                </th>
                <td data-testid="waiting">{fmt.number(q.waiting)}</td>
                <td>{counted(t, 'minutes', q.longestWaitMinutes, fmt.number)}</td>
                <td data-testid="wait-now">{waitText(t, waitShown(q.estimate), fmt.number)}</td>
                <td>
                  <span className={`level level-${level}`}>{t(`counter.level_${level}`)}</span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TitledSection>
  );
}
