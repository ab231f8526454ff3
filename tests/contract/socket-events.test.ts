/** The one wire contract: operations, socket events and their types come from the same schemas. */
import { describe, expect, expectTypeOf, it } from 'vitest';
import { OPERATIONS, OPERATION_NAMES, type OperationOutput } from '../../shared/contract/operations.js';
import {
  CLIENT_EVENTS,
  CLIENT_EVENT_SPECS,
  SERVER_EVENTS,
  type ClientToServerEvents,
  type ServerEventPayload,
  type ServerToClientEvents,
} from '../../shared/contract/socket-events.js';
import type { AckResult } from '../../shared/contract/socket.js';
import type { CallAnnouncement, IssuedTicket } from '../../shared/contract/views.js';
import type { Visit } from '../../shared/contract/visit.js';

describe('the wire contract', () => {
  it('gives every operation an output schema, and makes it the answer of its socket event', () => {
    for (const name of OPERATION_NAMES) {
      expect(OPERATIONS[name].output, name).toBeDefined();
      expect(CLIENT_EVENT_SPECS[name].result, name).toBe(OPERATIONS[name].output);
      expect(CLIENT_EVENT_SPECS[name].input, name).toBe(OPERATIONS[name].input);
    }
    expectTypeOf<OperationOutput<'callNext'>>().toEqualTypeOf<Visit | null>();
    expectTypeOf<OperationOutput<'issueTicket'>>().toEqualTypeOf<IssuedTicket>();
  });

  it('names each event once per direction', () => {
    const names = (list: readonly { name: string }[]) => list.map((e) => e.name);
    expect(new Set(names(CLIENT_EVENTS)).size).toBe(CLIENT_EVENTS.length);
    expect(new Set(names(SERVER_EVENTS)).size).toBe(SERVER_EVENTS.length);
    expect(names(SERVER_EVENTS)).toEqual(
      expect.arrayContaining(['snapshot', 'call', 'visit', 'ticket', 'alert', 'session_ended']),
    );
  });

  it('types both directions from the schemas', () => {
    expectTypeOf<ServerEventPayload<'call'>>().toEqualTypeOf<CallAnnouncement>();
    expectTypeOf<Parameters<ServerToClientEvents['visit']>[0]>().toEqualTypeOf<{ visit: Visit }>();
    expectTypeOf<Parameters<ClientToServerEvents['callNext']>[0]>().toEqualTypeOf<{ counterId: string }>();
    expectTypeOf<Parameters<Parameters<ClientToServerEvents['callNext']>[1]>[0]>().toEqualTypeOf<
      AckResult<Visit | null>
    >();
    // An event without input takes the callback alone.
    expectTypeOf<Parameters<ClientToServerEvents['snapshot']>>().toHaveProperty('length').toEqualTypeOf<1>();
    expect(CLIENT_EVENT_SPECS.snapshot).not.toHaveProperty('input');
  });
});
