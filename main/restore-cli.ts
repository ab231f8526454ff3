/**
 * `node --import tsx main/restore-cli.ts <backup file> [--data-dir DIR] [--force]` (`npm run restore`):
 * restores a hub backup into a data folder (default $DAWR_DATA_DIR, else data/hub).
 * `… <backup file> --central-db FILE` restores a central SQLite backup over FILE instead.
 * Stop the hub (or central) first; start it again afterwards. Exit 0 restored, 2 refused, 1 failed.
 * Above main/hub and main/central because it serves both, and neither deployment imports the other.
 */
import { parseArgs } from 'node:util';
import { restoreCentralSqlite } from './central/backup.js';
import { restoreBackup, RestoreRefused } from './hub/features/backup/restore.js';
import { HUB_MIGRATIONS } from './hub/migrations.js';

const USAGE =
  'usage: restore-cli.ts <backup file> [--data-dir DIR] [--force] | <backup file> --central-db FILE';

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        'data-dir': { type: 'string' },
        force: { type: 'boolean', default: false },
        'central-db': { type: 'string' },
      },
    });
  } catch (e) {
    process.stderr.write(`dawr restore: ${e instanceof Error ? e.message : String(e)}\n${USAGE}\n`);
    return 2;
  }
  const [backupFile, ...extra] = parsed.positionals;
  if (!backupFile || extra.length > 0) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const dataDir = parsed.values['data-dir'] ?? process.env.DAWR_DATA_DIR ?? 'data/hub';
  const centralDb = parsed.values['central-db'];
  try {
    if (centralDb) {
      const keptAside = await restoreCentralSqlite(backupFile, centralDb);
      process.stdout.write(`${JSON.stringify({ event: 'restored', centralDb, keptAside })}\n`);
      process.stderr.write(`dawr restore: restored central's database ${centralDb}. Start central again.\n`);
      return 0;
    }
    const r = await restoreBackup({
      backupFile,
      dataDir,
      force: parsed.values.force,
      knownSchemaVersion: HUB_MIGRATIONS.length,
    });
    process.stdout.write(
      `${JSON.stringify({ event: 'restored', dataDir, centreId: r.centreId, schemaVersion: r.schemaVersion, rowCounts: r.rowCounts, keptAside: r.keptAside, ticketSkip: r.ticketSkip })}\n`,
    );
    const skip = r.ticketSkip;
    const moved = skip.queues.map((q) => `${q.prefix}: ${q.from} → ${q.to}`).join(', ');
    process.stderr.write(
      `dawr restore: ticket numbers for ${skip.day} continue after ${moved} ` +
        (skip.basis === 'replaced-database'
          ? '(read from the replaced database).\n'
          : `(skipped ahead by what ${skip.minutesCounted} minutes since the backup could have printed, so no number is issued twice).\n`),
    );
    process.stderr.write(
      `dawr restore: restored centre "${r.centreId}" into ${dataDir}` +
        (r.keptAside.length ? `; the previous database is kept as ${r.keptAside[0]}` : '') +
        '. Start the hub: it sends central only what central does not already have.\n',
    );
    return 0;
  } catch (e) {
    if (e instanceof RestoreRefused) {
      process.stderr.write(`dawr restore: refused, nothing was changed: ${e.message}\n`);
      return 2;
    }
    process.stderr.write(`dawr restore: failed: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
}

main().then((code) => process.exit(code));
