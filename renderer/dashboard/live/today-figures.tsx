/**
 * The columns the live tables share, per agency and per queue: who waits now and for how long, then
 * the day's figures. Heads and cells live together so their order cannot drift apart.
 */
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { TodayFigures } from '../../../shared/contract/manager.js';
import { counted } from '../../../shared/i18n/durations.js';
import type { Formatters } from '../../common/numbers.js';
import { SlBadge } from './sl-badge.js';

export function waitingNowHeads(t: TFunction): string[] {
  return [t('dashboard.waitingNow'), t('dashboard.longestWait')];
}

export function WaitingNowCells({
  line,
  fmt,
}: {
  line: { waiting: number; longestWaitMinutes: number };
  fmt: Formatters;
}) {
  const { t } = useTranslation();
  return (
    <>
      <td data-col="waiting">{fmt.number(line.waiting)}</td>
      <td>{counted(t, 'minutes', line.longestWaitMinutes, fmt.number)}</td>
    </>
  );
}

export function todayFigureHeads(t: TFunction): string[] {
  return [
    t('dashboard.servedToday'),
    t('dashboard.noShows'),
    t('dashboard.abandoned'),
    t('dashboard.serviceLevel'),
  ];
}

/** Noughts and no service level while the hub has no figures for the row yet. */
export function TodayFigureCells({ figures, fmt }: { figures: TodayFigures | undefined; fmt: Formatters }) {
  return (
    <>
      <td data-col="served">{fmt.number(figures?.served ?? 0)}</td>
      <td>{fmt.number(figures?.noShows ?? 0)}</td>
      <td>{fmt.number(figures?.abandoned ?? 0)}</td>
      <td>{figures && <SlBadge state={figures.state} share={figures.serviceLevel} fmt={fmt} />}</td>
    </>
  );
}
