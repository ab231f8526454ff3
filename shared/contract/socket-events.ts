/**
 * Every socket.io event of the hub, both directions, per namespace, with its zod schemas: the
 * source of the AsyncAPI document (main/hub/asyncapi.ts). tests/hub/api-documents.test.ts checks
 * that the events the hub really listens to and sends are all here.
 */
import * as z from 'zod';
import { OPERATIONS, OPERATION_NAMES } from './operations.js';
import { FollowTicketInput, type NamespaceRole } from './socket.js';
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
  DisplayMessage,
  LiveMetrics,
  MANAGER_EVENTS,
  MANAGER_EVENT_INPUTS,
  ScheduledCutoffs,
} from './manager.js';
import { MANAGER_EVENT_RESULTS, OPERATION_RESULTS, RegisteredDevices } from './http-responses.js';
import { DEVICE_HEALTH_EVENT, DeviceHealthList, HEARTBEAT_EVENT, Heartbeat } from './device-health.js';
import { SyncHealth } from './sync.js';
import { FormState, FormUpdateInput, HelpRequest, RaiseHelpInput, RequestRef } from './assisted.js';
import { SessionEnded } from './auth.js';

/** A client→server event: sent with its input (if any) and a callback that gets an AckResult. */
export interface ClientEventDoc {
  name: string;
  namespaces: readonly NamespaceRole[];
  summary: string;
  /** Absent: the callback is the only argument (or the input is ignored). */
  input?: z.ZodType;
  /** The `data` of `{ ok: true, data }`; refusals are `{ ok: false, error: { code, message } }`. */
  result: z.ZodType;
}

/** A server→client event and its payload. */
export interface ServerEventDoc {
  name: string;
  namespaces: readonly NamespaceRole[];
  summary: string;
  payload: z.ZodType;
}

const SIGNED_IN: readonly NamespaceRole[] = ['kiosk', 'counter', 'display', 'manager'];
const Snapshot = z.union([CentreSnapshot, DeviceSnapshot]);

export const CLIENT_EVENTS: readonly ClientEventDoc[] = [
  {
    name: 'snapshot',
    namespaces: SIGNED_IN,
    summary: 'The snapshot now (staff get the centre, kiosks and displays their screen’s view).',
    result: Snapshot,
  },
  ...OPERATION_NAMES.map((name): ClientEventDoc => ({
    name,
    namespaces: SIGNED_IN,
    summary: `${OPERATIONS[name].summary} Roles: ${OPERATIONS[name].roles.join(', ')}.`,
    input: OPERATIONS[name].input,
    result: OPERATION_RESULTS[name],
  })),
  {
    name: 'follow',
    namespaces: ['public'],
    summary: 'Follow one ticket by its token: the answer is its status, then `ticket` events.',
    input: FollowTicketInput,
    result: PublicTicketStatus,
  },
  ...MANAGER_EVENTS.map((name): ClientEventDoc => {
    const input = (MANAGER_EVENT_INPUTS as Partial<Record<string, z.ZodType>>)[name];
    return {
      name,
      namespaces: ['manager'],
      summary: `Manager event (also POST /api/v1/manager/${name.slice('manager.'.length)}).`,
      ...(input ? { input } : {}),
      result: MANAGER_EVENT_RESULTS[name],
    };
  }),
  {
    name: 'manager.devices',
    namespaces: ['manager'],
    summary: 'The kiosks and displays the hub issued keys to.',
    result: RegisteredDevices,
  },
  {
    name: 'syncHealth',
    namespaces: ['manager'],
    summary: 'The outbox to central (as GET /api/v1/sync/health).',
    result: SyncHealth,
  },
  {
    name: 'deviceSettings',
    namespaces: ['kiosk', 'display'],
    summary: "This device's settings now (also pushed as the `deviceSettings` event).",
    result: DeviceSettingsMessage,
  },
  {
    name: 'recentCalls',
    namespaces: ['display'],
    summary:
      'Today’s latest calls, one per ticket, newest first: the board’s earlier calls after a (re)load.',
    result: RecentCalls,
  },
  {
    name: HEARTBEAT_EVENT,
    namespaces: ['kiosk', 'display', 'counter'],
    summary: 'Every 30 s: the app, its version and its peripherals (device health on the dashboard).',
    input: Heartbeat,
    result: z.null(),
  },
  {
    name: 'raiseHelp',
    namespaces: ['kiosk'],
    summary: 'The citizen asks for a person; floor assistants get `helpRequest`.',
    input: RaiseHelpInput,
    result: HelpRequest,
  },
  {
    name: 'closeHelp',
    namespaces: ['kiosk'],
    summary: 'The kiosk ends its help request.',
    input: RequestRef,
    result: HelpRequest,
  },
  {
    name: 'formUpdate',
    namespaces: ['kiosk', 'counter'],
    summary: 'Fields typed on a shared form (kiosk or the accepting assistant); both get `formState`.',
    input: FormUpdateInput,
    result: FormState.nullable(),
  },
  {
    name: 'openHelpRequests',
    namespaces: ['counter'],
    summary: 'Open help requests (floor assistants, managers, admins).',
    result: z.array(HelpRequest),
  },
  {
    name: 'acceptHelp',
    namespaces: ['counter'],
    summary: 'An assistant takes a help request; the kiosk gets `helpAccepted`.',
    input: RequestRef,
    result: z.object({ request: HelpRequest, form: FormState.nullable().optional() }),
  },
];

export const SERVER_EVENTS: readonly ServerEventDoc[] = [
  {
    name: 'snapshot',
    namespaces: SIGNED_IN,
    summary: 'On connecting and after changes: queues and counters (devices get their screen’s view).',
    payload: Snapshot,
  },
  {
    name: 'catalogue',
    namespaces: SIGNED_IN,
    summary: 'The catalogue changed (a manager edited it).',
    payload: Catalogue,
  },
  {
    name: 'call',
    namespaces: ['display', 'manager'],
    summary: 'A ticket was called (or recalled) to a counter.',
    payload: CallAnnouncement,
  },
  {
    name: 'visit',
    namespaces: ['counter', 'manager'],
    summary: 'A visit changed (counters get those at the counter they hold).',
    payload: VisitChanged,
  },
  {
    name: 'ticket',
    namespaces: ['public'],
    summary: 'The followed ticket changed.',
    payload: PublicTicketStatus,
  },
  {
    name: 'message',
    namespaces: ['display', 'manager'],
    summary: 'A manager’s announcement for the displays, until its end time.',
    payload: DisplayMessage,
  },
  {
    name: 'alert',
    namespaces: ['manager'],
    summary: 'An alert was raised, cleared or acknowledged.',
    payload: Alert,
  },
  {
    name: 'metrics',
    namespaces: ['manager'],
    summary: 'Live figures, every few seconds.',
    payload: LiveMetrics,
  },
  {
    name: 'scheduledCutoffs',
    namespaces: ['manager'],
    summary: 'The queue closings scheduled for later today changed.',
    payload: ScheduledCutoffs,
  },
  {
    name: DEVICE_HEALTH_EVENT,
    namespaces: ['manager'],
    summary: 'Device health changed (online, silent, printer paper…).',
    payload: DeviceHealthList,
  },
  {
    name: 'deviceSettings',
    namespaces: ['kiosk', 'display'],
    summary: "On connecting and when a manager changes them: this device's settings.",
    payload: DeviceSettingsMessage,
  },
  {
    name: 'helpRequest',
    namespaces: ['counter'],
    summary: 'A help request was raised, accepted or closed (floor assistants).',
    payload: HelpRequest,
  },
  {
    name: 'helpAccepted',
    namespaces: ['kiosk'],
    summary: "This kiosk's help request changed (accepted or closed).",
    payload: HelpRequest,
  },
  {
    name: 'formState',
    namespaces: ['kiosk', 'counter'],
    summary: 'The shared form changed (to the kiosk and the accepting assistant).',
    payload: FormState,
  },
  {
    name: 'session_ended',
    namespaces: SIGNED_IN,
    summary: 'The session or device key ended (sign-out, revoked, expired); the socket is closed next.',
    payload: SessionEnded,
  },
];
