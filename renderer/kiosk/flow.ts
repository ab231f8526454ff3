/**
 * The kiosk's walk-in flow as a pure reducer: which screen, what the citizen chose, and the
 * idempotency key of the confirm tap. Resetting returns to the welcome screen with nothing personal left.
 */
import type { IdentityInput } from '../../shared/contract/operations.js';
import type { PriorityReason } from '../../shared/contract/catalogue.js';
import type { IssuedTicket } from '../../shared/contract/views.js';

export type Screen =
  | 'welcome'
  | 'home'
  | 'agencies'
  | 'services'
  | 'service'
  | 'identify'
  | 'priority'
  | 'confirm'
  | 'ticket'
  | 'checkin'
  | 'feedback'
  | 'assisted'
  | 'ask';

export type WalkInPriority = Exclude<PriorityReason, 'appointment'>;
export const RELATIONS = ['family', 'employer', 'other'] as const;
export type Relation = (typeof RELATIONS)[number];

export interface FlowState {
  screen: Screen;
  /** Screens to go back to, most recent last. */
  history: Screen[];
  agencyId: string | null;
  serviceId: string | null;
  /** The clear number lives only here, only until the ticket is issued. */
  identity: IdentityInput | null;
  priority: WalkInPriority | null;
  representative: Relation | null;
  /** One per confirm tap; reused when the same request is retried. */
  idempotencyKey: string | null;
  ticket: IssuedTicket | null;
  /** Whether the ticket came from an appointment check-in. */
  checkedIn: boolean;
}

export const INITIAL: FlowState = {
  screen: 'welcome',
  history: [],
  agencyId: null,
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
  | { type: 'chooseAgency'; agencyId: string }
  | { type: 'chooseService'; serviceId: string }
  | { type: 'identify'; identity: IdentityInput | null }
  | { type: 'priority'; priority: WalkInPriority | null; representative: Relation | null }
  | { type: 'confirmTap'; idempotencyKey: string }
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
    case 'chooseAgency':
      return go({ ...s, agencyId: a.agencyId }, 'services');
    case 'chooseService':
      return go({ ...s, serviceId: a.serviceId, priority: null, representative: null }, 'service');
    case 'identify':
      return go({ ...s, identity: a.identity }, 'priority');
    case 'priority':
      return go({ ...s, priority: a.priority, representative: a.representative }, 'confirm');
    case 'confirmTap':
      // A retry of the same confirmation keeps its key, so the hub never issues two tickets.
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

/** A fresh key for one confirm tap. */
export function newIdempotencyKey(random: () => string = () => crypto.randomUUID()): string {
  return `kiosk-${random()}`;
}
