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
import { unansweredStatements } from './unanswered-store.js';

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

/** The log over one database (its statements prepared once: unanswered-store.ts). */
export function unansweredLog(db: Db): UnansweredLog {
  const store = unansweredStatements(db);
  return {
    log(question, language, outcome, at) {
      const { text, key } = redactQuestion(question);
      if (!key) return;
      store.record(key, text, language, outcome, at);
    },
    list: (limit) => store.groups(limit),
    dismiss: (key) => store.remove(key),
  };
}
