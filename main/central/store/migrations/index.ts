import { m0001Initial } from './0001-initial.js';
import { m0002LeanIngestIndexes } from './0002-lean-ingest-indexes.js';
import type { Migration } from './types.js';

/** Every migration, in order. Versions must be 1, 2, 3 … with no gaps (checked at start-up). */
export const migrations: readonly Migration[] = [m0001Initial, m0002LeanIngestIndexes];
