/**
 * The hub's AsyncAPI 3.0 document, generated from the event catalogue in
 * shared/contract/socket-events.ts: one channel per socket.io namespace; from the hub's side,
 * client→server events are `receive` operations whose reply is the acknowledgement, and
 * server→client events are `send` operations.
 */
import * as z from 'zod';
import { NAMESPACES, type NamespaceRole } from '../../../shared/contract/namespaces.js';
import { CLIENT_EVENTS, SERVER_EVENTS } from '../../../shared/contract/socket-events.js';

type Json = Record<string, unknown>;

/** AsyncAPI's default schema format is a JSON Schema draft-07 superset. */
function schema(s: z.ZodType, io: 'input' | 'output'): Json {
  const { $schema: _drop, ...rest } = z.toJSONSchema(s, {
    io,
    unrepresentable: 'any',
    target: 'draft-7',
  }) as Json;
  return rest;
}

const ERROR = {
  type: 'object',
  required: ['code', 'message'],
  properties: { code: { type: 'string' }, message: { type: 'string' } },
};

function ackSchema(result: z.ZodType): Json {
  return {
    oneOf: [
      {
        type: 'object',
        required: ['ok', 'data'],
        properties: { ok: { const: true }, data: schema(result, 'output') },
      },
      { type: 'object', required: ['ok', 'error'], properties: { ok: { const: false }, error: ERROR } },
    ],
  };
}

const AUTH: Record<NamespaceRole, string> = {
  kiosk: 'Handshake auth `{ deviceKey }` of a kiosk.',
  display: 'Handshake auth `{ deviceKey }` of a display.',
  counter: 'Handshake auth `{ token }`: a staff session.',
  manager: 'Handshake auth `{ token }`: a manager’s or admin’s session.',
  public: 'No credentials: anyone may follow a ticket whose token they hold.',
};

const ROLES = Object.keys(NAMESPACES) as NamespaceRole[];

let cached: Json | undefined;

export function asyncApiDocument(): Json {
  if (cached) return cached;
  const channels: Json = {};
  const operations: Json = {};
  for (const role of ROLES) {
    const messages: Json = {};
    const ref = (key: string) => ({ $ref: `#/channels/${role}/messages/${key}` });
    for (const e of CLIENT_EVENTS.filter((c) => c.namespaces.includes(role))) {
      messages[`${e.name}.request`] = {
        name: e.name,
        title: `${e.name} (client → hub)`,
        summary: e.summary,
        description: e.input
          ? 'socket.emit(name, input, callback)'
          : 'socket.emit(name, callback); the callback is the only argument',
        payload: e.input ? schema(e.input, 'input') : { type: 'null' },
      };
      messages[`${e.name}.ack`] = {
        name: `${e.name}.ack`,
        title: `${e.name} acknowledgement`,
        summary: 'The callback’s argument: { ok: true, data } or { ok: false, error: { code, message } }.',
        payload: ackSchema(e.result),
      };
      operations[`${role}.receive.${e.name}`] = {
        action: 'receive',
        channel: { $ref: `#/channels/${role}` },
        summary: e.summary,
        messages: [ref(`${e.name}.request`)],
        reply: { channel: { $ref: `#/channels/${role}` }, messages: [ref(`${e.name}.ack`)] },
      };
    }
    for (const e of SERVER_EVENTS.filter((s) => s.namespaces.includes(role))) {
      messages[e.name] = {
        name: e.name,
        title: `${e.name} (hub → client)`,
        summary: e.summary,
        payload: schema(e.payload, 'output'),
      };
      operations[`${role}.send.${e.name}`] = {
        action: 'send',
        channel: { $ref: `#/channels/${role}` },
        summary: e.summary,
        messages: [ref(e.name)],
      };
    }
    channels[role] = {
      address: NAMESPACES[role],
      title: `socket.io namespace ${NAMESPACES[role]}`,
      description: AUTH[role],
      servers: [{ $ref: '#/servers/hub' }],
      messages,
    };
  }
  cached = {
    asyncapi: '3.0.0',
    info: {
      title: 'Dawr hub events',
      version: '1.0.0',
      description:
        'socket.io v4 namespaces of one centre’s hub. Every client→server event is acknowledged; a refusal is { ok: false, error: { code, message } } and changes nothing. HTTP routes are in /api/v1/openapi.json.',
    },
    defaultContentType: 'application/json',
    servers: {
      hub: {
        host: 'localhost:8080',
        protocol: 'wss',
        pathname: '/socket.io',
        description: 'The hub’s own address (socket.io over WebSocket; ws:// on loopback without TLS).',
      },
    },
    channels,
    operations,
  };
  return cached;
}
