/**
 * The assisted feature's part of the hub's one migration sequence (core/store/migrate.ts). Its module
 * declares these, and main/hub/migrations.ts lists them for what must learn the schema version
 * without loading the feature itself (the restore CLI).
 */
import type { Migration } from '../../../core/store/migrate.js';
import * as m0007 from './0007-service-requests.js';
import * as m0018 from './0018-request-status-links.js';

export const assistedMigrations: readonly Migration[] = [m0007, m0018];
