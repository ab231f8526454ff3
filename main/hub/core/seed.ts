/** First-start seeding: the centre's catalogue, staff accounts and device keys. Does nothing if already seeded. */
import {
  Catalogue,
  catalogueProblems,
  type KnownDevice,
  type Staff,
} from '../../../shared/contract/catalogue.js';
import type { Db } from './store/database.js';
import { insertStaff, readCatalogue, writeCatalogue } from './store/repository.js';
import { insertDevice } from './store/credentials.js';
import { hashSecret, sha256 } from './security.js';
import { describeIssues } from '../../../shared/contract/validation-errors.js';

export interface SeedDevice {
  id: string;
  role: 'kiosk' | 'display';
  name: string;
  key: string;
}

/** Schema and cross-references; with `devices`, display and kiosk settings must name registered devices. */
export function validateCatalogue(raw: unknown, devices?: readonly KnownDevice[]): Catalogue {
  const parsed = Catalogue.safeParse(raw);
  if (!parsed.success) throw new Error(`invalid catalogue: ${describeIssues(parsed.error)}`);
  const problems = catalogueProblems(parsed.data, devices);
  if (problems.length) throw new Error(`invalid catalogue: ${problems.join('; ')}`);
  return parsed.data;
}

export function seedIfEmpty(
  db: Db,
  seed: { catalogue: Catalogue; staff: (Staff & { pin: string })[]; devices: SeedDevice[] },
  now: number,
): boolean {
  if (readCatalogue(db)) return false;
  const catalogue = validateCatalogue(seed.catalogue, seed.devices);
  // Hash outside the transaction: scrypt is slow on purpose.
  const staff = seed.staff.map(({ pin, ...s }) => ({ s, hash: hashSecret(pin) }));
  db.transaction(() => {
    writeCatalogue(db, catalogue, now);
    for (const { s, hash } of staff) insertStaff(db, s, hash);
    for (const d of seed.devices)
      insertDevice(db, { id: d.id, role: d.role, name: d.name, keyHash: sha256(d.key) }, now);
  })();
  return true;
}
