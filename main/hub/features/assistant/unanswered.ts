/**
 * The log of questions the assistant could not answer (hand-overs and "did you mean"), redacted
 * and grouped, for the FAQ editor. A manager dismisses a group once an answer exists.
 */
import type { Db } from '../../core/store/database.js';
import type {
  AnswerOutcome,
  Language,
  UnansweredGroup,
} from '../../../../shared/domain/assistant/contract.js';
import { redactQuestion } from '../../../../shared/domain/assistant/redact.js';

/** Outcomes that mean the centre had no answer: worth a manager's look. */
const LOGGED: ReadonlySet<AnswerOutcome> = new Set(['unsure', 'not_understood']);

export function shouldLog(outcome: AnswerOutcome): boolean {
  return LOGGED.has(outcome);
}

export interface UnansweredLog {
  /** Logs one question, redacted; a question with nothing left after redaction is not kept. */
  log(question: string, language: Language, outcome: AnswerOutcome, at: number): void;
  /** The groups, most asked first. */
  list(limit: number): UnansweredGroup[];
  /** Dismisses a group; false when there is none with that key. */
  dismiss(key: string): boolean;
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

/**
 * The log over one database. Its statements are prepared here, once: a question is logged on every
 * hand-over, and preparing SQL costs more than running it.
 */
export function unansweredLog(db: Db): UnansweredLog {
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
    log(question, language, outcome, at) {
      const { text, key } = redactQuestion(question);
      if (!key) return;
      insert.run(key, text, language, outcome, at, at);
    },
    list(limit) {
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
    dismiss(key) {
      return remove.run(key).changes > 0;
    },
  };
}
