import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REVOKE_REASON_LENGTH, type DeviceKeyInfo } from '../../../shared/contract/auth.js';
import { Modal } from './modal.js';
import { useFormCheck } from '../../common/form-check.js';

/**
 * Revoking a device key cannot be undone (the device must be paired again as a new one), so it
 * takes two steps: a reason (kept in the audit log and on the device's row), then a confirmation
 * that names the device.
 */
export function RevokeDialog(props: {
  device: DeviceKeyInfo;
  onRevoke(reason: string): Promise<string | null>;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  const [reason, setReason] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const name = props.device.name;
  const hint = t('dashboard.deviceRevokeReasonHint', REVOKE_REASON_LENGTH);
  const check = useFormCheck();

  return (
    <Modal titleId={titleId} onClose={props.onClose} className="modal-danger">
      <h3 id={titleId}>{t('dashboard.deviceRevokeTitle', { name })}</h3>
      <p>{t('dashboard.deviceRevokeWarning')}</p>
      {!confirming ? (
        <form
          noValidate
          onSubmit={check.guard(() => {
            setConfirming(true);
          })}
        >
          <label>
            {t('dashboard.deviceRevokeReason')}
            <textarea
              required
              minLength={REVOKE_REASON_LENGTH.min}
              maxLength={REVOKE_REASON_LENGTH.max}
              rows={2}
              value={reason}
              onChange={(e) => {
                setReason(e.target.value);
                // Spaces alone are no reason: the hub trims before it checks the length.
                e.target.setCustomValidity(
                  e.target.value.trim().length >= REVOKE_REASON_LENGTH.min ? '' : hint,
                );
              }}
              onInvalid={(e) => e.currentTarget.setCustomValidity(hint)}
            />
          </label>
          {check.alert}
          <div className="modal-actions">
            <button type="submit" className="danger">
              {t('dashboard.deviceRevokeNext')}
            </button>
            <button type="button" className="secondary" onClick={props.onClose}>
              {t('dashboard.deviceCancel')}
            </button>
          </div>
        </form>
      ) : (
        <div role="group" aria-labelledby={`${titleId}-confirm`}>
          <p id={`${titleId}-confirm`} className="modal-confirm">
            {t('dashboard.deviceRevokeConfirm', { name })}
          </p>
          <p className="muted">{t('dashboard.deviceRevokedReason', { reason: reason.trim() })}</p>
          {error && (
            <p role="alert" className="cfg-error">
              {error}
            </p>
          )}
          <div className="modal-actions">
            <button
              type="button"
              className="danger"
              disabled={busy}
              onClick={() => {
                setBusy(true);
                void props.onRevoke(reason.trim()).then((e) => {
                  setBusy(false);
                  if (e) setError(e);
                });
              }}
            >
              {t('dashboard.deviceRevokeYes')}
            </button>
            <button type="button" className="secondary" disabled={busy} onClick={() => setConfirming(false)}>
              {t('dashboard.deviceBack')}
            </button>
          </div>
        </div>
      )}
    </Modal>
  );
}
