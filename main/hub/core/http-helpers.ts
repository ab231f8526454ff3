/** Helpers every feature's HTTP routes share: who is calling, the parsed body, the printed-link origin, and refusals as `{ code, message }`. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type * as z from 'zod';
import type { Principal } from './hub.js';
import type { AuthService } from './auth.js';
import type { Role } from '../../../shared/contract/operations.js';
import { httpStatusFor } from './http-errors.js';
import { NO_PUBLIC_ORIGIN, printedLinkOrigin } from './public-origin.js';
import { describeIssues } from '../../../shared/contract/validation-errors.js';

export function refuse(reply: FastifyReply, code: string, message: string) {
  return reply.code(httpStatusFor(code)).send({ code, message });
}

/** The caller, if it has one of the roles; otherwise the reply is already sent. */
export function callerWith(
  ctx: { auth: Pick<AuthService, 'fromHeader'> },
  req: FastifyRequest,
  reply: FastifyReply,
  roles: readonly Role[],
): Principal | undefined {
  const p = ctx.auth.fromHeader(req.headers.authorization);
  if (!p) {
    void refuse(reply, 'unauthenticated', 'sign in or use a device key');
    return undefined;
  }
  if (!p.roles.some((r) => roles.includes(r))) {
    void refuse(reply, 'forbidden', `this needs one of the roles: ${roles.join(', ')}`);
    return undefined;
  }
  return p;
}

/** The parsed body, or undefined with a `validation` refusal sent. */
export function bodyOf<S extends z.ZodType>(
  schema: S,
  req: FastifyRequest,
  reply: FastifyReply,
): z.output<S> | undefined {
  const r = schema.safeParse(req.body ?? {});
  if (r.success) return r.data;
  void refuse(reply, 'validation', describeIssues(r.error));
  return undefined;
}

/**
 * Where QR codes and messages point (see ../public-origin.ts); undefined, with the refusal sent,
 * when no trustworthy origin is known. Never the request's Host header.
 */
export function originOf(
  req: FastifyRequest,
  reply: FastifyReply,
  configured: string | undefined,
): string | undefined {
  const origin = printedLinkOrigin(req, configured);
  if (!origin) void refuse(reply, NO_PUBLIC_ORIGIN.code, NO_PUBLIC_ORIGIN.message);
  return origin;
}
