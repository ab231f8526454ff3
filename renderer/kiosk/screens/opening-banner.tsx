/**
 * Open, closing soon or closed, with the next opening ("يفتح الأحد ٧:٣٠") and, when closed, what
 * the citizen can still do. Read from the same computation the hub refuses tickets by.
 */
import { useTranslation } from 'react-i18next';
import { Clock, Moon } from 'lucide-react';
import type { OpeningState } from '../../../shared/contract/opening.js';
import { useKiosk } from '../context.js';
import { formatHhmm, weekdayName, type DigitStyle } from '../format.js';

/** "Opens tomorrow at 7:30" and the like, or null when the centre has no hours at all. */
export function nextOpeningText(
  opening: OpeningState,
  t: (key: string, values?: Record<string, string>) => string,
  lang: 'ar' | 'en',
  digits: DigitStyle,
): string | null {
  const next = opening.nextOpening;
  if (!next) return null;
  const time = formatHhmm(next.time, digits);
  if (next.inDays === 0) return t('kiosk.opensToday', { time });
  if (next.inDays === 1) return t('kiosk.opensTomorrow', { time });
  return t('kiosk.opensOn', { day: weekdayName(next.day, lang), time });
}

export function OpeningBanner() {
  const { t } = useTranslation();
  const { opening, lang, digits } = useKiosk();
  if (!opening) return null;
  if (opening.status === 'closed') {
    const next = nextOpeningText(opening, t, lang, digits);
    return (
      <section className="opening closed" data-testid="opening" data-status="closed" role="status">
        <Moon aria-hidden="true" className="opening-icon" />
        <div>
          <p className="opening-title">{t('kiosk.closedNow')}</p>
          {next && <p className="opening-next">{next}</p>}
          <p>{t('kiosk.closedOnline')}</p>
          <p>{t('kiosk.closedStill')}</p>
        </div>
      </section>
    );
  }
  const lastTicket = opening.queues
    .map((q) => q.lastTicketTime)
    .filter((x): x is string => x !== null)
    .sort()[0];
  return (
    <section className={`opening ${opening.status}`} data-testid="opening" data-status={opening.status}>
      <Clock aria-hidden="true" className="opening-icon" />
      <p className="opening-title">
        {opening.status === 'closing-soon' && lastTicket
          ? t('kiosk.closingSoon', { time: formatHhmm(lastTicket, digits) })
          : t('kiosk.openNow', { time: formatHhmm(opening.today?.close ?? '00:00', digits) })}
      </p>
    </section>
  );
}
