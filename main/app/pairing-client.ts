/**
 * First-run pairing from the device side: validate the typed hub address and code, exchange the
 * code at the hub for a device key, and return the config to save. Nothing is saved on failure.
 */
import { PAIRING_ROUTES, PairingClaimed, PairingCode } from '../../shared/contract/pairing.js';
import { PairInput, type IpcResult } from '../../shared/contract/ipc.js';
import { parseHubUrl, type AppConfigInput } from './config.js';
import type { FetchLike } from './hub-waiter.js';

export async function claimPairing(
  raw: unknown,
  fetchFn: FetchLike,
  timeoutMs = 5000,
): Promise<IpcResult<AppConfigInput>> {
  const input = PairInput.safeParse(raw);
  if (!input.success)
    return { ok: false, error: { code: 'validation', message: 'the hub address and the code are required' } };
  const hub = parseHubUrl(input.data.hubUrl);
  if (!hub.ok) return { ok: false, error: { code: 'validation', message: hub.message } };
  const code = PairingCode.safeParse(input.data.code);
  if (!code.success)
    return {
      ok: false,
      error: { code: 'validation', message: code.error.issues[0]?.message ?? 'not a pairing code' },
    };
  let res;
  try {
    res = await fetchFn(new URL(PAIRING_ROUTES.claim, hub.origin).toString(), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code: code.data }),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (err) {
    return {
      ok: false,
      error: { code: 'hub_unreachable', message: `no answer from ${hub.origin}: ${(err as Error).message}` },
    };
  }
  const body = await res.json().catch(() => undefined);
  if (!res.ok) {
    const e = body as { code?: unknown; message?: unknown } | undefined;
    return {
      ok: false,
      error: {
        code: typeof e?.code === 'string' ? e.code : `http_${res.status}`,
        message: typeof e?.message === 'string' ? e.message : `the hub answered ${res.status}`,
      },
    };
  }
  const claimed = PairingClaimed.safeParse(body);
  if (!claimed.success)
    return {
      ok: false,
      error: { code: 'bad_reply', message: 'the hub answered with something that is not a device key' },
    };
  return {
    ok: true,
    data: {
      role: claimed.data.role,
      hubUrl: hub.origin,
      deviceId: claimed.data.deviceId,
      deviceKey: claimed.data.deviceKey,
      deviceName: claimed.data.name,
    },
  };
}
