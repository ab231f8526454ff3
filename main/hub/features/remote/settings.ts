/** The remote channel's settings, from the environment (DAWR_REMOTE_*) with safe defaults. */
import { DEFAULT_NEAR_NOTICE } from '../../../../shared/domain/estimate-notice.js';
import { DEFAULT_JOIN_LIMITS, type JoinLimits } from '../../../../shared/domain/remote/join-limits.js';

export interface RemoteSettings {
  limits: JoinLimits;
  /** Places "I'm running late" moves a ticket back. */
  latePlaces: number;
  /** How often one ticket may be moved back. */
  maxPostpones: number;
  /**
   * "Your turn is near" (SMS and web push) goes when the estimate says the call is about this many
   * minutes away (shared/domain/estimate-notice.ts; 0: only the count below)…
   */
  notifyLeadMinutes: number;
  /** …or when this many people or fewer are ahead (0: only the lead time; both 0: no such notice). */
  notifyWhenAhead: number;
  /**
   * Accepts push subscriptions whose endpoint is plain http on 127.0.0.1 (a local test push
   * service). Off unless DAWR_PUSH_ALLOW_LOCAL_HTTP=1; real endpoints are always https.
   */
  pushAllowLocalHttp: boolean;
}

export const DEFAULT_REMOTE_SETTINGS: RemoteSettings = {
  limits: DEFAULT_JOIN_LIMITS,
  latePlaces: 5,
  maxPostpones: 2,
  notifyLeadMinutes: DEFAULT_NEAR_NOTICE.leadMinutes,
  notifyWhenAhead: DEFAULT_NEAR_NOTICE.ahead,
  pushAllowLocalHttp: false,
};

function intFrom(raw: string | undefined, fallback: number, min: number, max: number): number {
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new Error(`expected a whole number from ${min} to ${max}, got "${raw}"`);
  return n;
}

export function remoteSettingsFromEnv(env: NodeJS.ProcessEnv): RemoteSettings {
  const d = DEFAULT_REMOTE_SETTINGS;
  return {
    limits: {
      ...d.limits,
      codesPerNumberPerHour: intFrom(env.DAWR_REMOTE_CODES_PER_NUMBER, d.limits.codesPerNumberPerHour, 1, 20),
      codesPerDevicePerHour: intFrom(env.DAWR_REMOTE_CODES_PER_DEVICE, d.limits.codesPerDevicePerHour, 1, 50),
      codesPerAddressPerHour: intFrom(
        env.DAWR_REMOTE_CODES_PER_ADDRESS,
        d.limits.codesPerAddressPerHour,
        1,
        10_000,
      ),
    },
    latePlaces: intFrom(env.DAWR_REMOTE_LATE_PLACES, d.latePlaces, 1, 50),
    maxPostpones: intFrom(env.DAWR_REMOTE_MAX_POSTPONES, d.maxPostpones, 0, 10),
    notifyLeadMinutes: intFrom(env.DAWR_REMOTE_NOTIFY_LEAD_MINUTES, d.notifyLeadMinutes, 0, 120),
    notifyWhenAhead: intFrom(env.DAWR_REMOTE_NOTIFY_AHEAD, d.notifyWhenAhead, 0, 50),
    pushAllowLocalHttp: env.DAWR_PUSH_ALLOW_LOCAL_HTTP === '1',
  };
}
