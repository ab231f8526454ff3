/**
 * The assistant feature's part of the hub's one migration sequence (core/store/migrate.ts). Its module
 * declares these, and main/hub/migrations.ts lists them for what must learn the schema version
 * without loading the feature itself (the restore CLI).
 */
import type { Migration } from '../../../core/store/migrate.js';
import * as m0006 from './0006-assistant.js';
import * as m0015 from './0015-assistant-unanswered.js';
import * as m0017 from './0017-unanswered-languages.js';

export const assistantMigrations: readonly Migration[] = [m0006, m0015, m0017];
