/**
 * Break, back to available, and closing the counter. The break reason and, with a ticket in hand,
 * what becomes of it are asked in a dialog over the desk, like transfer and complete
 * (form-parts.tsx): opened inline they appeared small at the top of the column, pushing the ticket
 * in hand down, with nothing to say the desk was waiting for an answer (issue #15). Break and close
 * treat the ticket in hand alike, as the hub does: one being served ends with the outcome chosen
 * here; one only called goes back to the queue, so there is no outcome to choose and "Done" is not
 * offered for a visit that never started. Without this the break dialog sent no outcome and the
 * hub's refusal appeared behind the dialog.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VisitStatus } from '../../../shared/contract/visit.js';
import { ChoiceField, OUTCOME_CODES, PanelForm, useOutcomeChoices } from '../form-parts.js';
import type { DeskForm } from './types.js';

/** The reason recorded when a ticket only called goes back to the queue as the counter breaks or closes. */
export const RETURNED_TO_QUEUE = 'returned_to_queue';

export interface TicketInHand {
  ticket: string;
  status: VisitStatus;
}

/** The outcome to send for the ticket in hand: the one chosen while serving, else "returned to the queue". */
export function leavingOutcome(inHand: TicketInHand | null, chosen: string): string | null {
  if (!inHand) return null;
  return inHand.status === 'called' ? RETURNED_TO_QUEUE : chosen;
}

export function StatusControls(props: {
  form: DeskForm;
  status: 'available' | 'break' | 'closed';
  inHand: TicketInHand | null;
  onBreakForm: () => void;
  onCloseForm: () => void;
  onBreak: (reason: string, outcome: string | null) => void;
  onAvailable: () => void;
  onClose: (outcome: string | null) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [outcome, setOutcome] = useState<string>(OUTCOME_CODES[0]);
  const { inHand } = props;
  return (
    <section className="panel status-controls" aria-label={t('counter.statusLabel')}>
      <div className="row">
        {props.status === 'break' ? (
          <button type="button" onClick={props.onAvailable}>
            {t('counter.backAvailable')}
          </button>
        ) : (
          <button type="button" onClick={props.onBreakForm}>
            {t('counter.takeBreak')}
          </button>
        )}
        <button type="button" onClick={() => (inHand ? props.onCloseForm() : props.onClose(null))}>
          {t('counter.closeCounter')}
        </button>
      </div>
      {props.form === 'break' && (
        <PanelForm
          name="break"
          title={t('counter.takeBreak')}
          submit={t('counter.takeBreak')}
          onSubmit={() => props.onBreak(reason.trim(), leavingOutcome(inHand, outcome))}
          onCancel={props.onCancel}
        >
          <label>
            {t('counter.breakReason')}
            <input
              name="break-reason"
              maxLength={80}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
          </label>
          {inHand && (
            <TicketInHandFate leaving="break" inHand={inHand} outcome={outcome} onOutcome={setOutcome} />
          )}
        </PanelForm>
      )}
      {props.form === 'close' && inHand && (
        <PanelForm
          name="close"
          title={t('counter.closeCounter')}
          submit={t('counter.closeCounter')}
          danger
          onSubmit={() => props.onClose(leavingOutcome(inHand, outcome))}
          onCancel={props.onCancel}
        >
          <TicketInHandFate leaving="close" inHand={inHand} outcome={outcome} onOutcome={setOutcome} />
        </PanelForm>
      )}
    </section>
  );
}

/** What happens to the ticket in hand as the counter breaks or closes, said for its state. */
function TicketInHandFate(props: {
  leaving: 'break' | 'close';
  inHand: TicketInHand;
  outcome: string;
  onOutcome: (outcome: string) => void;
}) {
  const { t } = useTranslation();
  const outcomes = useOutcomeChoices();
  const { ticket } = props.inHand;
  if (props.inHand.status === 'called')
    return <p data-testid="in-hand-fate">{t('counter.calledGoesBack', { ticket })}</p>;
  return (
    <>
      <p data-testid="in-hand-fate">
        {t(props.leaving === 'close' ? 'counter.closeWithVisit' : 'counter.breakWithVisit', { ticket })}
      </p>
      <ChoiceField
        caption={t('counter.outcome')}
        name={`${props.leaving}-outcome`}
        value={props.outcome}
        choices={outcomes}
        onChange={props.onOutcome}
      />
    </>
  );
}
