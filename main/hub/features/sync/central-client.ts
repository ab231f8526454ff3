/** The hub's HTTP client for the central profile: the batch ingest and the two reads the counter panel needs. */
import {
  CLOUDEVENTS_BATCH_MEDIA_TYPE,
  batchResponse,
  lookupResponse,
  requestResponse,
  timelineResponse,
  type TimelineItem,
} from '../../../../shared/central/api.js';
import type { BatchReply, CentralLink, HubCloudEvent } from '../../core/services/central-link.js';

export type { BatchReply };

export interface CentralClient {
  sendBatch(events: readonly HubCloudEvent[], signal?: AbortSignal): Promise<BatchReply>;
  /** The customer key for these hashes, or null when central has no such customer. Throws when central cannot answer. */
  lookup(
    ref: { idHash?: string; mobileHash?: string },
    reader: { purpose: string; actor: string },
    timeoutMs: number,
  ): Promise<string | null>;
  timeline(
    customerKey: string,
    reader: { purpose: string; actor: string },
    timeoutMs: number,
  ): Promise<TimelineItem[]>;
  requestStatus: CentralLink['requestStatus'];
}

function describe(e: unknown): string {
  if (e instanceof Error) {
    const cause = (e as { cause?: { code?: string; message?: string } }).cause;
    return cause?.code ? `${e.message} (${cause.code})` : e.message;
  }
  return String(e);
}

async function errorBody(res: Response): Promise<{ code: string; message: string }> {
  const text = await res.text().catch(() => '');
  try {
    const body = JSON.parse(text) as { code?: unknown; message?: unknown };
    return { code: String(body.code ?? res.status), message: String(body.message ?? text) };
  } catch {
    return { code: String(res.status), message: text.slice(0, 200) };
  }
}

export function createCentralClient(opts: { url: string; token: string; timeoutMs: number }): CentralClient {
  const base = opts.url.replace(/\/+$/, '');
  const auth = { authorization: `Bearer ${opts.token}` };
  return {
    async sendBatch(events, signal) {
      const timeout = AbortSignal.timeout(opts.timeoutMs);
      try {
        const res = await fetch(`${base}/api/v1/events:batch`, {
          method: 'POST',
          headers: { ...auth, 'content-type': CLOUDEVENTS_BATCH_MEDIA_TYPE },
          body: JSON.stringify(events),
          signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
        });
        if (res.status === 200) {
          const parsed = batchResponse.safeParse(await res.json());
          if (!parsed.success || parsed.data.results.length !== events.length)
            return {
              kind: 'retry',
              error: 'central answered 200 with a reply that does not match the batch',
            };
          return { kind: 'ok', reply: parsed.data };
        }
        const body = await errorBody(res);
        const error = `central answered ${res.status} ${body.code}: ${body.message}`;
        if (res.status >= 400 && res.status < 500)
          return { kind: 'refused', status: res.status, code: body.code, error };
        return { kind: 'retry', error };
      } catch (e) {
        return { kind: 'retry', error: `central unreachable: ${describe(e)}` };
      }
    },
    async lookup(ref, reader, timeoutMs) {
      const res = await fetch(`${base}/api/v1/customers:lookup`, {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json' },
        body: JSON.stringify({ ...ref, ...reader }),
        signal: AbortSignal.timeout(timeoutMs),
      });
      if (res.status === 404) {
        await res.body?.cancel();
        return null;
      }
      if (!res.ok) {
        const body = await errorBody(res);
        throw new Error(`central answered ${res.status} ${body.code}`);
      }
      return lookupResponse.parse(await res.json()).customerKey;
    },
    async timeline(customerKey, reader, timeoutMs) {
      const query = new URLSearchParams({ purpose: reader.purpose, actor: reader.actor, limit: '50' });
      const res = await fetch(
        `${base}/api/v1/customers/${encodeURIComponent(customerKey)}/timeline?${query}`,
        {
          headers: auth,
          signal: AbortSignal.timeout(timeoutMs),
        },
      );
      if (!res.ok) {
        const body = await errorBody(res);
        throw new Error(`central answered ${res.status} ${body.code}`);
      }
      return timelineResponse.parse(await res.json()).items;
    },
    async requestStatus(requestNumber, reader, timeoutMs) {
      const query = new URLSearchParams({ purpose: reader.purpose, actor: reader.actor });
      const res = await fetch(`${base}/api/v1/requests/${encodeURIComponent(requestNumber)}?${query}`, {
        headers: auth,
        signal: AbortSignal.timeout(timeoutMs),
      });
      if (res.status === 404) return null;
      if (!res.ok) throw new Error(`central answered ${res.status}`);
      return requestResponse.parse(await res.json());
    },
  };
}
