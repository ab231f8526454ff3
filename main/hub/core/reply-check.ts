/**
 * The hub holding itself to its own contract: in tests (and with DAWR_CHECK_REPLIES=1) every
 * operation's answer is checked against the operation's output schema before it is sent. An answer
 * that does not match is a bug in the hub, so it is refused as `internal` and named, rather than
 * sent to a client that trusts the contract. Off in production: the schemas cost time per reply.
 */
import { OPERATIONS, type OperationName } from '../../../shared/contract/operations.js';
import { describeIssues } from '../../../shared/contract/validation-errors.js';

type Answer = { ok: true; data: unknown } | { ok: false; error: { code: string; message: string } };

/** Whether replies are checked unless the hub is told otherwise. */
export function checkRepliesByDefault(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.NODE_ENV === 'test' || env.DAWR_CHECK_REPLIES === '1';
}

/** The answer unchanged when it matches `name`'s output schema (or is a refusal); else a refusal. */
export function checkedReply<A extends Answer>(name: OperationName, answer: A): A | Answer {
  if (!answer.ok) return answer;
  const r = OPERATIONS[name].output.safeParse(answer.data);
  if (r.success) return answer;
  return {
    ok: false,
    error: {
      code: 'internal',
      message: `the hub's answer to ${name} does not match its output schema: ${describeIssues(r.error)}`,
    },
  };
}
