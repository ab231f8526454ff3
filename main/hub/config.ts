/** Hub configuration from the environment, validated: a bad value stops start-up with a clear message. */
import { z } from 'zod';

export const HubConfig = z.object({
  dataDir: z.string().min(1),
  host: z.string().default('127.0.0.1'),
  port: z.coerce.number().int().min(0).max(65535).default(8080),
  logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Key for hashing identity numbers; shared with the central profile so records match across centres. */
  identityKey: z.string().min(32, 'DAWR_IDENTITY_KEY must be at least 32 bytes (HMAC-SHA256 key)').optional(),
});
export type HubConfig = z.infer<typeof HubConfig>;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function hubConfigFromEnv(env: NodeJS.ProcessEnv): HubConfig {
  const parsed = HubConfig.safeParse({
    dataDir: env.DAWR_DATA_DIR ?? 'data/hub',
    host: env.DAWR_HOST,
    port: env.DAWR_PORT,
    logLevel: env.DAWR_LOG_LEVEL,
    identityKey: env.DAWR_IDENTITY_KEY,
  });
  if (!parsed.success)
    throw new ConfigError(
      `invalid hub configuration: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  return parsed.data;
}
