/**
 * The facts behind an assistant answer (issue #16): fees and days from the service form, the
 * online link, opening hours, the visitor's own ticket, current waits, or where a service not
 * offered here is provided; each with the line saying where the fact came from.
 */
import { useTranslation } from 'react-i18next';
import type { AssistantAnswer } from '../../../shared/domain/assistant/contract.js';
import { useKiosk } from '../context.js';
import { askWaitLine, formatDayHours, formatNumber, weekdayName } from '../format.js';
import { counted } from '../../../shared/i18n/durations.js';

/** The catalogue's day of the week (0 = Sunday) as a date in its week: 1 January 2023 was a Sunday. */
function dayOfWeek(day: number): string {
  return `2023-01-0${day + 1}`;
}

export function AskFacts({ answer }: { answer: AssistantAnswer }) {
  const { t } = useTranslation();
  const { lang, language, digits } = useKiosk();
  const n = (x: number) => formatNumber(x, digits);
  // After "نحو" the counted noun is genitive and agrees with its number ("نحو ٥ دقائق", "نحو دقيقتين").
  const aboutMinutes = (x: number) => counted(t, 'minutes', x, n, 'genitive');
  if (!answer.facts && !answer.source) return null;
  const f = answer.facts ?? {};
  const ticket = f.ticket;
  return (
    <section className="ask-facts" data-testid="ask-facts" data-kind={answer.kind}>
      {f.elsewhere && (
        <>
          <h2>{t('ask.notOfferedTitle')}</h2>
          <p>
            {f.elsewhere.name[lang]} — {t('ask.notOfferedWhere', { where: f.elsewhere.where[lang] })}{' '}
            {/* An address is data, not words to translate: isolated so Arabic text does not reorder it. */}
            <bdi dir="ltr" translate="no">
              {f.elsewhere.url}
            </bdi>
          </p>
        </>
      )}
      {f.fees && (
        <>
          <h2>{t('ask.feesTitle')}</h2>
          <ul>
            {f.fees.map((fee) => (
              <li key={fee.label.en}>
                {fee.label[lang]}: {n(fee.amountAed)}
              </li>
            ))}
          </ul>
          {f.totalAed !== undefined && <p>{t('ask.feeTotal', { amount: n(f.totalAed) })}</p>}
        </>
      )}
      {answer.kind === 'duration' && f.expectedMinutes !== undefined && (
        <p>{t('ask.durationMinutes', { duration: aboutMinutes(f.expectedMinutes) })}</p>
      )}
      {f.processingDays !== undefined && (
        <p>
          {f.processingDays === 0
            ? t('ask.durationSameDay')
            : t('ask.durationDays', { days: n(f.processingDays) })}
        </p>
      )}
      {answer.kind === 'online' &&
        (f.onlineUrl ? (
          <p>
            {t('ask.onlineYes')} <span dir="ltr">{f.onlineUrl}</span>
          </p>
        ) : (
          <p>{t('ask.onlineNo')}</p>
        ))}
      {f.openingHours && (
        <>
          <h2>{t('ask.hoursTitle')}</h2>
          <ul>
            {f.openingHours.map((h, day) => (
              <li key={day}>
                {/* In the visitor's own language ("रविवार"), as the opening notice says them (issue #15). */}
                {weekdayName(dayOfWeek(day), language)}:{' '}
                {h ? <bdi>{formatDayHours(h, lang, digits, t)}</bdi> : t('ask.closed')}
              </li>
            ))}
          </ul>
        </>
      )}
      {ticket && (
        <p data-testid="ask-ticket">
          {ticket.state === 'need_number'
            ? t('ask.ticketNeedNumber')
            : ticket.state === 'waiting'
              ? t('ask.ticketWaiting', { number: ticket.number, ahead: n(ticket.ahead) })
              : ticket.state === 'called'
                ? t('ask.ticketCalled', { number: ticket.number, counter: ticket.counter })
                : ticket.state === 'done'
                  ? t('ask.ticketDone', { number: ticket.number })
                  : t('ask.ticketUnknown', { number: ticket.number })}
        </p>
      )}
      {f.waits && (
        <ul>
          {f.waits.map((w) => (
            <li key={w.queueId}>{askWaitLine(w.name[lang], w, digits, t)}</li>
          ))}
        </ul>
      )}
      {answer.source && <p className="ask-source">{t(`ask.source_${answer.source}`)}</p>}
    </section>
  );
}
