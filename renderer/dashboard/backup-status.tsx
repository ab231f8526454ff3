/**
 * One line on the live view: when the last good backup was taken, or why there is none, and a
 * "Back up now" button (`manager.backupNow`) that follows the backup until its attempt is recorded.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupStatus } from '../../shared/contract/backup.js';
import type { HubClient } from '../common/hub-client.js';
import { intlLocale } from '../../shared/i18n/numbers.js';
import { useFormat } from '../common/numbers.js';
import type { DigitStyle } from './format.js';
import { managerCall } from './manager-client.js';

const REFRESH_MS = 60_000;
/** While a backup the manager started runs, its status is asked for this often. */
const FOLLOW_MS = 1000;

/** "5 minutes ago" / "قبل 5 دقائق", in the largest unit that reads naturally. */
export function formatAgo(ms: number, style: DigitStyle): string {
  const f = new Intl.RelativeTimeFormat(intlLocale(style), { numeric: 'auto' });
  const minutes = Math.max(0, Math.round(ms / 60_000));
  if (minutes < 60) return f.format(-minutes, 'minute');
  const hours = Math.round(minutes / 60);
  if (hours < 48) return f.format(-hours, 'hour');
  return f.format(-Math.round(hours / 24), 'day');
}

export function BackupStatusLine({ hub }: { hub: HubClient }) {
  const { t } = useTranslation();
  const { style } = useFormat();
  const [status, setStatus] = useState<BackupStatus | null>(null);
  const [now, setNow] = useState(() => Date.now());
  /** The start of the backup this dashboard asked for, until its attempt shows in the status. */
  const [following, setFollowing] = useState<number | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const alive = useRef(true);
  const load = useCallback(
    () =>
      managerCall(hub, 'manager.backups').then((r) => {
        if (!alive.current || !r.ok) return null;
        setStatus(r.data);
        setNow(Date.now());
        return r.data;
      }),
    [hub],
  );
  useEffect(() => {
    alive.current = true;
    const refresh = () => void load();
    refresh();
    hub.socket.on('connect', refresh);
    const timer = setInterval(refresh, REFRESH_MS);
    return () => {
      alive.current = false;
      hub.socket.off('connect', refresh);
      clearInterval(timer);
    };
  }, [hub, load]);
  useEffect(() => {
    if (following === null) return;
    const timer = setInterval(
      () =>
        void load().then((s) => {
          const attempt = s?.lastAttempt;
          if (!attempt || attempt.startedAt < following) return;
          setFollowing(null);
          setNotice(attempt.ok ? t('dashboard.backupDone') : null);
        }),
      FOLLOW_MS,
    );
    return () => clearInterval(timer);
  }, [following, load, t]);
  const backUpNow = async () => {
    setNotice(null);
    const r = await managerCall(hub, 'manager.backupNow', {});
    if (!alive.current) return;
    if (r.ok) setFollowing(r.data.startedAt);
    else setNotice(t(`errors.${r.error.code}`, { defaultValue: r.error.message }));
  };
  if (!status) return null;
  const failed = status.lastAttempt && !status.lastAttempt.ok ? status.lastAttempt : null;
  const warn = !status.enabled || status.stopped || failed !== null;
  return (
    <div className="backup-line">
      <p className={warn ? 'backup-status warn' : 'backup-status muted'} data-testid="backup-status">
        {!status.enabled
          ? t('dashboard.backupOff')
          : status.lastGood
            ? t('dashboard.backupLastGood', { ago: formatAgo(now - status.lastGood.finishedAt, style) })
            : t('dashboard.backupNever')}
        {failed && <> · {t('dashboard.backupFailing', { error: failed.error ?? '' })}</>}
      </p>
      {status.enabled && (
        <button
          type="button"
          data-testid="backup-now"
          disabled={following !== null}
          onClick={() => void backUpNow()}
        >
          {following !== null ? t('dashboard.backupRunning') : t('dashboard.backupNow')}
        </button>
      )}
      {notice && (
        <p role="status" className="muted" data-testid="backup-notice">
          {notice}
        </p>
      )}
    </div>
  );
}
