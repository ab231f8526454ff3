/**
 * socket.io contract. One namespace per role; every operation in OPERATIONS is also a
 * client→server event of the same name whose acknowledgement carries an AckResult.
 */
import * as z from 'zod';

/** Handshake `auth`: staff namespaces take a session token, devices a device key, public nothing. */
export const HandshakeAuth = z.object({
  token: z.string().min(1).max(200).optional(),
  deviceKey: z.string().min(1).max(200).optional(),
});

export const ErrorBody = z.object({ code: z.string(), message: z.string() });
export type ErrorBody = z.infer<typeof ErrorBody>;
export type AckResult<T = unknown> = { ok: true; data: T } | { ok: false; error: ErrorBody };
export const AckResultSchema = z.union([
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: ErrorBody }),
]);

export const FollowTicketInput = z.object({ token: z.string().min(16).max(64) });
export type FollowTicketRequest = z.input<typeof FollowTicketInput>;

// The typed event maps (`ServerToClientEvents`, `ClientToServerEvents`) are in socket-events.ts,
// derived from each event's zod schemas.
