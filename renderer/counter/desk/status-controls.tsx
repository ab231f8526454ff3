/**
 * Break, back to available, and closing the counter (asking the outcome when a visit is still in
 * hand). The break reason and the outcome are asked in a dialog over the desk, like transfer and
 * complete (form-parts.tsx): opened inline they appeared small at the top of the column, pushing
 * the ticket in hand down, with nothing to say the desk was waiting for an answer (issue #15).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChoiceField, OUTCOME_CODES, PanelForm, useOutcomeChoices } from '../form-parts.js';
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
        <PanelForm
          name="break"
          title={t('counter.takeBreak')}
          submit={t('counter.takeBreak')}
          onSubmit={() => props.onBreak(reason.trim())}
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
        </PanelForm>
      )}
      {props.form === 'close' && props.inHandTicket && (
        <PanelForm
          name="close"
          title={t('counter.closeCounter')}
          submit={t('counter.closeCounter')}
          danger
          onSubmit={() => props.onClose(outcome)}
          onCancel={props.onCancel}
        >
          <p>{t('counter.closeWithVisit', { ticket: props.inHandTicket })}</p>
          <ChoiceField
            caption={t('counter.outcome')}
            name="close-outcome"
            value={outcome}
            choices={outcomes}
            onChange={setOutcome}
          />
        </PanelForm>
      )}
    </section>
  );
}
