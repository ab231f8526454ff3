/**
 * /join/ when the centre does not take walk-ins (issue #15, "Open, closing, closed"): the page asks
 * the hub's public opening state (GET /api/v1/public/opening, shared/domain/opening-state.ts) and
 * says plainly that the centre is closed and when it opens next, or that the chosen service's last
 * ticket has passed, instead of sending a code the hub would then refuse.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isVisitorLanguage, staffLanguageFor } from '../../shared/i18n/languages.js';
import type { Catalogue } from '../../shared/contract/catalogue.js';
import { localisedName } from '../../shared/contract/catalogue-names.js';
import { OpeningState, type NextOpening } from '../../shared/contract/opening.js';
import { openingSaid, queueOpening } from '../../shared/domain/opening-state.js';
import { formatTimeOfDay } from '../../shared/i18n/numbers.js';
import { weekdayIn } from '../../shared/i18n/weekdays.js';
import { pageDigits } from '../common/numbers.js';
import { getJson } from '../common/phone-api.js';

const OPENING_PATH = '/api/v1/public/opening';
/** The state changes at opening and closing times: a page left open picks that up within a minute. */
const REFRESH_MS = 60_000;

/** The hub's opening state, or null until known (or when the hub cannot say: the page works as before). */
export function useOpening(): OpeningState | null {
  const [opening, setOpening] = useState<OpeningState | null>(null);
  useEffect(() => {
    let live = true;
    const load = () =>
      void getJson(OPENING_PATH, OpeningState).then((r) => {
        if (live && r.ok) setOpening(r.data);
      });
    load();
    const timer = setInterval(load, REFRESH_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, []);
  return opening;
}

/** Why a ticket for this service cannot be had now, or null when it can (or the hub has not said). */
export function joinRefusal(
  opening: OpeningState | null,
  catalogue: Catalogue | null,
  serviceId: string,
): 'centre_closed' | 'last_ticket_passed' | 'queue_closed' | null {
  if (!opening) return null;
  if (opening.status === 'closed' && opening.queues.every((q) => q.refusal === 'centre_closed'))
    return 'centre_closed';
  const queueId = catalogue?.services.find((s) => s.id === serviceId)?.queueId;
  return queueId ? (queueOpening(opening, queueId)?.refusal ?? null) : null;
}

/**
 * "يفتح الأحد 7:30 ص" / "It opens on Sunday at 07:30", or at midnight, in the page's language and
 * digits (the sentence is chosen by openingSaid, as on the kiosk).
 */
/**
 * The page's number and time style: Arabic in the centre's digits; another visitor language writes
 * numbers and times as English does (Latin digits, 24-hour): not «ص» (#19).
 */
export function pageNumberStyle(language: string) {
  const lang = isVisitorLanguage(language) ? staffLanguageFor(language) : 'ar';
  return { lang, digits: pageDigits() } as const;
}

function NextOpeningText({ next }: { next: NextOpening }) {
  const { t, i18n } = useTranslation();
  const style = pageNumberStyle(i18n.language);
  // The time as every app and the slip write it; the day's name in the page's own language (#15).
  const time = formatTimeOfDay(next.time, style);
  const day = weekdayIn(next.day, isVisitorLanguage(i18n.language) ? i18n.language : 'ar');
  // 00:00 is said as midnight, as the kiosk says it (never "12:00 ص").
  const said = openingSaid(next);
  return <>{t(`join.${said.key}`, { day, time })}</>;
}

/** The closed-centre notice (whole page) or a word under the chosen service; nothing when open. */
export function OpeningNotice(props: {
  opening: OpeningState | null;
  catalogue: Catalogue | null;
  serviceId: string;
}) {
  const { t, i18n } = useTranslation();
  const { opening, catalogue, serviceId } = props;
  const refusal = joinRefusal(opening, catalogue, serviceId);
  const service = catalogue?.services.find((s) => s.id === serviceId);
  const queue = service && opening ? queueOpening(opening, service.queueId) : undefined;
  const online = service?.onlineUrl ? (
    <a className="online" href={service.onlineUrl}>
      {t('join.onlineInstead')}
    </a>
  ) : null;
  // A public holiday says which; a special day with its own hours does not close the centre.
  const holiday = opening?.specialDay && !opening.specialDay.hours ? opening.specialDay.reason : null;
  if (refusal === 'centre_closed' && opening)
    return (
      <section className="closed" role="status" data-testid="centre-closed">
        <h2>
          {holiday
            ? t('join.closedToday', {
                reason: localisedName(holiday, isVisitorLanguage(i18n.language) ? i18n.language : 'ar'),
              })
            : t('join.closedNow')}
        </h2>
        {opening.nextOpening && (
          <p data-testid="next-opening">
            <NextOpeningText next={opening.nextOpening} />
          </p>
        )}
        <p>{t('join.closedExplain')}</p>
      </section>
    );
  if (refusal === 'last_ticket_passed' && queue?.lastTicketTime)
    return (
      <p className="field-error" role="alert" data-testid="last-ticket-passed">
        {t('join.lastTicketPassed', {
          time: formatTimeOfDay(queue.lastTicketTime, pageNumberStyle(i18n.language)),
        })}{' '}
        {online}
      </p>
    );
  if (refusal === 'queue_closed')
    return (
      <p className="field-error" role="alert">
        {t('errors.queue_closed')} {online}
      </p>
    );
  if (queue?.estimatePassesClosing)
    return (
      <p className="hint" role="status" data-testid="passes-closing" lang={i18n.language}>
        {t('join.passesClosing')} {online}
      </p>
    );
  return null;
}
