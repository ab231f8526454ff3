/**
 * The origin printed into links a citizen takes away (the QR code on a ticket, the link in an
 * SMS, a service request's receipt). Never the request's Host header: whoever sends the request
 * chooses that, and a link on paper outlives the request. DAWR_PUBLIC_ORIGIN (an https URL) when
 * set; otherwise, only while the hub listens on loopback (a trial on one machine), the address it
 * listens on. A hub on the centre's network without DAWR_PUBLIC_ORIGIN does not start, and a
 * printed link is refused rather than guessed.
 */
import type { FastifyRequest } from 'fastify';
import * as z from 'zod';
import { ConfigError } from './config.js';
import { isLoopbackHost } from './tls/settings.js';
import { describeIssues } from '../../../shared/contract/validation-errors.js';

export const PublicOrigin = z
  .url({
    protocol: /^https$/,
    error: 'DAWR_PUBLIC_ORIGIN must be an https URL, e.g. https://dawr.centre.example',
  })
  .refine((u) => !/[?#]/.test(u), 'DAWR_PUBLIC_ORIGIN has no query or fragment')
  .transform((u) => u.replace(/\/+$/, ''));

/** DAWR_PUBLIC_ORIGIN validated, without a trailing slash; undefined when unset. */
export function publicOriginFromEnv(env: NodeJS.ProcessEnv): string | undefined {
  if (!env.DAWR_PUBLIC_ORIGIN) return undefined;
  const parsed = PublicOrigin.safeParse(env.DAWR_PUBLIC_ORIGIN);
  if (!parsed.success) throw new ConfigError(describeIssues(parsed.error, { paths: false }));
  return parsed.data;
}

/** Why the hub cannot start on `host` with this public origin, or undefined when it can. */
export function publicOriginProblem(host: string, publicOrigin: string | undefined): string | undefined {
  if (publicOrigin || isLoopbackHost(host)) return undefined;
  return (
    `DAWR_PUBLIC_ORIGIN is required when the hub listens on ${host}: it is the https address ` +
    'printed in ticket QR codes and SMS links (e.g. https://dawr.centre.example)'
  );
}

/** Raised when a link must be printed and no trustworthy origin is known. */
export const NO_PUBLIC_ORIGIN = {
  code: 'public_origin_missing',
  message: 'set DAWR_PUBLIC_ORIGIN: links are printed only with the configured public address of the hub',
} as const;

/**
 * The origin for links printed in answer to this request: the configured one, else the loopback
 * address the hub listens on (from the socket, not from any header), else undefined.
 */
export function printedLinkOrigin(req: FastifyRequest, configured: string | undefined): string | undefined {
  if (configured) return configured;
  const address = req.server.server.address();
  if (!address || typeof address !== 'object' || !isLoopbackHost(address.address)) return undefined;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  // The protocol comes from the connection itself (no proxy is trusted), like the address.
  return `${req.protocol}://${host}:${address.port}`;
}
