/**
 * The backup feature's part of the hub's one migration sequence (core/store/migrate.ts). Its module
 * declares these, and main/hub/migrations.ts lists them for what must learn the schema version
 * without loading the feature itself (the restore CLI).
 */
import type { Migration } from '../../../core/store/migrate.js';
import * as m0013 from './0013-backups.js';

export const backupMigrations: readonly Migration[] = [m0013];
