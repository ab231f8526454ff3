/** Reads and writes the config file. Written atomically (temp file, rename) with mode 0600: it holds the device key. */
import { readFileSync, renameSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { AppConfigSchema, parseConfigText, type AppConfigInput, type ConfigResult } from './config.js';

export const CONFIG_FILE_NAME = 'dawr-app.json';

/** DAWR_APP_CONFIG wins (set by the installer or a technician); else the app's user-data folder. */
export function configPath(userDataDir: string, env: Record<string, string | undefined>): string {
  return env.DAWR_APP_CONFIG || join(userDataDir, CONFIG_FILE_NAME);
}

export function loadConfigFile(path: string): ConfigResult {
  let text: string | undefined;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT')
      return {
        ok: false,
        problem: { kind: 'unreadable', message: `cannot read ${path}: ${(err as Error).message}` },
      };
  }
  return parseConfigText(text);
}

/** Validates before writing, so a bad config never reaches the disk. */
export function saveConfigFile(path: string, input: AppConfigInput): void {
  const config = AppConfigSchema.parse(input);
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.tmp`;
  writeFileSync(tmp, JSON.stringify(config, null, 2) + '\n', { mode: 0o600 });
  renameSync(tmp, path);
}
