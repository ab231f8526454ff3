/**
 * The worklist's panels: visits parked here (resume), visits sent to this counter or person
 * (call), and calling a ticket by its number when the citizen walks up directly.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Visit } from '../../../shared/contract/visit.js';
import type { Worklist } from '../staff-api.js';

export function WorklistPanels(props: {
  worklist: Worklist | null;
  busy: boolean;
  onResume: (v: Visit) => void;
  onCall: (visitId: string) => void;
  onWalkDirect: (ticket: string) => void;
}) {
  const { t } = useTranslation();
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
      {w && w.parked.length > 0 && (
        <section className="panel" aria-labelledby="parked-title">
          <h2 id="parked-title">{t('counter.parked')}</h2>
          <ul className="tickets" data-testid="parked-list">
            {w.parked.map((v) => (
              <li key={v.id}>
                <span className="ticket-small">{v.ticket}</span>
                {v.priority && <span className="priority-badge small">{t(`priority.${v.priority}`)}</span>}
                <button type="button" disabled={props.busy} onClick={() => props.onResume(v)}>
                  {t('counter.resume')} {v.ticket}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {w && w.assigned.length > 0 && (
        <section className="panel" aria-labelledby="assigned-title">
          <h2 id="assigned-title">{t('counter.assigned')}</h2>
          <ul className="tickets" data-testid="assigned-list">
            {w.assigned.map((v) => (
              <li key={v.id}>
                <span className="ticket-small">{v.ticket}</span>
                {v.priority && <span className="priority-badge small">{t(`priority.${v.priority}`)}</span>}
                {v.note && <span className="note">{v.note}</span>}
                <button type="button" disabled={props.busy} onClick={() => props.onCall(v.id)}>
                  {t('counter.callThis')} {v.ticket}
                </button>
              </li>
            ))}
          </ul>
        </section>
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
