/** Hub configuration from the environment, validated: a bad value stops start-up with a clear message. */
import { z } from 'zod';
import { isCertificateName } from './tls/names.js';
import { tlsSettingProblem, defaultTlsSetting, type HubTlsSetting } from './tls/settings.js';
import { describeIssues } from '../../../shared/contract/validation-errors.js';
import { settingsFromEnv } from '../../common/env-settings.js';

const TlsNames = z
  .string()
  .default('')
  .transform((s) => s.split(/[\s,]+/).filter(Boolean))
  .pipe(
    z.array(
      z.string().refine(isCertificateName, {
        error: (issue) => `DAWR_TLS_NAMES: "${String(issue.input)}" is neither a host name nor an IP address`,
      }),
    ),
  );

/**
 * TLS from the environment: DAWR_TLS (auto | on | off; auto means TLS unless the host is loopback),
 * DAWR_TLS_CERT + DAWR_TLS_KEY (+ DAWR_TLS_CA) for a deployment's own certificate, DAWR_TLS_NAMES
 * for extra names and addresses on the centre CA's server certificate.
 */
export const HubTlsEnv = z
  .object({
    mode: z.enum(['auto', 'on', 'off'], { message: 'DAWR_TLS is auto, on or off' }).default('auto'),
    certFile: z.string().min(1).optional(),
    keyFile: z.string().min(1).optional(),
    caFile: z.string().min(1).optional(),
    names: TlsNames,
  })
  .superRefine((t, ctx) => {
    if (!t.certFile !== !t.keyFile)
      ctx.addIssue({
        code: 'custom',
        message: 'DAWR_TLS_CERT and DAWR_TLS_KEY go together: set both or neither',
      });
    if (t.caFile && !t.certFile)
      ctx.addIssue({
        code: 'custom',
        message: 'DAWR_TLS_CA is the CA of DAWR_TLS_CERT: set DAWR_TLS_CERT too',
      });
    if (t.mode === 'off' && t.certFile)
      ctx.addIssue({ code: 'custom', message: 'DAWR_TLS=off contradicts DAWR_TLS_CERT: remove one of them' });
  });
export type HubTlsEnv = z.infer<typeof HubTlsEnv>;

export function tlsSettingFrom(env: HubTlsEnv, host: string): HubTlsSetting {
  if (env.mode === 'off') return { mode: 'off' };
  if (env.certFile && env.keyFile)
    return { mode: 'deployment', certFile: env.certFile, keyFile: env.keyFile, caFile: env.caFile };
  if (env.mode === 'on') return { mode: 'centre-ca', extraNames: env.names };
  const auto = defaultTlsSetting(host);
  return auto.mode === 'centre-ca' ? { mode: 'centre-ca', extraNames: env.names } : auto;
}

export const HubConfig = z.object({
  dataDir: z.string().min(1),
  host: z.string().default('127.0.0.1'),
  port: z.coerce.number().int().min(0).max(65535).default(8080),
  logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Key for hashing identity numbers; shared with the central profile so records match across centres. */
  identityKey: z.string().min(32, 'DAWR_IDENTITY_KEY must be at least 32 bytes (HMAC-SHA256 key)').optional(),
  tls: HubTlsEnv,
  /**
   * Events one socket may send per second, sustained (a burst of three times that is allowed).
   * 0 turns the limit off: only for load generators (`npm run bench`), never for a centre.
   */
  socketEventsPerSecond: z.coerce.number().int().min(0).max(10_000).default(20),
});

/** The validated configuration, with the TLS setting decided for the host. */
export const HubConfigChecked = HubConfig.transform((c, ctx) => {
  const tls = tlsSettingFrom(c.tls, c.host);
  const problem = tlsSettingProblem(c.host, tls);
  if (problem) {
    ctx.addIssue({ code: 'custom', path: ['tls'], message: problem });
    return z.NEVER;
  }
  return { ...c, tls };
});
export type HubConfig = z.infer<typeof HubConfigChecked>;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * One group of the hub's settings from the environment (unset and empty variables take their
 * defaults), refused as `invalid <subject> configuration: <every problem>`.
 */
export function hubSettingsFromEnv<S extends z.ZodType>(
  schema: S,
  source: NodeJS.ProcessEnv,
  subject: string,
): z.output<S> {
  return settingsFromEnv(
    schema,
    source,
    (error) => new ConfigError(`invalid ${subject} configuration: ${describeIssues(error)}`),
  );
}

export function hubConfigFromEnv(env: NodeJS.ProcessEnv): HubConfig {
  const parsed = HubConfigChecked.safeParse({
    dataDir: env.DAWR_DATA_DIR ?? 'data/hub',
    host: env.DAWR_HOST,
    port: env.DAWR_PORT,
    logLevel: env.DAWR_LOG_LEVEL,
    identityKey: env.DAWR_IDENTITY_KEY,
    socketEventsPerSecond: env.DAWR_SOCKET_EVENTS_PER_SECOND || undefined,
    tls: {
      mode: env.DAWR_TLS || undefined,
      certFile: env.DAWR_TLS_CERT || undefined,
      keyFile: env.DAWR_TLS_KEY || undefined,
      caFile: env.DAWR_TLS_CA || undefined,
      names: env.DAWR_TLS_NAMES,
    },
  });
  if (!parsed.success) throw new ConfigError(`invalid hub configuration: ${describeIssues(parsed.error)}`);
  return parsed.data;
}
