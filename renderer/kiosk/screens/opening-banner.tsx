/**
 * Open, closing soon or closed, with the next opening ("يفتح الأحد ٧:٣٠") and, when closed, what
 * the citizen can still do. Read from the same computation the hub refuses tickets by.
 */
import { useTranslation } from 'react-i18next';
import { Clock, Moon } from 'lucide-react';
import type { OpeningState } from '../../../shared/contract/opening.js';
import { localisedName } from '../../../shared/contract/catalogue-names.js';
import { closingSaid, openingSaid } from '../../../shared/domain/opening-state.js';
import type { VisitorLanguage } from '../../../shared/i18n/languages.js';
import { useKiosk } from '../context.js';
import { formatClosing, formatHhmm, weekdayName, type DigitStyle } from '../format.js';

/** "Opens tomorrow at 7:30" and the like, or null when the centre has no hours at all. */
export function nextOpeningText(
  opening: OpeningState,
  t: (key: string, values?: Record<string, string>) => string,
  lang: 'ar' | 'en',
  digits: DigitStyle,
  // The visitor's language, for the weekday's name: a Hindi sentence names the day in Hindi (#15).
  language: VisitorLanguage = lang,
): string | null {
  const next = opening.nextOpening;
  if (!next) return null;
  // 00:00 is said as midnight: "يفتح الليلة عند منتصف الليل", never "0:00" (openingSaid).
  const said = openingSaid(next);
  return t(`kiosk.${said.key}`, {
    day: weekdayName(next.day, language),
    time: formatHhmm(next.time, lang, digits),
  });
}

/** "The centre is open until 20:00", "… until midnight", "… around the clock". */
function openUntilText(
  opening: OpeningState,
  t: (key: string, values?: Record<string, string>) => string,
  lang: 'ar' | 'en',
  digits: DigitStyle,
): string {
  const said = closingSaid(opening);
  if (said?.kind === 'around-the-clock') return t('kiosk.openAroundTheClock');
  if (said?.kind === 'midnight') return t('kiosk.openUntilMidnight');
  return t('kiosk.openNow', { time: formatClosing(said?.time ?? '00:00', lang, digits, t) });
}

export function OpeningBanner() {
  const { t } = useTranslation();
  const { opening, lang, language, digits } = useKiosk();
  if (!opening) return null;
  if (opening.status === 'closed') {
    const next = nextOpeningText(opening, t, lang, digits, language);
    // A public holiday says which ("المركز مغلق اليوم: عيد الاتحاد"); a special day's own hours do not close it.
    const holiday = opening.specialDay && !opening.specialDay.hours ? opening.specialDay.reason : null;
    return (
      <section className="opening closed" data-testid="opening" data-status="closed" role="status">
        <Moon aria-hidden="true" className="opening-icon" />
        <div>
          <p className="opening-title">
            {holiday
              ? t('kiosk.closedToday', { reason: localisedName(holiday, language) })
              : t('kiosk.closedNow')}
          </p>
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
          ? t('kiosk.closingSoon', { time: formatHhmm(lastTicket, lang, digits) })
          : openUntilText(opening, t, lang, digits)}
      </p>
    </section>
  );
}
