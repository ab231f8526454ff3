import { useTranslation } from 'react-i18next';
import type { Alert } from '../../../shared/contract/manager.js';
import { alertLevel } from '../../../shared/contract/manager.js';
import { isolate } from '../../../shared/i18n/bidi.js';
import { counted } from '../../../shared/i18n/durations.js';
import type { HubClient } from '../../common/hub-client.js';
import { useFormat } from '../../common/numbers.js';
import { BackupStatusLine } from '../backup-status.js';
import { managerCall } from '../manager-client.js';
import { clockTime } from './clock-time.js';
import { TitledSection } from '../../common/titled-section.js';

function AlertItem({
  alert,
  hub,
  name,
}: {
  alert: Alert;
  hub: HubClient;
  name: (subject: string) => string;
}) {
  const { t } = useTranslation();
  const { style } = useFormat();
  const d = alert.detail;
  const text = t(`dashboard.alert_${alert.kind}`, {
    // A device's or queue's name as entered: isolated, so a Latin name keeps its place in Arabic.
    subject: isolate(name(alert.subject)),
    waiting: d.waiting ?? '',
    minutes: counted(t, 'minutes', Number(d.longestWaitMinutes ?? d.idleMinutes ?? 0)),
    // For sentences with the count after a preposition ("منذ دقيقتين").
    minutesAfter: counted(
      t,
      'minutes',
      Number(d.longestWaitMinutes ?? d.idleMinutes ?? 0),
      undefined,
      'genitive',
    ),
    freeMegabytes: typeof d.freeBytes === 'number' ? Math.floor(d.freeBytes / 1_048_576) : '',
  });
  return (
    <li
      className={`alert ${alertLevel(alert.kind)}${alert.acknowledgedAt ? ' acknowledged' : ''}`}
      data-kind={alert.kind}
      data-level={alertLevel(alert.kind)}
    >
      <span>{text}</span>
      <time dateTime={new Date(alert.raisedAt).toISOString()}>{clockTime(alert.raisedAt, style)}</time>
      {alert.clearedAt !== null && <span className="muted">{t('dashboard.cleared')}</span>}
      {alert.acknowledgedAt === null ? (
        <button onClick={() => void managerCall(hub, 'manager.acknowledgeAlert', { alertId: alert.id })}>
          {t('dashboard.acknowledge')}
        </button>
      ) : (
        <span className="muted">{t('dashboard.acknowledgedBy', { who: alert.acknowledgedBy })}</span>
      )}
    </li>
  );
}

/** The alerts list (with acknowledge buttons) and the backup status line under it. */
export function AlertsSection({
  alerts,
  hub,
  name,
}: {
  alerts: readonly Alert[];
  hub: HubClient;
  name: (subject: string) => string;
}) {
  const { t } = useTranslation();
  return (
    <TitledSection id="alerts-h" title={t('dashboard.alerts')}>
      {alerts.length === 0 ? (
        <p className="muted">{t('dashboard.noAlerts')}</p>
      ) : (
        <ul className="alerts" data-testid="alerts">
          {alerts.map((a) => (
            <AlertItem key={a.id} alert={a} hub={hub} name={name} />
          ))}
        </ul>
      )}
      <BackupStatusLine hub={hub} />
    </TitledSection>
  );
}
