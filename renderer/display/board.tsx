/**
 * The board's parts, each sized for a TV read from 5 m (display.css states the sizes): the latest
 * call, the earlier calls, and the waiting line of every queue, each row on one line.
 */
import { createContext, useContext, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { ClockAlert, DoorClosed, TicketX } from 'lucide-react';
import type { DeviceQueueView } from '../../shared/contract/views.js';
import type { OpeningState } from '../../shared/contract/opening.js';
import { localisedName } from '../../shared/contract/catalogue-names.js';
import { openingSaid } from '../../shared/domain/opening-state.js';
import { waitShown } from '../../shared/domain/wait-shown.js';
import { TEXT_DIRECTION } from '../../shared/i18n/index.js';
import { formatTimeOfDay, type DigitSystem } from '../../shared/i18n/numbers.js';
import { languageInfo, type StaffLanguage, type VisitorLanguage } from '../../shared/i18n/languages.js';
import { Ltr } from '../common/bdi.js';
import type { Formatters } from '../common/numbers.js';
import type { BoardCall } from './board-calls.js';

/** The screen's languages in order (the first leads, the second follows smaller beside it). */
export const LanguagesContext = createContext<readonly StaffLanguage[]>(['ar', 'en']);

/** A label in every language of the screen, each marked with its own lang and direction. */
export function Both(props: { k: string; vars?: Record<string, unknown> }) {
  const { i18n } = useTranslation();
  const languages = useContext(LanguagesContext);
  return (
    <>
      {languages.map((l, i) => (
        <span key={l} lang={l} dir={TEXT_DIRECTION[l]} className={i === 0 ? 'first' : 'second'}>
          {(i18n.getFixedT(l) as TFunction)(props.k, props.vars)}
        </span>
      ))}
    </>
  );
}

/** A name the catalogue gives in both languages, in the screen's order. */
function Names(props: { name: Record<StaffLanguage, string> }) {
  const languages = useContext(LanguagesContext);
  return (
    <>
      {languages.map((l, i) => (
        <span key={l} lang={l} dir={TEXT_DIRECTION[l]} className={i === 0 ? 'first' : 'second'}>
          {props.name[l]}
        </span>
      ))}
    </>
  );
}

/** Text for screen readers only (the board's arrows speak for themselves to the eye). */
function ReaderOnly({ children }: { children: ReactNode }) {
  return <span className="visually-hidden">{children}</span>;
}

/** The arrow from the ticket to the counter as a language reads: "التذكرة ← الكاونتر", "Ticket → Counter". */
export function arrowFor(lang: StaffLanguage): string {
  return TEXT_DIRECTION[lang] === 'rtl' ? '←' : '→';
}

/** The call written in the visitor's own language, when the screen's languages are not theirs (#19). */
export interface VisitorLine {
  lang: VisitorLanguage;
  text: string;
}

export function LatestCall(props: {
  call: BoardCall | undefined;
  emphasis: boolean;
  arrow: string;
  visitorLine: VisitorLine | null;
  /** The opening state when the centre is closed (null while open): said in place of "no calls yet". */
  closed: OpeningState | null;
  digits: DigitSystem;
}) {
  const { call, visitorLine } = props;
  return (
    <section className="latest" aria-labelledby="latest-title" aria-live="polite">
      <div
        className={`call${call ? ' newest' : ' none'}${props.emphasis ? ' emphasis' : ''}`}
        data-testid={call ? 'latest-call' : undefined}
        data-ticket={call?.ticket}
      >
        <h2 id="latest-title">
          <Both k="display.latestCall" />
        </h2>
        {call ? (
          <>
            <p className="ticket">
              <Ltr>{call.ticket}</Ltr>
            </p>
            <p className="arrow" aria-hidden="true">
              {props.arrow}
            </p>
            <p className="to-counter">
              <span className="counter-word">
                <Both k="display.counter" />
              </span>
              <strong className="counter-number">
                <Ltr>{call.counterLabel}</Ltr>
              </strong>
            </p>
            {/* In the visitor's script, font and direction; nothing about the person, only the call. */}
            {visitorLine && (
              <p
                className="visitor-line"
                data-testid="visitor-line"
                lang={visitorLine.lang}
                dir={languageInfo(visitorLine.lang).direction}
                style={{ fontFamily: languageInfo(visitorLine.lang).fontFamily }}
              >
                {visitorLine.text}
              </p>
            )}
            {/* Over the box's edge, out of the flow: a recall never moves or shrinks the call. */}
            {call.recall && (
              <p className="recall-badge">
                <Both k="display.recall" />
              </p>
            )}
          </>
        ) : props.closed ? (
          <ClosedNotice opening={props.closed} digits={props.digits} />
        ) : (
          <p className="empty">
            <Both k="display.noCalls" />
          </p>
        )}
      </div>
    </section>
  );
}

/**
 * "مغلق · يفتح الأحد ٧:٣٠ ص" / "Closed · opens Sunday 7:30", a line per language at the call's title
 * size (issue #15: after closing the board said "No calls yet" while the kiosk and the phone said
 * closed). The next opening is said as the kiosk says it (openingSaid: 00:00 is midnight).
 */
function ClosedNotice(props: { opening: OpeningState; digits: DigitSystem }) {
  const { i18n } = useTranslation();
  const languages = useContext(LanguagesContext);
  const { opening } = props;
  const holiday = opening.specialDay && !opening.specialDay.hours ? opening.specialDay.reason : null;
  const next = opening.nextOpening;
  const lineIn = (l: StaffLanguage): string => {
    const t = i18n.getFixedT(l) as TFunction;
    const closed = holiday
      ? t('display.closedToday', { reason: localisedName(holiday, l) })
      : t('display.closed');
    if (!next) return closed;
    const said = openingSaid(next);
    const day = new Intl.DateTimeFormat(l === 'ar' ? 'ar' : 'en-GB', {
      weekday: 'long',
      timeZone: 'UTC',
    }).format(new Date(`${next.day}T12:00:00Z`));
    // Written as the kiosk, the phone and the slip write it (formatTimeOfDay: "7:30 ص" / "7:30").
    const time = 'time' in said ? formatTimeOfDay(said.time, { lang: l, digits: props.digits }) : '';
    return `${closed} · ${t(`display.${said.key}`, { day, time })}`;
  };
  return (
    <p className="empty closed" data-testid="board-closed">
      {languages.map((l, i) => (
        <span key={l} lang={l} dir={TEXT_DIRECTION[l]} className={i === 0 ? 'first' : 'second'}>
          {lineIn(l)}
        </span>
      ))}
    </p>
  );
}

/**
 * The earlier calls, "A006 ← 2" a line, under one legend in every language of the screen: "التذكرة ←
 * الكاونتر" / "Ticket → Counter", each line in its own language's direction with its own arrow, so the
 * bare number reads as a counter (issue #15: "5 ← C001" said nothing of what 5 is). Laid out in the
 * board's direction, the second language's line read backwards ("Counter ← Ticket" on an Arabic-first
 * board). The rows run as the first language reads; in every line and row the arrow points from the
 * ticket to the counter.
 * The word stays out of the rows: ten calls in two columns beside the waiting table leave each row
 * about 360 px of a 1920 px screen, and "الكاونتر" or "Counter" at the 48 px minimum takes 140–180 of
 * the 80 px a row has spare.
 */
export function EarlierCalls(props: { calls: BoardCall[]; arrow: string }) {
  const { t } = useTranslation();
  const languages = useContext(LanguagesContext);
  const twoColumns = props.calls.length > 5;
  return (
    <section className="history" aria-labelledby="history-title">
      <h2 id="history-title">
        <Both k="display.history" />
      </h2>
      {/* Before the second call of the day the list is empty: say so, or the heading stands over nothing. */}
      {props.calls.length === 0 ? (
        <p className="empty" data-testid="no-earlier-calls">
          <Both k="display.noEarlierCalls" />
        </p>
      ) : (
        <>
          <p className="legend" data-testid="history-legend" aria-hidden="true">
            {languages.map((l, i) => (
              <LegendLine key={l} lang={l} className={i === 0 ? 'first' : 'second'} />
            ))}
          </p>
          {/*
            Newest first, down the first column and on down the second; past five the columns share
            the rows evenly (six is three and three): five and one left one call alone at the top of
            the second column, where it read as the newest.
          */}
          <ol
            data-testid="call-history"
            dir={TEXT_DIRECTION[languages[0] ?? 'ar']}
            className={twoColumns ? 'two-columns' : undefined}
            style={
              twoColumns
                ? { gridTemplateRows: `repeat(${Math.ceil(props.calls.length / 2)}, auto)` }
                : undefined
            }
          >
            {props.calls.map((c) => (
              <li key={`${c.ticket}-${c.at}`} data-ticket={c.ticket}>
                <span className="ticket">
                  <Ltr>{c.ticket}</Ltr>
                </span>
                <span className="arrow" aria-hidden="true">
                  {props.arrow}
                </span>
                <ReaderOnly>{t('display.counter')}</ReaderOnly>
                <span className="counter-number">
                  <Ltr>{c.counterLabel}</Ltr>
                </span>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

function LegendLine(props: { lang: StaffLanguage; className: string }) {
  const { i18n } = useTranslation();
  const t = i18n.getFixedT(props.lang) as TFunction;
  return (
    <span className={props.className} lang={props.lang} dir={TEXT_DIRECTION[props.lang]}>
      <span className="legend-ticket">{t('display.ticket')}</span>
      <span className="arrow">{arrowFor(props.lang)}</span>
      <span className="legend-counter">{t('display.counter')}</span>
    </span>
  );
}

/** The minutes of a queue while the centre is closed (the call's box says why). */
const CLOSED_MINUTES = '—';

/**
 * The minutes column of a queue's row: the figure every screen shows for the queue
 * (shared/domain/wait-shown.ts), the wait for a ticket taken now.
 *
 * The board shows the range, the kiosk's own figure (p10–p90), not a single "about" figure: a person
 * reading it from 5 m decides whether to take a ticket or come back, then reads the same numbers on
 * the kiosk's screen and slip. A single p50 ("51") beside the kiosk's "13–89" read as two answers to
 * one question, and half of all waits are longer than p50. Bare numbers in a left-to-right isolate
 * ("13–89", low first on every screen): the cell is read in both languages at once, and the heading
 * carries the unit. The heading stays "الدقائق / Minutes", not the other apps' "wait for a ticket taken
 * now": at 48 px that sentence takes two more lines in both languages, and with a visitor's line under
 * the call a 1920×1080 board has no room for them (tests/e2e/display-languages.spec.ts); being the
 * kiosk's own numbers, the board's cannot contradict it. With nobody waiting the figure stays (a
 * newcomer still waits for a counter to free up, as the kiosk says); with no counter open there is
 * none, and under a minute "<1".
 *
 * With no counter open the cell shows a closed door (issue #15: a bare "—" said nothing), and the
 * words say what it means in both languages: the column's heading when no queue has a counter, else a
 * line under the table. The words themselves do not fit the cell: "No
 * counter open" beside "لا كاونتر مفتوح" at 48 px takes about 420 px of the column's 250–300, and a
 * second line per row takes the height a 1920×1080 board does not have with ten earlier calls.
 *
 * When a ticket taken now would still wait at closing time, a clock mark takes the minutes' place,
 * said in words the same way (passesClosing below).
 *
 * When the queue's last walk-in ticket of the day has gone (its `lastTicketMinutesBeforeClose`, the
 * rule by which the kiosk and /join/ refuse it: shared/domain/opening-state.ts), no ticket can be
 * taken now, so there is no wait to show: a crossed-out ticket takes the minutes' place, said in
 * words the same way, before any other mark (a missing counter or a late wait no longer matter to a
 * newcomer who cannot join). The people already waiting are still counted.
 */
function MinutesCell(props: {
  queue: DeviceQueueView;
  fmt: Formatters;
  closed: boolean;
  lastTicketPassed: boolean;
}) {
  const { t } = useTranslation();
  const shown = waitShown(props.queue.estimate);
  if (props.lastTicketPassed)
    return (
      <td className="number" data-testid="wait-now" data-wait="last-ticket-passed">
        <TicketX className="last-ticket-mark" aria-hidden="true" />
        <ReaderOnly>{t('display.lastTicketPassed')}</ReaderOnly>
      </td>
    );
  if (passesClosing(props.queue, props.closed))
    return (
      <td className="number" data-testid="wait-now" data-wait="past-closing">
        <ClockAlert className="past-closing-mark" aria-hidden="true" />
        <ReaderOnly>{t('display.pastClosing')}</ReaderOnly>
      </td>
    );
  if (shown.kind === 'none')
    return (
      <td className="number" data-testid="wait-now" data-wait="none">
        {/* Closed, the call's box says so and when it opens: a dash, not a door in every row. */}
        {props.closed ? (
          <span aria-hidden="true">{CLOSED_MINUTES}</span>
        ) : (
          <DoorClosed className="no-counter-mark" aria-hidden="true" />
        )}
        <ReaderOnly>{t('units.waitNoCounter')}</ReaderOnly>
      </td>
    );
  if (shown.kind === 'soon')
    return (
      <td className="number" data-testid="wait-now" data-wait="soon">
        <span aria-hidden="true">
          <Ltr>{`<${props.fmt.number(1)}`}</Ltr>
        </span>
        <ReaderOnly>{t('units.waitSoon')}</ReaderOnly>
      </td>
    );
  const { low, high } = shown;
  return (
    <td className="number" data-testid="wait-now" data-wait={`${low}-${high}`}>
      <Ltr>
        {low === high ? props.fmt.number(high) : `${props.fmt.number(low)}–${props.fmt.number(high)}`}
      </Ltr>
    </td>
  );
}

/**
 * A ticket taken now for the queue would, by the hub's median estimate, still be waiting at closing
 * time (issue #15: at 23:50 with the centre closing at midnight the board showed "80–322" while the
 * kiosk beside it warned that the turn may not come before closing). Minutes past closing promise a
 * wait the centre will not serve, so the row shows a clock mark instead, said in words as the closed
 * door is (too wide for the cell in two languages). With no counter open the door says more; closed,
 * the call's box says so.
 */
function passesClosing(queue: DeviceQueueView, closed: boolean): boolean {
  return !closed && queue.estimate.pastClosing && waitShown(queue.estimate).kind !== 'none';
}

export function WaitingByQueue(props: {
  queues: DeviceQueueView[];
  fmt: Formatters;
  closed: boolean;
  /** The queues past their last walk-in ticket of the day (never all of them: the centre is closed then). */
  lastTicketPassed: ReadonlySet<string>;
}) {
  // Closed, the call's box says so for every queue; a queue past its last ticket shows only that mark.
  const ended = (q: DeviceQueueView) => !props.closed && props.lastTicketPassed.has(q.queueId);
  const lastTicketPassed = props.queues.filter(ended).length;
  const none = props.queues.filter((q) => !ended(q) && waitShown(q.estimate).kind === 'none').length;
  const pastClosing = props.queues.filter((q) => !ended(q) && passesClosing(q, props.closed)).length;
  // No queue has a counter (before the first opens, all on break; with the demo's profiles, which
  // all reach every queue, the only way there is none): the column's heading says so, each row shows
  // the door, and no line is added (a 1920×1080 board with ten earlier calls has none to spare).
  const allNone = !props.closed && none > 0 && none === props.queues.length;
  // Likewise when every row has the closing mark: the heading says "بعد الإغلاق" / "After closing".
  // A row past its last ticket keeps the heading "minutes" (its line says what its mark means): the
  // short heading's English wraps in the narrow column, a line a landscape board has not to spare.
  const allPastClosing = pastClosing > 0 && pastClosing === props.queues.length;
  const heading = allNone
    ? 'display.noCounterShort'
    : allPastClosing
      ? 'display.pastClosingShort'
      : 'display.estimateMinutes';
  return (
    <section className="waiting" aria-labelledby="waiting-title">
      <h2 id="waiting-title">
        <Both k="display.waitingCounts" />
      </h2>
      <table>
        <thead>
          <tr>
            <th scope="col" className="queue">
              <Both k="display.queue" />
            </th>
            <th scope="col" className="number">
              <Both k="display.people" />
            </th>
            <th scope="col" className="number" data-testid="minutes-heading">
              <Both k={heading} />
            </th>
          </tr>
        </thead>
        <tbody>
          {props.queues.map((q) => (
            <tr key={q.queueId} data-testid={`waiting-${q.queueId}`}>
              <th scope="row" className="queue">
                <span className="prefix">
                  <Ltr>{q.prefix}</Ltr>
                </span>
                <Names name={q.name} />
              </th>
              <td className="number">{props.fmt.number(q.waiting)}</td>
              <MinutesCell queue={q} fmt={props.fmt} closed={props.closed} lastTicketPassed={ended(q)} />
            </tr>
          ))}
        </tbody>
      </table>
      {!props.closed && !allNone && none > 0 && (
        <p className="no-counter-key" data-testid="no-counter-key" aria-hidden="true">
          <DoorClosed className="no-counter-mark" />
          <Both k="display.noCounter" />
        </p>
      )}
      {!allPastClosing && pastClosing > 0 && (
        <p className="no-counter-key past-closing-key" data-testid="past-closing-key" aria-hidden="true">
          <ClockAlert className="past-closing-mark" />
          <Both k="display.pastClosing" />
        </p>
      )}
      {lastTicketPassed > 0 && (
        <p className="no-counter-key last-ticket-key" data-testid="last-ticket-key" aria-hidden="true">
          <TicketX className="last-ticket-mark" />
          <Both k="display.lastTicketPassed" />
        </p>
      )}
    </section>
  );
}
