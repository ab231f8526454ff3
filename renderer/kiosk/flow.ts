/**
 * The kiosk's walk-in flow as a pure reducer: which screen, what the citizen chose, and the
 * idempotency key of the print tap. The common case is two taps from the start screen: a service
 * tile, then "Print my ticket"; identification and priority are optional on that same screen.
 * Resetting returns to the start screen with nothing personal left.
 */
import type { IdentityInput } from '../../shared/contract/operations.js';
import type { PriorityReason } from '../../shared/contract/catalogue.js';
import type { IssuedTicket } from '../../shared/contract/views.js';

export type Screen =
  'welcome' | 'services' | 'service' | 'ticket' | 'checkin' | 'feedback' | 'assisted' | 'ask';

export type WalkInPriority = Exclude<PriorityReason, 'appointment'>;
export const RELATIONS = ['family', 'employer', 'other'] as const;
export type Relation = (typeof RELATIONS)[number];

export interface FlowState {
  screen: Screen;
  /** Screens to go back to, most recent last. */
  history: Screen[];
  /** The services screen opened on its search (with the on-screen keyboard). */
  searching: boolean;
  serviceId: string | null;
  /** The clear number lives only here, only until the ticket is issued. */
  identity: IdentityInput | null;
  priority: WalkInPriority | null;
  representative: Relation | null;
  /** One per print tap; reused when the same request is retried. */
  idempotencyKey: string | null;
  ticket: IssuedTicket | null;
  /** Whether the ticket came from an appointment check-in. */
  checkedIn: boolean;
}

export const INITIAL: FlowState = {
  screen: 'welcome',
  history: [],
  searching: false,
  serviceId: null,
  identity: null,
  priority: null,
  representative: null,
  idempotencyKey: null,
  ticket: null,
  checkedIn: false,
};

export type FlowAction =
  | { type: 'reset' }
  | { type: 'go'; screen: Screen }
  | { type: 'back' }
  | { type: 'browse'; search: boolean }
  | { type: 'chooseService'; serviceId: string }
  | {
      type: 'details';
      identity: IdentityInput | null;
      priority: WalkInPriority | null;
      representative: Relation | null;
    }
  | { type: 'printTap'; idempotencyKey: string }
  | { type: 'issued'; ticket: IssuedTicket; checkedIn?: boolean };

function go(s: FlowState, screen: Screen): FlowState {
  return s.screen === screen ? s : { ...s, screen, history: [...s.history, s.screen] };
}

export function flow(s: FlowState, a: FlowAction): FlowState {
  switch (a.type) {
    case 'reset':
      return INITIAL;
    case 'go':
      return go(s, a.screen);
    case 'back': {
      // After a ticket there is no way back into the finished request.
      if (s.screen === 'ticket' || s.history.length === 0) return INITIAL;
      const history = s.history.slice(0, -1);
      return { ...s, screen: s.history[s.history.length - 1]!, history, idempotencyKey: null };
    }
    case 'browse':
      return go({ ...s, searching: a.search }, 'services');
    case 'chooseService':
      return go(
        {
          ...s,
          serviceId: a.serviceId,
          identity: null,
          priority: null,
          representative: null,
          idempotencyKey: null,
        },
        'service',
      );
    case 'details':
      // Another request than the one a key was made for: the next tap gets a new key.
      return {
        ...s,
        identity: a.identity,
        priority: a.priority,
        representative: a.representative,
        idempotencyKey: null,
      };
    case 'printTap':
      // A retry of the same request keeps its key, so the hub never issues two tickets.
      return { ...s, idempotencyKey: s.idempotencyKey ?? a.idempotencyKey };
    case 'issued':
      return {
        ...INITIAL,
        screen: 'ticket',
        history: [],
        serviceId: s.serviceId ?? a.ticket.visit.serviceIds[0] ?? null,
        ticket: a.ticket,
        checkedIn: a.checkedIn ?? false,
      };
  }
}

/** A fresh key for one print tap. */
export function newIdempotencyKey(random: () => string = () => crypto.randomUUID()): string {
  return `kiosk-${random()}`;
}

/**
 * The services the start screen offers as tiles: the most used first (tickets per service, as the
 * hub counts them), then the catalogue's order for the rest; only services the kiosk offers.
 */
export function topServices<S extends { id: string }>(
  services: readonly S[],
  ticketsByService: Readonly<Record<string, number>>,
  count: number,
): S[] {
  const order = new Map(services.map((s, i) => [s.id, i]));
  return [...services]
    .sort(
      (a, b) =>
        (ticketsByService[b.id] ?? 0) - (ticketsByService[a.id] ?? 0) || order.get(a.id)! - order.get(b.id)!,
    )
    .slice(0, count);
}
