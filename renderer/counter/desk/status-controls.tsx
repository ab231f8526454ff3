/** Break, back to available, and closing the counter (asking the outcome when a visit is still in hand). */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { OUTCOME_CODES } from '../complete-form.js';
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
          <button type="submit">{t('counter.takeBreak')}</button>
          <button type="button" onClick={props.onCancel}>
            {t('common.cancel')}
          </button>
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
          <label>
            {t('counter.outcome')}
            <select name="close-outcome" value={outcome} onChange={(e) => setOutcome(e.target.value)}>
              {OUTCOME_CODES.map((o) => (
                <option key={o} value={o}>
                  {t(`counter.outcome_${o}`)}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="danger">
            {t('counter.closeCounter')}
          </button>
          <button type="button" onClick={props.onCancel}>
            {t('common.cancel')}
          </button>
        </form>
      )}
    </section>
  );
}
