/**
 * Hub databases for tests that drive the Hub class without a server: each in a fresh folder,
 * migrated, seeded with the demo centre open all day (walk-in tickets at any hour the suite runs),
 * without background checkpoints; closed and removed after each test.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { openDatabase, type Db } from '../../main/hub/core/store/database.js';
import { seedIfEmpty } from '../../main/hub/core/seed.js';
import { HUB_MIGRATIONS } from '../../main/hub/modules.js';
import { DEMO_CATALOGUE } from '../../main/demo/catalogue.js';
import { openAllDay } from './hub.js';

/** Call at a test file's top level; the function returned opens one database per call. */
export function seededHubDbs(folderPrefix: string): () => Db {
  const dirs: string[] = [];
  const dbs: Db[] = [];
  afterEach(() => {
    dbs.splice(0).forEach((d) => d.close());
    dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true }));
  });
  return () => {
    const dir = mkdtempSync(join(tmpdir(), folderPrefix));
    dirs.push(dir);
    const db = openDatabase(join(dir, 'hub.sqlite'), {
      migrations: HUB_MIGRATIONS,
      backgroundCheckpoints: false,
    });
    dbs.push(db);
    seedIfEmpty(db, { catalogue: openAllDay(DEMO_CATALOGUE), staff: [], devices: [] }, Date.now());
    return db;
  };
}
