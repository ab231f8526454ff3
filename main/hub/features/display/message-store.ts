/**
 * The manager's message the boards show now: the latest `announce` in the configuration audit,
 * which the hub already writes for every announcement, while it has not ended. Read from the
 * database rather than kept in memory, so a board that reloads gets it, and so does one after a
 * hub restart.
 */
import { DisplayMessage } from '../../../../shared/contract/manager.js';
import type { Db } from '../../core/store/database.js';

/** config_audit rows are few (configuration changes); the newest is found through the primary key. */
const LATEST_ANNOUNCEMENT_SQL =
  "SELECT after FROM config_audit WHERE what = 'announce' ORDER BY id DESC LIMIT 1";

/** The message still up at `now`, or null (none announced, ended, or a row that is not a message). */
export function currentDisplayMessage(db: Db, now: number): DisplayMessage | null {
  const row = db.prepare(LATEST_ANNOUNCEMENT_SQL).get() as { after: string } | undefined;
  if (!row) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(row.after);
  } catch {
    return null;
  }
  const message = DisplayMessage.safeParse(parsed);
  return message.success && message.data.until > now ? message.data : null;
}
