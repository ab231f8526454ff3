import { m0001Initial } from './0001-initial.js';
import type { Migration } from './types.js';

/** Every migration, in order. Versions must be 1, 2, 3 … with no gaps (checked at start-up). */
export const migrations: readonly Migration[] = [m0001Initial];
