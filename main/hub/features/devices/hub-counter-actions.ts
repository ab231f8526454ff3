/**
 * A call keypad does what the counter app does, as the staff member signed in at that counter.
 * A keypad at a closed counter (nobody signed in) is refused like any unauthenticated caller.
 */
import type { CounterActions, CounterTicket } from '../../../../devices/ports.js';
import type { OperationName } from '../../../../shared/contract/operations.js';
import type { Visit } from '../../../../shared/contract/visit.js';
import type { Hub, Principal } from '../../core/hub.js';

export class KeypadActionError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'KeypadActionError';
  }
}

export class HubCounterActions implements CounterActions {
  constructor(
    private readonly hub: Hub,
    private readonly staffRoles: (staffId: string) => Principal['roles'] | undefined,
  ) {}

  private principalAt(counterId: string): Principal {
    const staffId = this.hub.state.counters.get(counterId)?.staffId;
    const roles = staffId ? this.staffRoles(staffId) : undefined;
    if (!staffId || !roles)
      throw new KeypadActionError('counter_not_open', `nobody is signed in at counter ${counterId}`);
    return { actor: { kind: 'staff', staffId }, roles };
  }

  /** The ticket in hand at the counter now, as the keypad's display should show it. */
  ticketAt(counterId: string): CounterTicket {
    const id = this.hub.state.counters.get(counterId)?.currentVisitId;
    const v = id ? this.hub.visit(id) : undefined;
    return v ? { ticketNumber: v.ticket, visitId: v.id } : null;
  }

  private async run(
    counterId: string,
    op: OperationName,
    input: Record<string, unknown>,
  ): Promise<CounterTicket> {
    const outcome = await this.hub.execute(op, { counterId, ...input }, this.principalAt(counterId));
    if (!outcome.ok) throw new KeypadActionError(outcome.error.code, outcome.error.message);
    return this.ticketAt(counterId);
  }

  private current(counterId: string): Visit {
    const id = this.hub.state.counters.get(counterId)?.currentVisitId;
    const v = id ? this.hub.visit(id) : undefined;
    if (!v) throw new KeypadActionError('not_found', `counter ${counterId} has no ticket in hand`);
    return v;
  }

  callNext(counterId: string): Promise<CounterTicket> {
    return this.run(counterId, 'callNext', {});
  }

  recall(counterId: string): Promise<CounterTicket> {
    return this.run(counterId, 'recall', { visitId: this.current(counterId).id });
  }

  noShow(counterId: string): Promise<CounterTicket> {
    return this.run(counterId, 'markNoShow', { visitId: this.current(counterId).id });
  }

  /** The keypad's number picks the n-th queue of the centre (1-based); the citizen keeps their place. */
  transfer(counterId: string, target: number): Promise<CounterTicket> {
    const queue = this.hub.catalogue.queues[target - 1];
    if (!queue) return Promise.reject(new KeypadActionError('not_found', `no queue number ${target}`));
    return this.run(counterId, 'transfer', {
      visitId: this.current(counterId).id,
      target: { kind: 'queue', queueId: queue.id, position: 'original' },
      note: 'transferred from the call keypad',
    });
  }
}
