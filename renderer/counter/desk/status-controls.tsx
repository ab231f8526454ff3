/** Break, back to available, and closing the counter (asking the outcome when a visit is still in hand). */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ChoiceField, OUTCOME_CODES, SubmitOrCancel, useOutcomeChoices } from '../form-parts.js';
import type { DeskForm } from './types.js';

export function StatusControls(props: {
  form: DeskForm;
  status: 'available' | 'break' | 'closed';
  inHandTicket: string | null;
  onBreakForm: () => void;
  onCloseForm: () => void;
  onBreak: (reason: string) => void;
  onAvailable: () => void;
  onClose: (outcome: string | null) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [outcome, setOutcome] = useState<string>(OUTCOME_CODES[0]);
  const outcomes = useOutcomeChoices();
  const submitBreak = (e: FormEvent) => {
    e.preventDefault();
    props.onBreak(reason.trim());
  };
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
        <button
          type="button"
          onClick={() => (props.inHandTicket ? props.onCloseForm() : props.onClose(null))}
        >
          {t('counter.closeCounter')}
        </button>
      </div>
      {props.form === 'break' && (
        <form className="row" onSubmit={submitBreak}>
          <label>
            {t('counter.breakReason')}
            <input
              name="break-reason"
              maxLength={80}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
          </label>
          <SubmitOrCancel submit={t('counter.takeBreak')} onCancel={props.onCancel} />
        </form>
      )}
      {props.form === 'close' && props.inHandTicket && (
        <form
          className="row"
          onSubmit={(e) => {
            e.preventDefault();
            props.onClose(outcome);
          }}
        >
          <p>{t('counter.closeWithVisit', { ticket: props.inHandTicket })}</p>
          <ChoiceField
            caption={t('counter.outcome')}
            name="close-outcome"
            value={outcome}
            choices={outcomes}
            onChange={setOutcome}
          />
          <SubmitOrCancel submit={t('counter.closeCounter')} className="danger" onCancel={props.onCancel} />
        </form>
      )}
    </section>
  );
}
