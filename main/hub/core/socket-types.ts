/**
 * The hub's socket.io types, bound to the wire contract: every event the hub sends and hears is
 * typed by its zod schema in shared/contract/socket-events.ts, so a payload that drifts from the
 * contract does not compile. (The schemas still validate what clients send: types are not checks.)
 */
import type { Namespace, Server, Socket } from 'socket.io';
import type { ClientToServerEvents, ServerToClientEvents } from '../../../shared/contract/socket-events.js';

export type HubIo = Server<ClientToServerEvents, ServerToClientEvents>;
export type HubNamespace = Namespace<ClientToServerEvents, ServerToClientEvents>;
export type HubSocket = Socket<ClientToServerEvents, ServerToClientEvents>;
