/**
 * The board's parts, each sized for a TV read from 5 m (display.css states the sizes): the latest
 * call, the earlier calls, and the waiting line of every queue, each row on one line.
 */
import { createContext, useContext, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { DeviceQueueView } from '../../shared/contract/views.js';
import { TEXT_DIRECTION } from '../../shared/i18n/index.js';
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
  return <span className="sr-only">{children}</span>;
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
        ) : (
          <p className="empty">
            <Both k="display.noCalls" />
          </p>
        )}
      </div>
    </section>
  );
}

export function EarlierCalls(props: { calls: BoardCall[]; arrow: string }) {
  const { t } = useTranslation();
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
        <ol data-testid="call-history" className={props.calls.length > 5 ? 'two-columns' : undefined}>
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
      )}
    </section>
  );
}

/** Shown where the board has no minutes to give: big enough to read as "none" from 5 m. */
const NO_MINUTES = '—';

/**
 * The minutes column of a queue's row. The hub's estimate is a newcomer's (when a ticket taken now
 * would be called: the kiosk and /join/ promise it, and it is above zero while the counters are
 * busy), but the board's column reads as the wait of the line in the hall: with nobody in it there
 * is none, and "0 waiting · 41 minutes" reads as a broken board. With no open counter serving the
 * queue there is no honest estimate either.
 */
function MinutesCell(props: { queue: DeviceQueueView; fmt: Formatters }) {
  const { t } = useTranslation();
  const { queue: q } = props;
  if (q.waiting === 0)
    return (
      <td className="number" data-testid="no-wait">
        <span aria-hidden="true">{NO_MINUTES}</span>
        <ReaderOnly>{t('display.nobodyWaiting')}</ReaderOnly>
      </td>
    );
  if (q.estimate.counters === 0) return <td className="number">{NO_MINUTES}</td>;
  return <td className="number">{props.fmt.number(Math.round(q.estimate.p50Minutes))}</td>;
}

export function WaitingByQueue(props: { queues: DeviceQueueView[]; fmt: Formatters }) {
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
            <th scope="col" className="number">
              <Both k="display.estimateMinutes" />
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
              <MinutesCell queue={q} fmt={props.fmt} />
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
