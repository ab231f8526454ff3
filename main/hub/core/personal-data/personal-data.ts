/**
 * What the hub's features get for personal data (HubModuleContext.personalData): the sealer for the
 * fields they store, the retention periods, and the purge's steps, to which each feature adds its
 * own. Opened once per hub by startHub.
 */
import type { Db } from '../store/database.js';
import type { RetentionPeriods } from './config.js';
import { keyringPath, loadKeyring, loadOrCreateKeyring } from './keyring.js';
import { sealStoredPersonalData, type SealPassResult } from './sealed-columns.js';
import { PersonalDataSealer } from './sealer.js';
import { dropOldPages } from './rotate.js';
import { RetentionSteps } from './retention-steps.js';

export interface PersonalData {
  sealer: PersonalDataSealer;
  retention: RetentionPeriods;
  /** What the retention purge runs: each feature keeping personal data or logs adds its step in `provide`. */
  retentionSteps: RetentionSteps;
}

/**
 * Loads (or creates) the keyring in the data folder, then brings the database to it before the hub
 * serves anyone: values still in clear (written before sealing existed) are sealed, values under an
 * older key re-sealed, in one transaction.
 */
export function openPersonalData(
  dataDir: string,
  db: Db,
  retention: RetentionPeriods,
): PersonalData & { startPass: SealPassResult } {
  const sealer = new PersonalDataSealer(loadOrCreateKeyring(dataDir), () =>
    loadKeyring(keyringPath(dataDir)),
  );
  const startPass = sealStoredPersonalData(db, sealer);
  if (startPass.sealed > 0 && !db.memory) dropOldPages(db);
  return { sealer, retention, retentionSteps: new RetentionSteps(), startPass };
}
