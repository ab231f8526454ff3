/**
 * Restoring a backup in the middle of a business day must not issue ticket numbers again (issue 13):
 * the tickets issued between the backup and the restore are already printed and in people's hands,
 * and central already holds their events. The backup's sequences stop at the backup, so on restore
 * each queue's sequence for today is moved past every number that may have been issued since:
 *
 * - `replaced-database`: the database being replaced still opens and is the backup's continuation
 *   (it holds the backup's last event: an operator's mistake, a bad upgrade): its numbers are the
 *   real ones, so the sequences continue exactly from there. A database that does not hold that
 *   event (a fresh hub started on an empty disk before the restore) says nothing about the tickets
 *   printed in between, so it only raises the floor of the margin below.
 * - `margin`: the database is gone or unreadable, so the numbers are not known. Each queue skips
 *   ahead by what it could have issued today since the backup's last event (since midnight when the
 *   backup is older): the queue's busiest hour in the backup's history (at least FLOOR_PER_HOUR),
 *   times one and a half, per hour counted, plus a few. The restore log (the command's output) records each queue's old and new number and why.
 *
 * Learning the numbers from central's synced events would be exact without the old database; that
 * needs a central read of a centre's tickets, which is not part of its API yet.
 */
import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import * as z from 'zod';
import { localTime } from '../../../../shared/domain/time.js';
import { busiestHours, catalogueDocOf, holdsEvent, lastEvent, sequencesOfDay } from './backup-store.js';
import { raiseSequences } from '../../core/store/repository.js';

/** Tickets an hour a queue is assumed able to issue when its history shows fewer (or none). */
export const FLOOR_PER_HOUR = 60;
/** Headroom over the busiest hour seen, and numbers added on top however short the gap. */
const RATE_HEADROOM = 1.5;
const MINIMUM_SKIP = 10;

export interface QueueSkip {
  queueId: string;
  prefix: string;
  /** Last number in the backup for today (0 when the backup has none). */
  from: number;
  /** Last number after the restore: the next ticket is to + 1. */
  to: number;
}

export interface TicketSkip {
  /** The business day the skip applies to (today at the restore, in the centre's time zone). */
  day: string;
  basis: 'replaced-database' | 'margin';
  /** Minutes counted for the margin: since the backup's last event, or since midnight if that is later. */
  minutesCounted: number;
  queues: QueueSkip[];
}

const CatalogueQueues = z.object({
  centre: z.object({ timeZone: z.string().min(1) }),
  queues: z.array(z.object({ id: z.string().min(1), prefix: z.string() })),
});

type Sequences = Map<string, number>;

interface Replaced {
  sequences: Sequences;
  /** It holds the backup's last event, so it carries on from the backup. */
  continuesBackup: boolean;
}

/** Today's sequences in the database being replaced, or null when it is missing or unreadable. */
function readReplaced(file: string, day: string, backupLastEventId: string | null): Replaced | null {
  if (!existsSync(file)) return null;
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      const continuesBackup = backupLastEventId !== null && holdsEvent(db, backupLastEventId);
      return { sequences: sequencesOfDay(db, day), continuesBackup };
    } finally {
      db.close();
    }
  } catch {
    return null;
  }
}

/**
 * Moves today's ticket sequences in `stagedFile` (the checked copy about to be restored) past every
 * number that may have been issued since the backup. `replacedFile` is the database it will
 * replace, read if it still opens. Returns what it did, for the restore log.
 */
export function skipIssuedTickets(stagedFile: string, replacedFile: string, now: number): TicketSkip {
  const db = new Database(stagedFile, { fileMustExist: true });
  try {
    const catalogue = CatalogueQueues.parse(JSON.parse(catalogueDocOf(db)));
    const local = localTime(now, catalogue.centre.timeZone);
    const day = local.day;
    // Numbers restart each business day, so only today's part of the gap can have used today's numbers.
    const midnight = now - (now % 60_000) - local.minutesOfDay * 60_000;
    const inBackup = sequencesOfDay(db, day);
    // The backup's last write: anything after it may have happened without being in the backup.
    const last = lastEvent(db);
    const elapsedMs = Math.max(0, now - Math.max(last?.at ?? 0, midnight));
    const replaced = readReplaced(replacedFile, day, last?.id ?? null);
    const exact = replaced?.continuesBackup === true;
    const busiest = exact ? new Map<string, number>() : busiestHours(db);
    const queues: QueueSkip[] = catalogue.queues.map((q) => {
      const from = inBackup.get(q.id) ?? 0;
      const replacedLast = replaced?.sequences.get(q.id) ?? 0;
      if (exact) return { queueId: q.id, prefix: q.prefix, from, to: Math.max(from, replacedLast) };
      const perHour = Math.max(FLOOR_PER_HOUR, RATE_HEADROOM * (busiest.get(q.id) ?? 0));
      const margin = Math.ceil((perHour * elapsedMs) / 3_600_000) + MINIMUM_SKIP;
      return { queueId: q.id, prefix: q.prefix, from, to: Math.max(from + margin, replacedLast) };
    });
    raiseSequences(db, day, queues);
    return {
      day,
      basis: exact ? 'replaced-database' : 'margin',
      minutesCounted: Math.round(elapsedMs / 60_000),
      queues,
    };
  } finally {
    db.close();
  }
}
