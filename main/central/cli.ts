// Runs the central profile service on its own: `npx tsx main/central/cli.ts` (see docs/central.md).
import { ConfigError, loadCentralConfig } from './config.js';
import { SchemaError } from './store/migrate.js';
import { startCentral } from './start.js';
import { centralBackupConfigFromEnv } from './backup.js';

async function main(): Promise<void> {
  let config;
  try {
    config = { ...loadCentralConfig(process.env), backup: centralBackupConfigFromEnv(process.env) };
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`dawr-central: bad configuration:\n${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  let central;
  try {
    central = await startCentral(config);
  } catch (error) {
    if (error instanceof SchemaError) {
      process.stderr.write(`dawr-central: ${error.message}\n`);
      process.exit(3);
    }
    throw error;
  }
  const stop = (): void => {
    central.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

void main();
