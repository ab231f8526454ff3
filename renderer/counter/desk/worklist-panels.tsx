/**
 * The worklist's panels: visits parked here (resume), visits sent to this counter or person
 * (call), and calling a ticket by its number when the citizen walks up directly.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorklistVisit } from '../../../shared/contract/http-responses.js';
import type { DigitSystem } from '../../../shared/i18n/numbers.js';
import { useFormat, type Formatters } from '../../common/numbers.js';
import type { Worklist } from '../staff-api.js';

export function WorklistPanels(props: {
  /** The centre's digits, from the live catalogue (issue #15: one setting for every app). */
  digits: DigitSystem | undefined;
  worklist: Worklist | null;
  busy: boolean;
  onResume: (v: WorklistVisit) => void;
  onCall: (visitId: string) => void;
  onWalkDirect: (ticket: string) => void;
}) {
  const { t } = useTranslation();
  const fmt = useFormat({ digits: props.digits });
  const [ticket, setTicket] = useState('');
  const w = props.worklist;
  const walkDirect = (e: FormEvent) => {
    e.preventDefault();
    props.onWalkDirect(ticket);
    setTicket('');
    // Hand the keyboard back to the shortcuts once the call is sent.
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
  };
  return (
    <>
      {w && (
        <>
          <VisitsPanel
            name="parked"
            visits={w.parked}
            fmt={fmt}
            busy={props.busy}
            action={t('counter.resume')}
            onPick={props.onResume}
          />
          <VisitsPanel
            name="assigned"
            visits={w.assigned}
            fmt={fmt}
            busy={props.busy}
            action={t('counter.callThis')}
            onPick={(v) => props.onCall(v.id)}
            showNotes
          />
        </>
      )}
      <form className="panel row" aria-labelledby="walk-title" onSubmit={walkDirect}>
        <h2 id="walk-title">{t('counter.walkDirect')}</h2>
        <label>
          {t('counter.ticketNumber')}
          <input
            name="walk-direct"
            value={ticket}
            onChange={(e) => setTicket(e.target.value)}
            autoComplete="off"
            dir="ltr"
          />
        </label>
        <button type="submit" disabled={props.busy || !ticket.trim()}>
          {t('counter.callThis')}
        </button>
      </form>
    </>
  );
}

/** A list of visits waiting for this counter, a button each; nothing while the list is empty. */
function VisitsPanel(props: {
  /** Names the panel's title (`counter.<name>`), heading id and test id. */
  name: 'parked' | 'assigned';
  visits: readonly WorklistVisit[];
  /** For the priorities' digits ("(60+)"); ticket numbers stay as issued. */
  fmt: Formatters;
  busy: boolean;
  action: string;
  onPick: (v: WorklistVisit) => void;
  showNotes?: boolean;
}) {
  const { t } = useTranslation();
  if (props.visits.length === 0) return null;
  return (
    <section className="panel" aria-labelledby={`${props.name}-title`}>
      <h2 id={`${props.name}-title`}>{t(`counter.${props.name}`)}</h2>
      <ul className="tickets" data-testid={`${props.name}-list`}>
        {props.visits.map((v) => (
          <li key={v.id}>
            <span className="ticket-small">{v.ticket}</span>
            {v.priority && (
              <span className="priority-badge small">{props.fmt.digits(t(`priority.${v.priority}`))}</span>
            )}
            {props.showNotes && v.note && <span className="note">{v.note}</span>}
            <button type="button" disabled={props.busy} onClick={() => props.onPick(v)}>
              {props.action} {v.ticket}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
