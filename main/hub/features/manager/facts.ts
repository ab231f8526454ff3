/**
 * Keeps `visit_facts` (one row per visit) up to date from `visit_events`, by a cursor over the
 * event sequence. Idempotent and restartable: the cursor moves in the same transaction as the rows.
 */
import type { Catalogue } from '../../../../shared/contract/catalogue.js';
import { foldVisitEvent, type FoldContext, type VisitFacts } from '../../../../shared/domain/reports.js';
import type { Db } from '../../core/store/database.js';
import { readSetting, writeSetting } from '../../core/store/settings.js';
import { factFold, factsFromRow, type FactRow, type StoredEventRow } from './facts-store.js';

export {
  factsForDays,
  factsFromRow,
  INSERT_FACT_SQL,
  rowParams,
  type FactRow,
  type StoredEventRow,
} from './facts-store.js';

export const FACTS_CURSOR_KEY = 'facts_cursor';
const BATCH = 5000;

export function foldContext(catalogue: Catalogue): FoldContext {
  const targets = new Map(catalogue.services.map((s) => [s.id, s.target.withinMinutes * 60_000]));
  return { timeZone: catalogue.centre.timeZone, targetMs: (id) => targets.get(id) ?? null };
}

/**
 * Folds stored events, in order, into the facts of the visits they touch, starting from each
 * visit's stored facts (`stored`). Writes nothing; the caller decides whether to.
 */
export function foldEventRows(
  rows: readonly StoredEventRow[],
  stored: (visitId: string) => FactRow | undefined,
  ctx: ReturnType<typeof foldContext>,
): Map<string, VisitFacts | undefined> {
  const touched = new Map<string, VisitFacts | undefined>();
  for (const r of rows) {
    let current = touched.get(r.visit_id);
    if (!touched.has(r.visit_id)) {
      const row = stored(r.visit_id);
      current = row ? factsFromRow(row) : undefined;
    }
    const event = {
      visitId: r.visit_id,
      type: r.type,
      at: r.at,
      actor: JSON.parse(r.actor) as { kind: string; staffId?: string },
      data: JSON.parse(r.data) as Record<string, unknown>,
    };
    touched.set(r.visit_id, foldVisitEvent(current, event, ctx));
  }
  return touched;
}

/**
 * Folds events not yet folded, at most `limit` of them (default: all); returns how many it read.
 * The facts are derived data, rebuilt from the event log if lost, so their transactions do not
 * fsync (synchronous=NORMAL for the fold): on a power cut the cursor and its rows are lost together
 * and simply folded again. Short, non-syncing transactions also keep the commit worker from
 * waiting on this connection's write lock.
 */
export function syncFacts(db: Db, catalogue: Catalogue, limit = Number.POSITIVE_INFINITY): number {
  const ctx = foldContext(catalogue);
  const fold = factFold(db);
  let total = 0;
  const durability = db.pragma('synchronous', { simple: true }) as number;
  db.pragma('synchronous = NORMAL');
  try {
    for (;;) {
      const want = Math.min(BATCH, limit - total);
      if (want <= 0) return total;
      const read = foldBatch(want);
      total += read;
      if (read < want) return total;
    }
  } finally {
    db.pragma(`synchronous = ${durability}`);
  }

  function foldBatch(want: number): number {
    return db.transaction(() => {
      const rows = fold.eventsAfter(factsCursor(db), want);
      if (rows.length === 0) return 0;
      const touched = foldEventRows(rows, fold.storedFacts, ctx);
      const days = new Set<string>();
      for (const f of touched.values()) {
        if (!f) continue;
        fold.saveFacts(f);
        days.add(f.day);
      }
      // Report rollups of these days are now stale.
      for (const d of days) fold.bumpDay(d);
      writeSetting(db, FACTS_CURSOR_KEY, String(rows.at(-1)!.seq));
      return rows.length;
    })();
  }
}

/** The last event sequence number folded into the facts (0 before the first fold). */
export function factsCursor(db: Db): number {
  return Number(readSetting(db, FACTS_CURSOR_KEY) ?? 0);
}
