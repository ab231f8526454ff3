/**
 * The SQL of the unanswered-questions log (`assistant_unanswered`, migrations 0015 and 0017): one
 * row per redacted question, counted. Its statements are prepared once per database: a question is
 * logged on every hand-over, and preparing SQL costs more than running it. What is logged, and
 * how it is redacted, is unanswered.ts's.
 */
import type { Db } from '../../core/store/database.js';
import type {
  AnswerOutcome,
  Language,
  UnansweredGroup,
} from '../../../../shared/domain/assistant/contract.js';

export interface UnansweredStatements {
  /** Counts one more asking of the group `key`, created with `example` if it is new. */
  record(key: string, example: string, language: Language, outcome: AnswerOutcome, at: number): void;
  /** The groups, most asked first. */
  groups(limit: number): UnansweredGroup[];
  /** False when there is no group with that key. */
  remove(key: string): boolean;
}

interface UnansweredRow {
  key: string;
  example: string;
  language: Language;
  outcome: AnswerOutcome;
  count: number;
  first_at: number;
  last_at: number;
}

export function unansweredStatements(db: Db): UnansweredStatements {
  const insert = db.prepare<[string, string, Language, AnswerOutcome, number, number]>(
    `INSERT INTO assistant_unanswered (key, example, language, outcome, count, first_at, last_at)
     VALUES (?, ?, ?, ?, 1, ?, ?)
     ON CONFLICT (key) DO UPDATE SET count = count + 1, last_at = excluded.last_at, outcome = excluded.outcome`,
  );
  const select = db.prepare<[number], UnansweredRow>(
    'SELECT * FROM assistant_unanswered ORDER BY count DESC, last_at DESC LIMIT ?',
  );
  const remove = db.prepare<[string]>('DELETE FROM assistant_unanswered WHERE key = ?');
  return {
    record(key, example, language, outcome, at) {
      insert.run(key, example, language, outcome, at, at);
    },
    groups(limit) {
      return select.all(limit).map((r) => ({
        key: r.key,
        example: r.example,
        language: r.language,
        outcome: r.outcome,
        count: r.count,
        firstAt: r.first_at,
        lastAt: r.last_at,
      }));
    },
    remove(key) {
      return remove.run(key).changes > 0;
    },
  };
}
