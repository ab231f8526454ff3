/**
 * The FAQ table and its audit. Every change is one transaction that writes the entry and an
 * audit row with who, when, before and after; a refused change writes nothing.
 */
import type { Db } from '../../core/store/database.js';
import { FaqEntry } from '../../../../shared/domain/assistant/contract.js';

export interface FaqAuditRow {
  seq: number;
  faqId: string;
  action: 'seed' | 'create' | 'update' | 'delete';
  actor: string;
  at: number;
  before: FaqEntry | null;
  after: FaqEntry | null;
}

const parse = (body: string | null): FaqEntry | null =>
  body === null ? null : FaqEntry.parse(JSON.parse(body));

export function listFaqs(db: Db): FaqEntry[] {
  const rows = db.prepare('SELECT body FROM faqs ORDER BY id').all() as { body: string }[];
  return rows.map((r) => FaqEntry.parse(JSON.parse(r.body)));
}

export function getFaq(db: Db, id: string): FaqEntry | undefined {
  const row = db.prepare('SELECT body FROM faqs WHERE id = ?').get(id) as { body: string } | undefined;
  return row ? FaqEntry.parse(JSON.parse(row.body)) : undefined;
}

function audit(
  db: Db,
  faqId: string,
  action: FaqAuditRow['action'],
  actor: string,
  at: number,
  before: FaqEntry | null,
  after: FaqEntry | null,
) {
  db.prepare(
    'INSERT INTO faq_audit (faq_id, action, actor, at, before, after) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(
    faqId,
    action,
    actor,
    at,
    before ? JSON.stringify(before) : null,
    after ? JSON.stringify(after) : null,
  );
}

/**
 * Seeds the FAQ once, on a hub that has never had one: after that the centre owns it, and an
 * FAQ emptied on purpose stays empty.
 */
export function seedFaqsOnce(db: Db, entries: readonly FaqEntry[], at: number): boolean {
  return db.transaction(() => {
    const touched = db.prepare('SELECT 1 FROM faq_audit LIMIT 1').get();
    if (touched) return false;
    const insert = db.prepare('INSERT INTO faqs (id, body, updated_at, updated_by) VALUES (?, ?, ?, ?)');
    for (const e of entries) {
      insert.run(e.id, JSON.stringify(e), at, 'system');
      audit(db, e.id, 'seed', 'system', at, null, e);
    }
    return true;
  })();
}

export type FaqChange =
  { ok: true; entry: FaqEntry | null } | { ok: false; code: 'not_found' | 'already_exists'; message: string };

export function createFaq(db: Db, entry: FaqEntry, actor: string, at: number): FaqChange {
  return db.transaction((): FaqChange => {
    if (getFaq(db, entry.id))
      return { ok: false, code: 'already_exists', message: `an FAQ entry "${entry.id}" already exists` };
    db.prepare('INSERT INTO faqs (id, body, updated_at, updated_by) VALUES (?, ?, ?, ?)').run(
      entry.id,
      JSON.stringify(entry),
      at,
      actor,
    );
    audit(db, entry.id, 'create', actor, at, null, entry);
    return { ok: true, entry };
  })();
}

export function updateFaq(db: Db, entry: FaqEntry, actor: string, at: number): FaqChange {
  return db.transaction((): FaqChange => {
    const before = getFaq(db, entry.id);
    if (!before) return { ok: false, code: 'not_found', message: `no FAQ entry "${entry.id}"` };
    db.prepare('UPDATE faqs SET body = ?, updated_at = ?, updated_by = ? WHERE id = ?').run(
      JSON.stringify(entry),
      at,
      actor,
      entry.id,
    );
    audit(db, entry.id, 'update', actor, at, before, entry);
    return { ok: true, entry };
  })();
}

export function deleteFaq(db: Db, id: string, actor: string, at: number): FaqChange {
  return db.transaction((): FaqChange => {
    const before = getFaq(db, id);
    if (!before) return { ok: false, code: 'not_found', message: `no FAQ entry "${id}"` };
    db.prepare('DELETE FROM faqs WHERE id = ?').run(id);
    audit(db, id, 'delete', actor, at, before, null);
    return { ok: true, entry: null };
  })();
}

/** Newest first. */
export function faqAudit(db: Db, opts: { faqId?: string; limit: number }): FaqAuditRow[] {
  const rows = (
    opts.faqId
      ? db
          .prepare('SELECT * FROM faq_audit WHERE faq_id = ? ORDER BY seq DESC LIMIT ?')
          .all(opts.faqId, opts.limit)
      : db.prepare('SELECT * FROM faq_audit ORDER BY seq DESC LIMIT ?').all(opts.limit)
  ) as {
    seq: number;
    faq_id: string;
    action: FaqAuditRow['action'];
    actor: string;
    at: number;
    before: string | null;
    after: string | null;
  }[];
  return rows.map((r) => ({
    seq: r.seq,
    faqId: r.faq_id,
    action: r.action,
    actor: r.actor,
    at: r.at,
    before: parse(r.before),
    after: parse(r.after),
  }));
}
