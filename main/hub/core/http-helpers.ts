/** Helpers every feature's HTTP routes share: who is calling, the parsed body, the printed-link origin, and refusals as `{ code, message }`. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type * as z from 'zod';
import type { Principal } from './hub.js';
import type { AuthService } from './auth.js';
import type { Role } from '../../../shared/contract/operations.js';
import type { Actor } from '../../../shared/contract/visit.js';
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

/** A principal that is a signed-in staff member (not a device key). */
export type StaffPrincipal = Principal & { actor: Extract<Actor, { kind: 'staff' }> };

export const isStaff = (p: Principal): p is StaffPrincipal => p.actor.kind === 'staff';

/**
 * The caller as a staff member, with one of the roles when they are given; otherwise the reply is
 * already sent. No valid credential is 401 ("who are you?"); a device key is 403: the device was
 * identified, it is just not allowed on staff routes, like a staff member without the role.
 */
export function staffCaller(
  ctx: { auth: Pick<AuthService, 'fromHeader'> },
  req: FastifyRequest,
  reply: FastifyReply,
  roles?: readonly Role[],
): StaffPrincipal | undefined {
  const p = ctx.auth.fromHeader(req.headers.authorization);
  if (!p) {
    void refuse(reply, 'unauthenticated', 'sign in as staff');
    return undefined;
  }
  if (!isStaff(p)) {
    void refuse(reply, 'forbidden', 'this is for signed-in staff, not devices');
    return undefined;
  }
  if (roles && !p.roles.some((r) => roles.includes(r))) {
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
