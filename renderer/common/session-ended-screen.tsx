/**
 * What a kiosk or display shows when the hub ends its device key (revoked, expired, re-keyed):
 * in Arabic and English, that it is out of service (for the citizen in front of it) and why (for
 * the technician), instead of a screen that silently stops updating.
 */
import { useTranslation } from 'react-i18next';
import type { SessionEndReason } from '../../shared/contract/auth.js';
import { TEXT_DIRECTION } from '../../shared/i18n/index.js';

export function SessionEndedScreen({ reason }: { reason: SessionEndReason }) {
  const { t, i18n } = useTranslation();
  return (
    <main className="boot session-ended">
      <h1>{t('app.name')}</h1>
      <div role="alert">
        {(['ar', 'en'] as const).map((l) => (
          <div key={l} lang={l} dir={TEXT_DIRECTION[l]}>
            <p className="out-of-service">{i18n.getFixedT(l)('common.outOfService')}</p>
            <p className="why">{i18n.getFixedT(l)(`sessionEnded.${reason}`)}</p>
          </div>
        ))}
      </div>
    </main>
  );
}
