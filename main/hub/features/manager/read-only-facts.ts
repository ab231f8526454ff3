/**
 * Report facts for reads while the store refuses writes. The dashboard's figures and reports
 * normally fold new events into `visit_facts` (and build rollups) first, which writes; on a full
 * disk that write failed and every manager.metrics and manager.report answered 500. Here the
 * events not yet folded are folded in memory only and laid over the stored facts, so the figures
 * stay right and nothing is written.
 */
import type { Catalogue } from '../../../../shared/contract/catalogue.js';
import type { ReportQuery } from '../../../../shared/contract/manager.js';
import { referenceReport, type ReportBody, type VisitFacts } from '../../../../shared/domain/reports.js';
import type { Db } from '../../core/store/database.js';
import { factsCursor, factsForDays, foldContext, foldEventRows } from './facts.js';
import { eventsAfter, storedFactsReader } from './facts-store.js';
import { votesInRange } from './rollup-report.js';

/** Facts of the visits touched by events past the fold cursor, folded in memory (nothing is written). */
export function unfoldedFacts(db: Db, catalogue: Catalogue): Map<string, VisitFacts> {
  const ctx = foldContext(catalogue);
  const rows = eventsAfter(db, factsCursor(db));
  const touched = foldEventRows(rows, storedFactsReader(db), ctx);
  const out = new Map<string, VisitFacts>();
  for (const [id, f] of touched) if (f) out.set(id, f);
  return out;
}

/** The stored facts of the days in range with the unfolded ones laid over them. */
export function factsWithUnfolded(db: Db, catalogue: Catalogue, from: string, to: string): VisitFacts[] {
  const pending = unfoldedFacts(db, catalogue);
  const facts = factsForDays(db, from, to).filter((f) => !pending.has(f.visitId));
  for (const f of pending.values()) if (f.day >= from && f.day <= to) facts.push(f);
  return facts;
}

/** The report without rollups: the reference computation over the facts in range. */
export function readOnlyReport(db: Db, catalogue: Catalogue, query: ReportQuery): ReportBody {
  return referenceReport(
    factsWithUnfolded(db, catalogue, query.from, query.to),
    votesInRange(db, catalogue, query.from, query.to).flatMap((v) => Array.from({ length: v.n }, () => v)),
    query,
  );
}
