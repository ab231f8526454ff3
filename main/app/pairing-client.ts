/**
 * First-run pairing from the device side: validate the typed hub address and code, exchange the
 * code at the hub for a device key, and return the config to save. Nothing is saved on failure.
 *
 * TLS: a hub on the network serves HTTPS with its centre CA, which the device does not know yet.
 * The claim goes over that connection (trust on first use: pair on the centre's own network),
 * and the hub's answer names its CA; the device keeps the CA only if the chain the connection
 * presented leads to it, and pins it from then on. A hub that names no CA must present a
 * certificate the OS trusts. Plain http is only for a hub on this machine (loopback).
 */
import { PAIRING_ROUTES, PairingClaimed, PairingCode } from '../../shared/contract/pairing.js';
import { PairInput, type IpcResult } from '../../shared/contract/ipc.js';
import { parseHubUrl, type AppConfigInput } from './config.js';
import { decideHubCertificate, pinProblem, type HubPin } from './hub-certificate.js';
import type { PairingFetch, PeerTls } from './hub-fetch.js';

type Refusal = { ok: false; error: { code: string; message: string } };
const refuse = (code: string, message: string): Refusal => ({ ok: false, error: { code, message } });

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i;

/** A typed address without a scheme means https, unless it is this machine (the hub serves HTTPS on the network). */
function withDefaultScheme(typed: string): string {
  const text = typed.trim();
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) return text;
  const host = text.replace(/:\d*$/, '').replace(/\/.*$/, '');
  return LOOPBACK.test(host) ? text : `https://${text}`;
}

/** The CA the device will pin, or why the connection cannot be trusted. */
function trustedCa(
  origin: string,
  claimed: { caFingerprint?: string; caCertificate?: string },
  peer: PeerTls | undefined,
  now: number,
): { ok: true; pin: HubPin | undefined } | Refusal {
  const url = new URL(origin);
  if (url.protocol === 'http:')
    return LOOPBACK.test(url.host.replace(/:\d+$/, ''))
      ? { ok: true, pin: undefined }
      : refuse('insecure_hub', 'a hub on the network is reached over https://');
  if (!peer) return refuse('untrusted_certificate', 'the connection to the hub could not be checked');
  if (!claimed.caFingerprint || !claimed.caCertificate)
    return peer.authorized
      ? { ok: true, pin: undefined }
      : refuse(
          'untrusted_certificate',
          "the hub's certificate is not trusted by this machine and the hub named no CA",
        );
  const pin = { fingerprint: claimed.caFingerprint, certificate: claimed.caCertificate };
  const problem = pinProblem(pin);
  if (problem) return refuse('untrusted_certificate', problem);
  const decision = decideHubCertificate({ hostname: url.hostname, chain: peer.chain, pin, now });
  if (!decision.trust)
    return refuse(
      'untrusted_certificate',
      `${decision.reason}; the connection may be intercepted: pair on the centre's own network`,
    );
  return { ok: true, pin };
}

export async function claimPairing(
  raw: unknown,
  fetchFn: PairingFetch,
  timeoutMs = 5000,
  now: () => number = Date.now,
): Promise<IpcResult<AppConfigInput>> {
  const input = PairInput.safeParse(raw);
  if (!input.success)
    return { ok: false, error: { code: 'validation', message: 'the hub address and the code are required' } };
  const hub = parseHubUrl(withDefaultScheme(input.data.hubUrl));
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
  const ca = trustedCa(hub.origin, claimed.data, res.peer, now());
  if (!ca.ok) return ca;
  return {
    ok: true,
    data: {
      role: claimed.data.role,
      hubUrl: hub.origin,
      deviceId: claimed.data.deviceId,
      deviceKey: claimed.data.deviceKey,
      deviceName: claimed.data.name,
      ...(ca.pin ? { hubCaFingerprint: ca.pin.fingerprint, hubCaCertificate: ca.pin.certificate } : {}),
    },
  };
}
