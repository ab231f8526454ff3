/**
 * What the hub does around the pure engine for a few operations of the table
 * (shared/contract/operations.ts), typed per operation, so the pipeline (Hub.runOne, the socket
 * binding in server.ts) has no name checks (#17). An operation without an entry passes its
 * validated input to the engine as it is and answers with the engine's result.
 */
import type { OperationInput, OperationName, OperationOutput } from '../../../shared/contract/operations.js';
import type { Actor, CustomerRef, Visit } from '../../../shared/contract/visit.js';
import type { EngineInput } from '../../../shared/domain/engine.js';
import { fail } from '../../../shared/domain/errors.js';
import { estimateVisit } from '../../../shared/domain/estimate.js';
import {
  maskEmiratesId,
  maskMobile,
  normaliseEmiratesId,
  normaliseUaeMobile,
} from '../../../shared/domain/identity.js';
import type { CentreState } from '../../../shared/domain/state.js';
import {
  assertMayIssue,
  assertOpenForWalkIn,
  scopedIdempotencyKey,
  walkInOpening,
  type IssuingFor,
} from './issue-policy.js';

/** One request as its hooks see it (in its batch, before the engine decides). */
export interface HookCall {
  state: CentreState;
  actor: Actor;
  issuingFor: IssuingFor | undefined;
  now: number;
  /** The deployment's keyed hash of a normalised identity number (Hub.hashIdentity). */
  hashIdentity(kind: 'eid' | 'mobile', normalised: string): string;
}

export interface OperationHooks<N extends OperationName> {
  /** The validated wire input → the engine's input; may refuse (throws a DomainError). */
  toEngine?(input: OperationInput<N>, call: HookCall): EngineInput<N>;
  /** The engine's result → the reply (after the engine applied its change to the state). */
  toReply?(result: unknown, call: HookCall): OperationOutput<N>;
  /**
   * Like toReply, for a reply that reads the whole centre (a waiting-time estimate): run once every
   * request of the batch is decided, on the state as the batch left it and the time of its last
   * request. One look-ahead then serves every ticket of the batch; one per request cost a
   * projection of the whole line per ticket, and under load the hub spent its time on them. A batch
   * of one (a quiet hub) answers exactly as toReply would.
   */
  toSettledReply?(result: unknown, settled: SettledBatch): OperationOutput<N>;
  /**
   * socket.io rooms a caller joins once its request succeeded on a socket, judged against the state
   * as it is when the answer goes out: a later request of the same batch may have undone the first
   * (a counter opened and closed at once), and the Broadcaster's clean-up of rooms ran before.
   */
  socketRooms?(output: OperationOutput<N>, state: CentreState): string[];
}

/** The state and time a batch's settled replies are read at (OperationHooks.toSettledReply). */
export interface SettledBatch {
  state: CentreState;
  now: number;
}

type HookTable = { readonly [N in OperationName]?: OperationHooks<N> };

export const OPERATION_HOOKS: HookTable = {
  issueTicket: {
    toEngine: (input, call) => withCustomer(asCallerMay(input, call), call),
    toSettledReply(result, settled) {
      const { visit, replayed } = result as { visit: Visit; replayed: boolean };
      return {
        visit,
        replayed,
        // As the batch left it: a counter may already have called it (then nobody is ahead).
        estimate: estimateVisit(settled.state, settled.state.visits.get(visit.id) ?? visit, settled.now),
        statusPath: `/t/${visit.publicToken}`,
      };
    },
  },
  // A counter's screen follows the visits at its counter while it holds it; the Broadcaster takes
  // its sockets out of the room when the counter closes or changes hands.
  openCounter: {
    socketRooms: (counter, state) => {
      const current = state.counters.get(counter.counterId);
      return current && current.status !== 'closed' && current.staffId === counter.staffId
        ? [counterRoom(counter.counterId)]
        : [];
    },
  },
};

/** The hooks of one operation, typed for it. */
export function hooksOf<N extends OperationName>(name: N): OperationHooks<N> | undefined {
  return OPERATION_HOOKS[name] as OperationHooks<N> | undefined;
}

/** The socket.io room (on /counter) of the staff holding a counter: the visits at that counter. */
export const counterRoom = (counterId: string): string => `c:${counterId}`;

/** The rooms a socket caller of this operation joins after an ok outcome, if it joins any. */
export function socketRoomsOf<N extends OperationName>(
  name: N,
): ((output: unknown, state: CentreState) => string[]) | undefined {
  const rooms = hooksOf(name)?.socketRooms;
  // An ok outcome carries N's output (the hub checks its replies against the schema in tests).
  return rooms && ((output, state) => rooms(output as OperationOutput<N>, state));
}

/**
 * The caller's channel and priority rights checked, walk-ins refused outside the opening hours,
 * and its idempotency key made its own.
 */
function asCallerMay(input: OperationInput<'issueTicket'>, call: HookCall): OperationInput<'issueTicket'> {
  assertMayIssue(call.actor, call.issuingFor, input);
  const idempotencyKey = scopedIdempotencyKey(call.actor, call.issuingFor, input.idempotencyKey);
  // A retry of a ticket issued just before the last-ticket time still gets that ticket back.
  if (!call.state.idempotency.has(idempotencyKey))
    assertOpenForWalkIn(call.actor, call.issuingFor, walkInOpening(call.state, input.serviceId, call.now));
  return { ...input, idempotencyKey };
}

/**
 * Identity numbers are validated, then kept only as keyed hashes and a masked form. The hash is
 * main/common/identity-hash.ts's, so hubs and channels sharing the deployment key produce equal hashes.
 */
function withCustomer(input: OperationInput<'issueTicket'>, call: HookCall): EngineInput<'issueTicket'> {
  const { identity, ...rest } = input;
  let customer: CustomerRef | null = null;
  if (identity?.kind === 'emiratesId') {
    const n = normaliseEmiratesId(identity.value);
    if (!n) fail('validation', 'the Emirates ID number is not valid (784-YYYY-NNNNNNN-C)');
    customer = { idHash: call.hashIdentity('eid', n), masked: maskEmiratesId(n) };
  } else if (identity?.kind === 'mobile') {
    const n = normaliseUaeMobile(identity.value);
    if (!n) fail('validation', 'the mobile number is not a UAE mobile number');
    customer = { mobileHash: call.hashIdentity('mobile', n), masked: maskMobile(n) };
  }
  return { ...rest, customer };
}
