import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreatedPairingCode } from '../../../shared/contract/pairing.js';
import { useFormat } from '../../common/numbers.js';
import { formatDateTime, formatRelative } from '../format.js';
import { Modal } from './modal.js';

/**
 * The one-time code that gives a device a new key, shown large enough to read across the room
 * while typing it on the device. The hub keeps only its hash: it is not shown again.
 */
export function RekeyDialog(props: { code: CreatedPairingCode; onClose(): void }) {
  const { t } = useTranslation();
  const { style } = useFormat();
  const titleId = useId();
  const { code } = props;
  return (
    <Modal titleId={titleId} onClose={props.onClose}>
      <h3 id={titleId}>{t('dashboard.deviceRekeyTitle', { name: code.name })}</h3>
      <p>{t('dashboard.deviceRekeyHowTo', { name: code.name })}</p>
      <dl className="pairing-code">
        <dt>{t('dashboard.deviceRekeyCode')}</dt>
        <dd dir="ltr" lang="en" data-testid="pairing-code">
          {code.code}
        </dd>
      </dl>
      <p>
        {t('dashboard.deviceRekeyValid', {
          time: formatDateTime(code.expiresAt, style),
          relative: formatRelative(code.expiresAt, Date.now(), style),
        })}
      </p>
      <p className="muted">{t('dashboard.deviceRekeyOnce')}</p>
      <div className="modal-actions">
        <button type="button" onClick={props.onClose}>
          {t('dashboard.deviceDone')}
        </button>
      </div>
    </Modal>
  );
}
