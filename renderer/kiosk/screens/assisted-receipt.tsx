/** After submitting: the request number, a QR code to follow it, whether the receipt printed, the online guide. */
import { useTranslation } from 'react-i18next';
import type { SubmittedRequest } from '../../../shared/contract/assisted.js';
import { useKiosk } from '../context.js';
import { QrCode } from '../qr.js';
import { StepScreen } from '../ui.js';

export function AssistedReceipt(props: { receipt: SubmittedRequest; serviceName: string }) {
  const { t } = useTranslation();
  const { dispatch } = useKiosk();
  const { receipt } = props;
  return (
    <StepScreen title={t('assisted.receiptTitle')} testId="screen-receipt" back={false}>
      <div className="receipt">
        <p>
          {t('assisted.requestNumber')}:{' '}
          <strong dir="ltr" data-testid="request-number">
            {receipt.request.number}
          </strong>
        </p>
        <QrCode value={receipt.statusUrl} label={t('assisted.followQr')} size={180} testId="request-qr" />
        <p>{t('assisted.followHint')}</p>
        <p role="status">
          {receipt.printed ? t('assisted.receiptPrinted') : t('assisted.receiptNotPrinted')}
        </p>
        {receipt.onlineUrl && (
          <section aria-labelledby="online-guide">
            <h2 id="online-guide">{t('assisted.onlineGuideTitle')}</h2>
            <p>{t('assisted.onlineGuide', { service: props.serviceName })}</p>
            <QrCode
              value={receipt.onlineUrl}
              label={t('assisted.onlineQr')}
              size={160}
              testId="online-guide-qr"
            />
          </section>
        )}
        <button type="button" className="big-button primary" onClick={() => dispatch({ type: 'reset' })}>
          {t('assisted.done')}
        </button>
      </div>
    </StepScreen>
  );
}
