/** After the language: take a ticket, check in for an appointment, rate a visit, or ask a question. */
import { useTranslation } from 'react-i18next';
import { useKiosk } from '../context.js';
import { StepScreen } from '../ui.js';

export function HomeScreen() {
  const { t } = useTranslation();
  const { dispatch, device } = useKiosk();
  return (
    <StepScreen title={t('kiosk.homeTitle')} testId="screen-home">
      <div className="choices">
        <button
          type="button"
          className="big-button primary"
          onClick={() => dispatch({ type: 'go', screen: 'agencies' })}
        >
          {t('kiosk.takeTicket')}
        </button>
        <button
          type="button"
          className="big-button"
          onClick={() => dispatch({ type: 'go', screen: 'checkin' })}
        >
          {t('kiosk.haveAppointment')}
        </button>
        {device.feedbackEnabled && (
          <button
            type="button"
            className="big-button"
            onClick={() => dispatch({ type: 'go', screen: 'feedback' })}
          >
            {t('kiosk.rateVisit')}
          </button>
        )}
        <button
          type="button"
          className="big-button"
          data-testid="open-ask"
          onClick={() => dispatch({ type: 'go', screen: 'ask' })}
        >
          {t('ask.open')}
        </button>
      </div>
    </StepScreen>
  );
}
