import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeviceKeyInfo } from '../../../shared/contract/auth.js';
import { useFormat } from '../../common/numbers.js';
import { formatDate } from '../format.js';
import { Modal } from './modal.js';
import { useFormCheck } from '../../common/form-check.js';

const pad = (n: number) => String(n).padStart(2, '0');
/** The local calendar day of an instant, as a date input writes it (YYYY-MM-DD). */
const dayOf = (at: number) => {
  const d = new Date(at);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};
/** A key set to end on a day works through that whole day: it expires at its last millisecond. */
export const endOfDay = (day: string) => {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y!, m! - 1, d!, 23, 59, 59, 999).getTime();
};

/** Sets the last day a device key works, or removes its expiry. */
export function ExpiryDialog(props: {
  device: DeviceKeyInfo;
  onSave(expiresAt: number | null): Promise<string | null>;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const { style } = useFormat();
  const check = useFormCheck();
  const titleId = useId();
  const [day, setDay] = useState(() =>
    props.device.expiresAt === null ? '' : dayOf(props.device.expiresAt),
  );
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const name = props.device.name;

  const save = (expiresAt: number | null) => {
    setBusy(true);
    setError(null);
    void props.onSave(expiresAt).then((e) => {
      setBusy(false);
      if (e) setError(e);
    });
  };

  return (
    <Modal titleId={titleId} onClose={props.onClose}>
      <h3 id={titleId}>{t('dashboard.deviceExpiryTitle', { name })}</h3>
      <p>{t('dashboard.deviceExpiryHint')}</p>
      <p className="muted">
        {props.device.expiresAt === null
          ? t('dashboard.deviceExpiryNone')
          : t('dashboard.deviceExpiryNow', { date: formatDate(props.device.expiresAt, style) })}
      </p>
      <form
        noValidate
        onSubmit={check.guard(() => {
          save(endOfDay(day));
        })}
      >
        <label>
          {t('dashboard.deviceExpiryDate')}
          <input
            type="date"
            required
            min={dayOf(Date.now())}
            value={day}
            onChange={(e) => setDay(e.target.value)}
          />
        </label>
        {check.alert}
        {error && (
          <p role="alert" className="cfg-error">
            {error}
          </p>
        )}
        <div className="modal-actions">
          <button type="submit" disabled={busy}>
            {t('dashboard.deviceExpirySave')}
          </button>
          {props.device.expiresAt !== null && (
            <button type="button" className="secondary" disabled={busy} onClick={() => save(null)}>
              {t('dashboard.deviceExpiryClear')}
            </button>
          )}
          <button type="button" className="secondary" disabled={busy} onClick={props.onClose}>
            {t('dashboard.deviceCancel')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
