/**
 * The queue engine's single entry point: an operation name and its validated input in, a
 * Decision out. Typed against the OPERATIONS table so a new operation cannot be forgotten here.
 */
import type { OperationInput, OperationName } from '../contract/operations.js';
import type { CustomerRef } from '../contract/visit.js';
import * as c from './commands.js';
import type { Context, Decision } from './commands.js';
import type { CentreState } from './state.js';

/** issueTicket arrives with identity already hashed and masked by the hub (no clear numbers in the core). */
export type EngineInput<N extends OperationName> = N extends 'issueTicket'
  ? Omit<OperationInput<'issueTicket'>, 'identity'> & { customer: CustomerRef | null }
  : OperationInput<N>;

type Handlers = {
  [N in OperationName]: (s: CentreState, ctx: Context, input: EngineInput<N>) => Decision<unknown>;
};

const HANDLERS: Handlers = {
  issueTicket: (s, ctx, i) => c.decideIssue(s, ctx, i),
  cancelVisit: c.decideCancel,
  postponeVisit: c.decidePostpone,
  setVisitLanguage: c.decideVisitLanguage,
  openCounter: (s, ctx, i) => c.decideOpenCounter(s, ctx, i.counterId),
  setCounterStatus: c.decideCounterStatus,
  callNext: (s, ctx, i) => c.decideCallNext(s, ctx, i.counterId),
  callVisit: c.decideCallVisit,
  recall: c.decideRecall,
  startServing: c.decideStartServing,
  markNoShow: c.decideNoShow,
  recycle: c.decideRecycle,
  park: c.decidePark,
  resume: c.decideResume,
  transfer: c.decideTransfer,
  complete: c.decideComplete,
  endOfDay: (s, ctx, i) => c.decideEndOfDay(s, ctx, i.mode, i.before),
};

export function decide<N extends OperationName>(
  state: CentreState,
  ctx: Context,
  name: N,
  input: EngineInput<N>,
): Decision<unknown> {
  return (HANDLERS[name] as (s: CentreState, ctx: Context, input: EngineInput<N>) => Decision<unknown>)(
    state,
    ctx,
    input,
  );
}
