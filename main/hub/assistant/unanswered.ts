/**
 * The log of questions the assistant could not answer (hand-overs and "did you mean"), redacted
 * and grouped, for the FAQ editor. A manager dismisses a group once an answer exists.
 */
import type { Db } from '../store/database.js';
import type { AnswerOutcome, Language, UnansweredGroup } from '../../../shared/domain/assistant/contract.js';
import { redactQuestion } from '../../../shared/domain/assistant/redact.js';

/** Outcomes that mean the centre had no answer: worth a manager's look. */
const LOGGED: ReadonlySet<AnswerOutcome> = new Set(['unsure', 'not_understood']);

export function shouldLog(outcome: AnswerOutcome): boolean {
  return LOGGED.has(outcome);
}

export function logUnanswered(
  db: Db,
  question: string,
  language: Language,
  outcome: AnswerOutcome,
  at: number,
): void {
  const { text, key } = redactQuestion(question);
  if (!key) return;
  db.prepare(
    `INSERT INTO assistant_unanswered (key, example, language, outcome, count, first_at, last_at)
     VALUES (?, ?, ?, ?, 1, ?, ?)
     ON CONFLICT (key) DO UPDATE SET count = count + 1, last_at = excluded.last_at, outcome = excluded.outcome`,
  ).run(key, text, language, outcome, at, at);
}

export function listUnanswered(db: Db, limit: number): UnansweredGroup[] {
  const rows = db
    .prepare('SELECT * FROM assistant_unanswered ORDER BY count DESC, last_at DESC LIMIT ?')
    .all(limit) as {
    key: string;
    example: string;
    language: Language;
    outcome: AnswerOutcome;
    count: number;
    first_at: number;
    last_at: number;
  }[];
  return rows.map((r) => ({
    key: r.key,
    example: r.example,
    language: r.language,
    outcome: r.outcome,
    count: r.count,
    firstAt: r.first_at,
    lastAt: r.last_at,
  }));
}

export function dismissUnanswered(db: Db, key: string): boolean {
  return db.prepare('DELETE FROM assistant_unanswered WHERE key = ?').run(key).changes > 0;
}
