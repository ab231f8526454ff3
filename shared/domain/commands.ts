/**
 * The queue engine's decisions. Each function reads the state, checks the command against the
 * rules, and returns the Change it implies (or throws a DomainError). None writes the state.
 * One file per command family (shared/domain/commands/); this index is what the engine imports.
 */
export type { IssueCommand } from './issue-command.js';
export { formatTicket, type Context, type Decision } from './commands/decision.js';
export { decideIssue } from './commands/issue.js';
export { decideCounterStatus, decideOpenCounter } from './commands/counter-status.js';
export { decideCallNext, decideCallVisit, decideRecall } from './commands/call.js';
export {
  decideComplete,
  decideNoShow,
  decidePark,
  decideRecycle,
  decideResume,
  decideStartServing,
} from './commands/serve.js';
export { decideTransfer } from './commands/transfer.js';
export { decideCancel, decidePostpone, decideVisitLanguage } from './commands/visitor.js';
export { decideEndOfDay } from './commands/end-of-day.js';
