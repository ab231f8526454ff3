// Central's configuration from the environment, validated up front so a bad value stops
// start-up with a message naming the variable instead of failing on the first request.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { sourcesConfig, type SourceConfig } from './sources.js';
import { DEFAULT_PROFILE_READS_PER_MINUTE } from './read-limit.js';
import { describeIssue, describeIssues } from '../../shared/contract/validation-errors.js';

const envSchema = z.object({
  DAWR_CENTRAL_DATABASE_URL: z.string().min(1).optional(),
  DATABASE_URL: z.string().min(1).optional(),
  DAWR_CENTRAL_PORT: z.coerce.number().int().min(0).max(65535).default(8090),
  DAWR_CENTRAL_SOURCES_FILE: z.string().min(1).optional(),
  DAWR_CENTRAL_SOURCES: z.string().min(1).optional(),
  DAWR_CENTRAL_LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
    .default('info'),
  DAWR_CENTRAL_MAX_BATCH: z.coerce.number().int().min(1).max(10_000).default(1000),
  /** Profile reads a minute per credential (read-limit.ts); 0 turns the limit off. */
  DAWR_CENTRAL_READS_PER_MINUTE: z.coerce
    .number()
    .int()
    .min(0)
    .max(1_000_000)
    .default(DEFAULT_PROFILE_READS_PER_MINUTE),
  /** Service forms to serve to every channel ({"forms": [...]}); none when unset. */
  DAWR_CENTRAL_FORMS_FILE: z.string().min(1).optional(),
});

export interface CentralConfig {
  databaseUrl: string;
  port: number;
  sources: SourceConfig[];
  logLevel: z.infer<typeof envSchema>['DAWR_CENTRAL_LOG_LEVEL'];
  maxBatchEvents: number;
  /** Reads a minute per credential; the server's default (read-limit.ts) when a caller builds a config without it. */
  profileReadsPerMinute?: number;
  formsFile?: string;
}

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

const DEFAULT_DATABASE = 'sqlite:data/central.db';

export function loadCentralConfig(env: NodeJS.ProcessEnv): CentralConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(describeIssues(parsed.error, { separator: '\n' }));
  }
  const e = parsed.data;
  let sourcesText: string;
  let origin: string;
  if (e.DAWR_CENTRAL_SOURCES_FILE) {
    origin = e.DAWR_CENTRAL_SOURCES_FILE;
    try {
      sourcesText = readFileSync(e.DAWR_CENTRAL_SOURCES_FILE, 'utf8');
    } catch (error) {
      throw new ConfigError(`DAWR_CENTRAL_SOURCES_FILE: cannot read ${origin}: ${(error as Error).message}`);
    }
  } else if (e.DAWR_CENTRAL_SOURCES) {
    origin = 'DAWR_CENTRAL_SOURCES';
    sourcesText = e.DAWR_CENTRAL_SOURCES;
  } else {
    throw new ConfigError(
      'set DAWR_CENTRAL_SOURCES_FILE (a JSON file) or DAWR_CENTRAL_SOURCES (JSON) listing the source credentials',
    );
  }
  let raw: unknown;
  try {
    raw = JSON.parse(sourcesText);
  } catch {
    throw new ConfigError(`${origin}: not valid JSON`);
  }
  const sources = sourcesConfig.safeParse(raw);
  if (!sources.success) {
    throw new ConfigError(
      sources.error.issues.map((i) => `${origin}: ${describeIssue(i, { root: '(root)' })}`).join('\n'),
    );
  }
  return {
    databaseUrl: e.DAWR_CENTRAL_DATABASE_URL ?? e.DATABASE_URL ?? DEFAULT_DATABASE,
    port: e.DAWR_CENTRAL_PORT,
    sources: sources.data,
    logLevel: e.DAWR_CENTRAL_LOG_LEVEL,
    maxBatchEvents: e.DAWR_CENTRAL_MAX_BATCH,
    profileReadsPerMinute: e.DAWR_CENTRAL_READS_PER_MINUTE,
    ...(e.DAWR_CENTRAL_FORMS_FILE ? { formsFile: e.DAWR_CENTRAL_FORMS_FILE } : {}),
  };
}
