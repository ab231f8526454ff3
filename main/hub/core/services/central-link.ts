/**
 * The hub's link to the central customer profile, as features other than sync use it (issue #17):
 * the sync module owns the configuration and the HTTP client and provides this (CENTRAL_LINK in
 * ./ids.ts) when central is configured; assisted sends service requests through it, personal data
 * keeps what central has not yet acknowledged while it exists. Only shared/ types: the core imports
 * no feature.
 */
import type { BatchResponse, RequestResponse } from '../../../../shared/central/api.js';

/** An event as the hub sends it to central: CloudEvents 1.0 plus Dawr's per-source sequence number. */
export interface HubCloudEvent {
  specversion: '1.0';
  id: string;
  source: string;
  type: string;
  time: string;
  subject: string;
  datacontenttype: 'application/json';
  dawrseq: number;
  data: Record<string, unknown>;
}

export type BatchReply =
  | { kind: 'ok'; reply: BatchResponse }
  /** Nothing was stored: a network error, a timeout or a 5xx. Send the same batch again later. */
  | { kind: 'retry'; error: string }
  /** A 4xx: configuration or a bug (wrong token, batch too large); retried too, but worth an alert. */
  | { kind: 'refused'; status: number; code: string; error: string };

/** Provided by the sync module only when DAWR_CENTRAL_URL (or its config) names a central. */
export interface CentralLink {
  /** The CloudEvents source of this hub's events: urn:dawr:hub:<centre id>. */
  readonly source: string;
  /** How long a sender with nothing to send waits before it looks again (DAWR_SYNC_IDLE_MS). */
  readonly idleMs: number;
  /** Posts events to central's batch ingest (central keeps each (source, id) once). */
  sendBatch(events: readonly HubCloudEvent[]): Promise<BatchReply>;
  /** A service request's status at central; null when central has none. Throws when central cannot answer. */
  requestStatus(
    requestNumber: string,
    reader: { purpose: string; actor: string },
    timeoutMs: number,
  ): Promise<RequestResponse | null>;
}
