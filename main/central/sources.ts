// Source credentials. Each hub and channel has its own bearer token; central keeps only its
// SHA-256 (a leaked config does not leak tokens) and compares digests in constant time.
import { createHash, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import type { TimelineChannel } from '../../shared/central/events.js';

export const sourceKind = z.enum(['hub', 'website', 'app', 'call_centre', 'chat']);
export type SourceKind = z.infer<typeof sourceKind>;

export const sourceConfig = z.object({
  /** Stable name of the credential holder; appears in access logs as the reader. */
  id: z.string().regex(/^[a-z0-9][a-z0-9_.-]{0,63}$/, 'lowercase letters, digits, ".", "_" and "-"'),
  kind: sourceKind,
  tokenSha256: z.string().regex(/^[0-9a-f]{64}$/, 'SHA-256 of the bearer token, lowercase hex'),
  /** CloudEvents `source` values this credential may send as (a hub cannot write as another hub). */
  eventSources: z.array(z.string().min(1).max(500)).min(1),
  /** Whether this credential may read profiles (timeline, requests, access log). */
  canRead: z.boolean().default(true),
  /**
   * Profile reads a minute this credential may make, instead of DAWR_CENTRAL_READS_PER_MINUTE: a call
   * centre or website reading for many people at once needs more than a hub; 0 lifts the limit.
   */
  readsPerMinute: z.number().int().min(0).max(1_000_000).optional(),
});
export type SourceConfig = z.output<typeof sourceConfig>;
export const sourcesConfig = z
  .array(sourceConfig)
  .min(1)
  .refine((list) => new Set(list.map((s) => s.id)).size === list.length, 'source ids must be unique');

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** The timeline channel a source's events land on. */
export function channelOf(kind: SourceKind): TimelineChannel {
  return kind === 'hub' ? 'centre' : kind;
}

export interface Authenticator {
  /** The source holding this bearer token, or null. Takes the same time whichever source matches. */
  authenticate(token: string): SourceConfig | null;
}

export function createAuthenticator(sources: readonly SourceConfig[]): Authenticator {
  const digests = sources.map((s) => ({ source: s, digest: Buffer.from(s.tokenSha256, 'hex') }));
  return {
    authenticate(token) {
      const presented = createHash('sha256').update(token, 'utf8').digest();
      let match: SourceConfig | null = null;
      // No early exit: every digest is compared so timing does not reveal which source matched.
      for (const { source, digest } of digests) {
        if (timingSafeEqual(presented, digest) && match === null) match = source;
      }
      return match;
    },
  };
}
