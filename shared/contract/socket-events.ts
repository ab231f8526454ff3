/**
 * Every socket.io event of the hub, both directions, per namespace, with its zod schemas: the
 * source of the AsyncAPI document (main/hub/core/asyncapi.ts) and of the socket types
 * (`ServerToClientEvents`, `ClientToServerEvents`) the hub, the broadcaster and every app's socket
 * use. tests/hub/api-documents.test.ts checks that the events the hub really listens to and sends
 * are all here.
 */
import * as z from 'zod';
import { OPERATIONS, OPERATION_NAMES, type OperationName, type Operations } from './operations.js';
import { FollowTicketInput, type AckResult } from './socket.js';
import type { NamespaceRole } from './namespaces.js';
import {
  CallAnnouncement,
  CentreSnapshot,
  DeviceSnapshot,
  PublicTicketStatus,
  RecentCalls,
  VisitChanged,
} from './views.js';
import { Catalogue, DeviceSettingsMessage } from './catalogue.js';
import {
  Alert,
  CurrentDisplayMessage,
  DisplayMessage,
  LiveMetrics,
  MANAGER_EVENTS,
  MANAGER_EVENT_INPUTS,
  ScheduledCutoffs,
  type ManagerEvent,
} from './manager.js';
import { MANAGER_EVENT_RESULTS, RegisteredDevices, Worklist } from './http-responses.js';
import { WORKLIST_EVENT, WatchWorklistInput } from './worklist.js';
import { DEVICE_HEALTH_EVENT, DeviceHealthList, HEARTBEAT_EVENT, Heartbeat } from './device-health.js';
import { SyncHealth } from './sync.js';
import { FormState, FormUpdateInput, HelpRequest, RaiseHelpInput, RequestRef } from './assisted.js';
import { SessionEnded } from './auth.js';

const SIGNED_IN: readonly NamespaceRole[] = ['kiosk', 'counter', 'display', 'manager'];
const Snapshot = z.union([CentreSnapshot, DeviceSnapshot]);

/** A client→server event's schemas (the event's name is its key in CLIENT_EVENT_SPECS). */
export interface ClientEventSpec {
  namespaces: readonly NamespaceRole[];
  summary: string;
  /** Absent: the callback is the only argument (or the input is ignored). */
  input?: z.ZodType;
  /** The `data` of `{ ok: true, data }`; refusals are `{ ok: false, error: { code, message } }`. */
  result: z.ZodType;
}

/** Every operation of the table is an event of the same name, its answer the acknowledgement. */
const OPERATION_EVENTS = Object.fromEntries(
  OPERATION_NAMES.map((name) => [
    name,
    {
      namespaces: SIGNED_IN,
      summary: `${OPERATIONS[name].summary} Roles: ${OPERATIONS[name].roles.join(', ')}.`,
      input: OPERATIONS[name].input,
      result: OPERATIONS[name].output,
    },
  ]),
) as {
  [N in OperationName]: {
    namespaces: readonly NamespaceRole[];
    summary: string;
    input: Operations[N]['input'];
    result: Operations[N]['output'];
  };
};

type ManagerInputs = typeof MANAGER_EVENT_INPUTS;
/** The dashboard's events (also POST /api/v1/manager/…). Object.fromEntries forgets the keys: restated. */
const MANAGER_EVENT_SPECS = Object.fromEntries(
  MANAGER_EVENTS.map((name) => {
    const input = (MANAGER_EVENT_INPUTS as Partial<Record<string, z.ZodType>>)[name];
    return [
      name,
      {
        namespaces: ['manager'],
        summary: `Manager event (also POST /api/v1/manager/${name.slice('manager.'.length)}).`,
        ...(input ? { input } : {}),
        result: MANAGER_EVENT_RESULTS[name],
      },
    ];
  }),
) as unknown as {
  [E in ManagerEvent]: {
    namespaces: readonly NamespaceRole[];
    summary: string;
    result: (typeof MANAGER_EVENT_RESULTS)[E];
  } & (E extends keyof ManagerInputs ? { input: ManagerInputs[E] } : unknown);
};

export const CLIENT_EVENT_SPECS = {
  snapshot: {
    namespaces: SIGNED_IN,
    summary: 'The snapshot now (staff get the centre, kiosks and displays their screen’s view).',
    result: Snapshot,
  },
  ...OPERATION_EVENTS,
  follow: {
    namespaces: ['public'],
    summary: 'Follow one ticket by its token: the answer is its status, then `ticket` events.',
    input: FollowTicketInput,
    result: PublicTicketStatus,
  },
  ...MANAGER_EVENT_SPECS,
  'manager.devices': {
    namespaces: ['manager'],
    summary: 'The kiosks and displays the hub issued keys to.',
    result: RegisteredDevices,
  },
  syncHealth: {
    namespaces: ['manager'],
    summary: 'The outbox to central (as GET /api/v1/sync/health).',
    result: SyncHealth,
  },
  deviceSettings: {
    namespaces: ['kiosk', 'display'],
    summary: "This device's settings now (also pushed as the `deviceSettings` event).",
    result: DeviceSettingsMessage,
  },
  recentCalls: {
    namespaces: ['display'],
    summary:
      'Today’s latest calls, one per ticket, newest first: the board’s earlier calls after a (re)load.',
    result: RecentCalls,
  },
  currentMessage: {
    namespaces: ['display'],
    summary: 'The manager’s message up now (or null) and the hub’s clock: a (re)loaded board shows it.',
    result: CurrentDisplayMessage,
  },
  [HEARTBEAT_EVENT]: {
    namespaces: ['kiosk', 'display', 'counter'],
    summary: 'Every 30 s: the app, its version and its peripherals (device health on the dashboard).',
    input: Heartbeat,
    result: z.null(),
  },
  raiseHelp: {
    namespaces: ['kiosk'],
    summary: 'The citizen asks for a person; floor assistants get `helpRequest`.',
    input: RaiseHelpInput,
    result: HelpRequest,
  },
  closeHelp: {
    namespaces: ['kiosk'],
    summary: 'The kiosk ends its help request.',
    input: RequestRef,
    result: HelpRequest,
  },
  formUpdate: {
    namespaces: ['kiosk', 'counter'],
    summary: 'Fields typed on a shared form (kiosk or the accepting assistant); both get `formState`.',
    input: FormUpdateInput,
    result: FormState.nullable(),
  },
  [WORKLIST_EVENT]: {
    namespaces: ['counter'],
    summary:
      'The worklist of the counter named (as GET /api/v1/counters/{counterId}/worklist); the hub then pushes `worklist` when it changes.',
    input: WatchWorklistInput,
    result: Worklist,
  },
  openHelpRequests: {
    namespaces: ['counter'],
    summary: 'Open help requests (floor assistants, managers, admins).',
    result: z.array(HelpRequest),
  },
  acceptHelp: {
    namespaces: ['counter'],
    summary: 'An assistant takes a help request; the kiosk gets `helpAccepted`.',
    input: RequestRef,
    result: z.object({ request: HelpRequest, form: FormState.nullable().optional() }),
  },
} as const satisfies Record<string, ClientEventSpec>;

/** A server→client event's payload schema (the name is its key in SERVER_EVENT_SPECS). */
export interface ServerEventSpec {
  namespaces: readonly NamespaceRole[];
  summary: string;
  payload: z.ZodType;
}

export const SERVER_EVENT_SPECS = {
  snapshot: {
    namespaces: SIGNED_IN,
    summary: 'On connecting and after changes: queues and counters (devices get their screen’s view).',
    payload: Snapshot,
  },
  catalogue: {
    namespaces: SIGNED_IN,
    summary: 'The catalogue changed (a manager edited it); displays get it on connecting too.',
    payload: Catalogue,
  },
  call: {
    namespaces: ['display', 'manager'],
    summary: 'A ticket was called (or recalled) to a counter.',
    payload: CallAnnouncement,
  },
  visit: {
    namespaces: ['counter', 'manager'],
    summary: 'A visit changed (counters get those at the counter they hold).',
    payload: VisitChanged,
  },
  [WORKLIST_EVENT]: {
    namespaces: ['counter'],
    summary: 'The watched counter’s worklist changed (after `worklist` was sent on this socket).',
    payload: Worklist,
  },
  ticket: {
    namespaces: ['public'],
    summary: 'The followed ticket changed.',
    payload: PublicTicketStatus,
  },
  message: {
    namespaces: ['display', 'manager'],
    summary: 'A manager’s announcement for the displays, until its end time.',
    payload: DisplayMessage,
  },
  alert: {
    namespaces: ['manager'],
    summary: 'An alert was raised, cleared or acknowledged.',
    payload: Alert,
  },
  metrics: {
    namespaces: ['manager'],
    summary: 'Live figures, every few seconds.',
    payload: LiveMetrics,
  },
  scheduledCutoffs: {
    namespaces: ['manager'],
    summary: 'The queue closings scheduled for later today changed.',
    payload: ScheduledCutoffs,
  },
  [DEVICE_HEALTH_EVENT]: {
    namespaces: ['manager'],
    summary: 'Device health changed (online, silent, printer paper…).',
    payload: DeviceHealthList,
  },
  deviceSettings: {
    namespaces: ['kiosk', 'display'],
    summary: "On connecting and when a manager changes them: this device's settings.",
    payload: DeviceSettingsMessage,
  },
  helpRequest: {
    namespaces: ['counter'],
    summary: 'A help request was raised, accepted or closed (floor assistants).',
    payload: HelpRequest,
  },
  helpAccepted: {
    namespaces: ['kiosk'],
    summary: "This kiosk's help request changed (accepted or closed).",
    payload: HelpRequest,
  },
  formState: {
    namespaces: ['kiosk', 'counter'],
    summary: 'The shared form changed (to the kiosk and the accepting assistant).',
    payload: FormState,
  },
  session_ended: {
    namespaces: SIGNED_IN,
    summary: 'The session or device key ended (sign-out, revoked, expired); the socket is closed next.',
    payload: SessionEnded,
  },
} as const satisfies Record<string, ServerEventSpec>;

/** A client→server event and its schemas, as the AsyncAPI document lists them. */
export type ClientEventDoc = ClientEventSpec & { name: string };
/** A server→client event and its payload, as the AsyncAPI document lists them. */
export type ServerEventDoc = ServerEventSpec & { name: string };

export const CLIENT_EVENTS: readonly ClientEventDoc[] = Object.entries(CLIENT_EVENT_SPECS).map(
  ([name, spec]: [string, ClientEventSpec]) => ({ name, ...spec }),
);
export const SERVER_EVENTS: readonly ServerEventDoc[] = Object.entries(SERVER_EVENT_SPECS).map(
  ([name, spec]: [string, ServerEventSpec]) => ({ name, ...spec }),
);

type ClientSpecs = typeof CLIENT_EVENT_SPECS;
type ServerSpecs = typeof SERVER_EVENT_SPECS;
/** What the hub answers to a client event: the `data` of its acknowledgement. */
export type ClientEventResult<E extends ClientEventName> = z.output<ClientSpecs[E]['result']>;
/** The acknowledgement callback of a client event: the hub's answer or its refusal. */
export type EventAck<E extends ClientEventName> = (result: AckResult<ClientEventResult<E>>) => void;

export type ClientEventName = keyof ClientSpecs;
export type ServerEventName = keyof ServerSpecs;
/** What a client sends with an event (before the hub fills in defaults). */
export type ClientEventInput<E extends ClientEventName> = ClientSpecs[E] extends {
  input: infer I extends z.ZodType;
}
  ? z.input<I>
  : never;
/** What the hub sends with a server→client event. */
export type ServerEventPayload<E extends ServerEventName> = z.output<ServerSpecs[E]['payload']>;

/** Every event an app may send, for `Socket<ServerToClientEvents, ClientToServerEvents>`. */
export type ClientToServerEvents = {
  [E in ClientEventName]: ClientSpecs[E] extends { input: z.ZodType }
    ? (input: ClientEventInput<E>, ack: EventAck<E>) => void
    : (ack: EventAck<E>) => void;
};

/** Every event the hub sends, with its payload. */
export type ServerToClientEvents = {
  [E in ServerEventName]: (payload: ServerEventPayload<E>) => void;
};
