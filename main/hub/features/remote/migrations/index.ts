/**
 * The remote feature's part of the hub's one migration sequence (core/store/migrate.ts). Its module
 * declares these, and main/hub/migrations.ts lists them for what must learn the schema version
 * without loading the feature itself (the restore CLI).
 */
import type { Migration } from '../../../core/store/migrate.js';
import * as m0009 from './0009-remote-push.js';

export const remoteMigrations: readonly Migration[] = [m0009];
