/** The kiosk's HTTP calls to the hub (catalogue, settings, print, SMS, check-in, feedback), as AckResults. */
export interface HubError {
  code: string;
  message: string;
  /** For check-in windows: when it opens or closed (epoch ms). */
  at?: number;
}
export type ApiResult<T> = { ok: true; data: T } | { ok: false; error: HubError };

export class KioskApi {
  constructor(
    private readonly deviceKey: string,
    private readonly origin = '',
    private readonly timeoutMs = 10_000,
  ) {}

  get<T>(path: string): Promise<ApiResult<T>> {
    return this.request<T>('GET', path);
  }

  post<T>(path: string, body: unknown): Promise<ApiResult<T>> {
    return this.request<T>('POST', path, body);
  }

  private async request<T>(method: string, path: string, body?: unknown): Promise<ApiResult<T>> {
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), this.timeoutMs);
    try {
      const res = await fetch(`${this.origin}/api/v1${path}`, {
        method,
        headers: {
          authorization: `Device ${this.deviceKey}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: abort.signal,
      });
      const json = (await res.json().catch(() => ({}))) as Partial<HubError>;
      if (res.ok) return { ok: true, data: json as T };
      return {
        ok: false,
        error: {
          code: json.code ?? 'internal',
          message: json.message ?? '',
          ...(typeof json.at === 'number' ? { at: json.at } : {}),
        },
      };
    } catch {
      return {
        ok: false,
        error: abort.signal.aborted
          ? { code: 'timeout', message: 'the hub did not answer in time' }
          : { code: 'offline', message: 'no connection to the hub' },
      };
    } finally {
      clearTimeout(timer);
    }
  }
}
