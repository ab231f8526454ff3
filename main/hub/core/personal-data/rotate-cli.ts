/**
 * Rotates the key that seals personal data in a hub's data folder:
 *
 *   DAWR_DATA_DIR=/var/lib/dawr node --import tsx main/hub/core/personal-data/rotate-cli.ts
 *
 * Safe while the hub runs (it re-reads the keyring when it meets the new key), though a quiet moment
 * is better: the re-seal is one transaction that holds the write lock. Prints one JSON line.
 */
import { join } from 'node:path';
import { hubConfigFromEnv } from '../config.js';
import { openDatabase } from '../store/database.js';
import { rotatePersonalDataKey } from './rotate.js';
import { keyringPath, loadKeyring } from './keyring.js';

function main() {
  const { dataDir } = hubConfigFromEnv(process.env);
  // A wrong folder is refused before a database is opened (which would create an empty one).
  loadKeyring(keyringPath(dataDir));
  // As the hub left it: the keyring shows a hub ran here, and migrated the database when it started.
  const db = openDatabase(join(dataDir, 'hub.sqlite'), { migrations: 'as-is', backgroundCheckpoints: false });
  try {
    const result = rotatePersonalDataKey(dataDir, db);
    process.stdout.write(`${JSON.stringify({ event: 'personal-data-key-rotated', ...result })}\n`);
  } finally {
    db.close();
  }
}

try {
  main();
} catch (e) {
  process.stderr.write(`dawr rotate personal-data key: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
}
