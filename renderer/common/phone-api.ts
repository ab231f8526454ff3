/**
 * The public phone pages' (join, ticket status) calls to the hub: JSON in,
 * `{ ok, data } | { ok: false, error }` out, never throws.
 */
import type * as z from 'zod';

export type ApiResult<T> = { ok: true; data: T } | { ok: false; error: { code: string; message: string } };

export async function postJson<S extends z.ZodType>(
  path: string,
  body: unknown,
  schema: S,
): Promise<ApiResult<z.output<S>>> {
  return request(path, schema, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

export async function getJson<S extends z.ZodType>(path: string, schema: S): Promise<ApiResult<z.output<S>>> {
  return request(path, schema, { method: 'GET' });
}

async function request<S extends z.ZodType>(
  path: string,
  schema: S,
  init: RequestInit,
): Promise<ApiResult<z.output<S>>> {
  let res: Response;
  try {
    res = await fetch(path, init);
  } catch {
    return { ok: false, error: { code: 'offline', message: 'no connection' } };
  }
  const json: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const e = json as { code?: unknown; message?: unknown } | null;
    return {
      ok: false,
      error: {
        code: typeof e?.code === 'string' ? e.code : 'internal',
        message: typeof e?.message === 'string' ? e.message : res.statusText,
      },
    };
  }
  const parsed = schema.safeParse(json);
  return parsed.success
    ? { ok: true, data: parsed.data }
    : { ok: false, error: { code: 'internal', message: 'unexpected answer' } };
}

/** This browser's own random id, kept in its storage: one of the keys the abuse limits count by. */
export function deviceId(): string {
  const key = 'dawr.deviceId';
  let id = localStorage.getItem(key);
  if (!id || !/^[A-Za-z0-9_-]{16,64}$/.test(id)) {
    const bytes = crypto.getRandomValues(new Uint8Array(18));
    id = btoa(String.fromCharCode(...bytes))
      .replace(/\+/g, '-')
      .replace(/\//g, '_')
      .replace(/=+$/, '');
    localStorage.setItem(key, id);
  }
  return id;
}
