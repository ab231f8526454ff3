import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScheduledCutoff } from '../../../shared/contract/manager.js';
import type { QueueSummary } from '../../../shared/contract/views.js';
import { useFormCheck } from '../../common/form-check.js';
import type { HubClient } from '../../common/hub-client.js';
import { useFormat } from '../../common/numbers.js';
import type { Lang } from '../format.js';
import { managerCall } from '../manager-client.js';
import { Modal } from '../device-keys/modal.js';
import { clockTime } from './clock-time.js';
import type { Report } from './report.js';

/**
 * Close or reopen a queue now; or schedule the change for later today, and see or cancel a pending one.
 * Closing now is asked again in a dialog naming the queue: one misclick would stop its tickets at the
 * kiosks and the phone page at once. Reopening harms nobody and takes one click.
 */
export function QueueActions({
  hub,
  queue,
  cutoff,
  lang,
  report,
}: {
  hub: HubClient;
  queue: QueueSummary;
  cutoff: ScheduledCutoff | undefined;
  lang: Lang;
  report: Report;
}) {
  const { t } = useTranslation();
  const { style } = useFormat();
  const check = useFormCheck();
  const [time, setTime] = useState('');
  const [confirmingClose, setConfirmingClose] = useState(false);
  const confirmTitleId = useId();
  const label = `${queue.prefix} · ${queue.name[lang]}`;
  const name = <span className="visually-hidden"> {queue.name[lang]}</span>;
  const schedule = () => {
    const [h, m] = time.split(':').map(Number);
    const at = new Date();
    at.setHours(h ?? 0, m ?? 0, 0, 0);
    void managerCall(hub, 'manager.setQueueOpen', {
      queueId: queue.queueId,
      open: !queue.open,
      at: at.getTime(),
    }).then((r) => {
      report(r, t('dashboard.scheduled'));
      if (r.ok) setTime('');
    });
  };
  const setOpen = (open: boolean) => {
    setConfirmingClose(false);
    void managerCall(hub, 'manager.setQueueOpen', { queueId: queue.queueId, open }).then((r) =>
      report(r, t('dashboard.saved')),
    );
  };
  return (
    <div className="queue-actions">
      <button
        className={queue.open ? 'close-queue' : undefined}
        onClick={() => (queue.open ? setConfirmingClose(true) : setOpen(true))}
      >
        {queue.open ? t('dashboard.closeQueue') : t('dashboard.reopenQueue')}
        {name}
      </button>
      {confirmingClose && queue.open && (
        <Modal titleId={confirmTitleId} onClose={() => setConfirmingClose(false)} className="modal-danger">
          <h3 id={confirmTitleId}>{t('dashboard.closeQueueTitle', { queue: label })}</h3>
          <p>{t('dashboard.closeQueueWhat')}</p>
          {/* Cancel comes first, so the dialog opens on it: Enter pressed out of habit closes nothing. */}
          <div className="modal-actions">
            <button type="button" className="secondary" onClick={() => setConfirmingClose(false)}>
              {t('common.cancel')}
            </button>
            <button type="button" className="danger" onClick={() => setOpen(false)}>
              {t('dashboard.closeQueueYes', { queue: label })}
            </button>
          </div>
        </Modal>
      )}
      {cutoff ? (
        <span className="cutoff" data-testid="cutoff">
          {t(cutoff.open ? 'dashboard.cutoffPendingOpen' : 'dashboard.cutoffPendingClose', {
            time: clockTime(cutoff.at, style),
          })}{' '}
          <button
            onClick={() =>
              void managerCall(hub, 'manager.cancelCutoff', { queueId: queue.queueId }).then((r) =>
                report(r, t('dashboard.cutoffCancelled')),
              )
            }
          >
            {t('dashboard.cancelCutoff')}
            {name}
          </button>
        </span>
      ) : (
        <form
          className="schedule"
          noValidate
          onSubmit={check.guard(() => {
            schedule();
          })}
        >
          <label>
            {queue.open ? t('dashboard.scheduleClose') : t('dashboard.scheduleReopen')}
            {name} <input type="time" required value={time} onChange={(e) => setTime(e.target.value)} />
          </label>
          <button type="submit">
            {t('dashboard.schedule')}
            {name}
          </button>
          {check.alert}
        </form>
      )}
    </div>
  );
}
