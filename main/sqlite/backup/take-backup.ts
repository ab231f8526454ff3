/**
 * One backup of a live SQLite database into a folder: a consistent copy (online backup API, in a
 * worker), checked, optionally encrypted, then renamed into place. Until the rename the file has a
 * hidden `.partial` name, and it is fsynced before and its folder after, so a half-written file is
 * never taken for a backup. Shared by the hub's schedule and central on SQLite.
 */
import { mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { checkDatabase, copyDatabase, type CheckResult } from './sqlite-jobs.js';
import { encryptFile } from './encryption.js';
import { fsyncDir } from './files.js';

export const PARTIAL_SUFFIX = '.partial';

export interface BackupJob {
  /** The live database file. */
  source: string;
  /** The backup folder (created when missing). */
  dir: string;
  /** File name without extension, e.g. hub-centre-a-20260101T101500Z-frequent. */
  name: string;
  /** Tables whose row counts are recorded with the check. */
  tables: readonly string[];
  /** A query answering one value that names the owner (the hub: its centre id). */
  identitySql?: string;
  /** Encrypts with this key; the clear copy is staged in `stagingDir` (beside the database), never in `dir`. */
  encrypt?: { key: Buffer; stagingDir: string };
}

export interface BackupOutcome {
  file: string;
  sizeBytes: number;
  encrypted: boolean;
  pages: number;
  copyMs: number;
  check: CheckResult;
}

export class BackupFailed extends Error {
  override name = 'BackupFailed';
  constructor(
    message: string,
    readonly check?: CheckResult,
  ) {
    super(message);
  }
}

export async function takeBackup(job: BackupJob): Promise<BackupOutcome> {
  mkdirSync(job.dir, { recursive: true });
  const fileName = `${job.name}.sqlite${job.encrypt ? '.enc' : ''}`;
  const file = join(job.dir, fileName);
  const plain = join(job.encrypt?.stagingDir ?? job.dir, `.${job.name}.sqlite${PARTIAL_SUFFIX}`);
  const encrypted = join(job.dir, `.${fileName}${PARTIAL_SUFFIX}`);
  if (job.encrypt) mkdirSync(job.encrypt.stagingDir, { recursive: true });
  try {
    const copied = await copyDatabase(job.source, plain);
    const check = await checkDatabase(plain, job.tables, job.identitySql);
    if (!check.ok) throw new BackupFailed(`the copy failed its check: ${check.problem ?? 'unknown'}`, check);
    if (job.encrypt) {
      await encryptFile(plain, encrypted, job.encrypt.key);
      rmSync(plain, { force: true });
      renameSync(encrypted, file);
    } else renameSync(plain, file);
    fsyncDir(job.dir);
    return {
      file,
      sizeBytes: statSync(file).size,
      encrypted: job.encrypt !== undefined,
      pages: copied.pages,
      copyMs: copied.copyMs,
      check,
    };
  } finally {
    rmSync(plain, { force: true });
    rmSync(encrypted, { force: true });
  }
}

/** `20260101T101500Z`: sorts by time, and is safe in file names on every filesystem. */
export function backupStamp(at: number): string {
  return new Date(at)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}
