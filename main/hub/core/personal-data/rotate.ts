/**
 * Key rotation for sealed personal data: a new key is added to the keyring and made current, then
 * every sealed value is re-sealed with it in one database transaction. The keyring is written first
 * (atomically), so a crash between the two steps loses nothing: the old key is still in the keyring
 * and the next hub start (or rotation) re-seals what was left. Earlier keys stay in the keyring
 * because backups taken before the rotation still need them.
 */
import type { Db } from '../store/database.js';
import { addKey, keyringPath, loadKeyring } from './keyring.js';
import { sealStoredPersonalData } from './sealed-columns.js';
import { PersonalDataSealer } from './sealer.js';

export interface RotationResult {
  keyId: string;
  previousKeyId: string;
  resealed: number;
  /** Values found in clear (from before sealing) and sealed on the way. */
  sealed: number;
}

export function rotatePersonalDataKey(dataDir: string, db: Db, now = new Date()): RotationResult {
  const path = keyringPath(dataDir);
  const previousKeyId = loadKeyring(path).current;
  const keyring = addKey(path, now);
  const sealer = new PersonalDataSealer(keyring);
  const pass = sealStoredPersonalData(db, sealer);
  dropOldPages(db);
  return { keyId: keyring.current, previousKeyId, ...pass };
}

/**
 * Sealing rewrote rows; their earlier bytes may still sit in WAL frames until the next checkpoint.
 * Checkpointing now (and truncating the WAL) leaves them nowhere; the freed space in the database
 * file is already zeroed (secure_delete).
 */
export function dropOldPages(db: Db): void {
  db.pragma('wal_checkpoint(TRUNCATE)');
}
