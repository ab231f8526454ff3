/** How long personal data is kept, from the environment, validated (a bad value stops the hub). */
import { z } from 'zod';
import { hubSettingsFromEnv } from '../config.js';

const days = (fallback: number) => z.coerce.number().int().min(1).max(3650).default(fallback);

const env = z.object({
  /** Service requests: the form's data and the on-behalf name, counted from submission. */
  DAWR_REQUEST_DATA_RETENTION_DAYS: days(30),
  /** Remote-join code rows (masked number, number hash, address): also the rate-limit ledger of the last hour. */
  DAWR_REMOTE_CODE_RETENTION_DAYS: days(7),
  /** Which phone notifications went out, and web push subscriptions. */
  DAWR_NOTIFICATION_RETENTION_DAYS: days(7),
  /** Help requests and their live forms (in memory only). */
  DAWR_HELP_REQUEST_RETENTION_MINUTES: z.coerce.number().int().min(5).max(1440).default(120),
  /** The hub database's logs: configuration and FAQ audit, cleared alerts, sync dead letters, sent request outbox. */
  DAWR_LOG_RETENTION_DAYS: days(365),
});

export interface RetentionPeriods {
  requestDataDays: number;
  remoteCodeDays: number;
  notificationDays: number;
  helpRequestMinutes: number;
  logDays: number;
}

export const DEFAULT_RETENTION: RetentionPeriods = {
  requestDataDays: 30,
  remoteCodeDays: 7,
  notificationDays: 7,
  helpRequestMinutes: 120,
  logDays: 365,
};

export function retentionFromEnv(source: NodeJS.ProcessEnv): RetentionPeriods {
  const e = hubSettingsFromEnv(env, source, 'retention');
  return {
    requestDataDays: e.DAWR_REQUEST_DATA_RETENTION_DAYS,
    remoteCodeDays: e.DAWR_REMOTE_CODE_RETENTION_DAYS,
    notificationDays: e.DAWR_NOTIFICATION_RETENTION_DAYS,
    helpRequestMinutes: e.DAWR_HELP_REQUEST_RETENTION_MINUTES,
    logDays: e.DAWR_LOG_RETENTION_DAYS,
  };
}
