/** One line on the live view: when the last good backup was taken, or why there is none. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupStatus } from '../../shared/contract/backup.js';
import type { HubClient } from '../common/hub-client.js';
import { intlLocale, type Lang } from './format.js';
import { managerCall } from './manager-client.js';

const REFRESH_MS = 60_000;

/** "5 minutes ago" / "قبل 5 دقائق", in the largest unit that reads naturally. */
export function formatAgo(ms: number, lang: Lang): string {
  const f = new Intl.RelativeTimeFormat(intlLocale(lang), { numeric: 'auto' });
  const minutes = Math.max(0, Math.round(ms / 60_000));
  if (minutes < 60) return f.format(-minutes, 'minute');
  const hours = Math.round(minutes / 60);
  if (hours < 48) return f.format(-hours, 'hour');
  return f.format(-Math.round(hours / 24), 'day');
}

export function BackupStatusLine({ hub, lang }: { hub: HubClient; lang: Lang }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<BackupStatus | null>(null);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    let alive = true;
    const load = () =>
      void managerCall<BackupStatus>(hub, 'manager.backups').then((r) => {
        if (!alive || !r.ok) return;
        setStatus(r.data);
        setNow(Date.now());
      });
    load();
    hub.socket.on('connect', load);
    const timer = setInterval(load, REFRESH_MS);
    return () => {
      alive = false;
      hub.socket.off('connect', load);
      clearInterval(timer);
    };
  }, [hub]);
  if (!status) return null;
  const failed = status.lastAttempt && !status.lastAttempt.ok ? status.lastAttempt : null;
  const warn = !status.enabled || status.stopped || failed !== null;
  return (
    <p className={warn ? 'backup-status warn' : 'backup-status muted'} data-testid="backup-status">
      {!status.enabled
        ? t('dashboard.backupOff')
        : status.lastGood
          ? t('dashboard.backupLastGood', { ago: formatAgo(now - status.lastGood.finishedAt, lang) })
          : t('dashboard.backupNever')}
      {failed && <> · {t('dashboard.backupFailing', { error: failed.error ?? '' })}</>}
    </p>
  );
}
