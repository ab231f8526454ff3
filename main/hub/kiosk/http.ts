/** Small helpers the kiosk routes share: who is calling, and refusals as `{ code, message }`. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type * as z from 'zod';
import type { Principal } from '../hub.js';
import type { HubModuleContext } from '../modules.js';
import type { Role } from '../../../shared/contract/operations.js';
import { httpStatusFor } from '../http-errors.js';

export function refuse(reply: FastifyReply, code: string, message: string) {
  return reply.code(httpStatusFor(code)).send({ code, message });
}

/** The caller, if it has one of the roles; otherwise the reply is already sent. */
export function callerWith(
  ctx: HubModuleContext,
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
  void refuse(
    reply,
    'validation',
    r.error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)).join('; '),
  );
  return undefined;
}

/** Where QR codes and messages point: the configured public origin, else the origin this request came to. */
export function originOf(req: FastifyRequest, configured: string | undefined): string {
  return configured ?? `${req.protocol}://${req.host}`;
}
