/**
 * The hub's whole migration list (core's and every feature's), built from the features'
 * `migrations/index.ts` alone: what the restore CLI needs to know which schema versions this Dawr
 * reads, without loading every feature and its routes (modules.ts). modules.ts re-exports this list
 * as HUB_MIGRATIONS, and tests/hub/migrations.test.ts checks it against what the registered modules
 * declare, so a feature's migration missing here fails there.
 */
import { hubMigrations, type Migration } from './core/store/migrate.js';
import { assistantMigrations } from './features/assistant/migrations/index.js';
import { assistedMigrations } from './features/assisted/migrations/index.js';
import { backupMigrations } from './features/backup/migrations/index.js';
import { managerMigrations } from './features/manager/migrations/index.js';
import { pairingMigrations } from './features/pairing/migrations/index.js';
import { remoteMigrations } from './features/remote/migrations/index.js';
import { smsMigrations } from './features/sms/migrations/index.js';

/** Each feature's migrations, by the name of the module that declares them. */
const FEATURE_MIGRATIONS: Readonly<Record<string, readonly Migration[]>> = {
  pairing: pairingMigrations,
  assistant: assistantMigrations,
  assisted: assistedMigrations,
  remote: remoteMigrations,
  manager: managerMigrations,
  backup: backupMigrations,
  sms: smsMigrations,
};

/**
 * In version order; built on import, so two features claiming one number (or a number nobody
 * claims) stop the hub before it opens anything.
 */
export const HUB_MIGRATIONS: readonly Migration[] = hubMigrations(
  Object.entries(FEATURE_MIGRATIONS).map(([name, migrations]) => ({ name, migrations })),
);
