/**
 * HTTP calls from the shell's main process to the hub (health probes, pairing, ticket data,
 * device status), on node:http/https so that TLS is under our control:
 * - `createHubFetch(pin)`: with a pinned CA only that CA is trusted (not the OS store) and the
 *   chain must satisfy decideHubCertificate, so a device key is never sent to another server;
 *   without a pin the OS trust store decides (a deployment certificate from a public CA).
 * - `firstContactFetch`: for the pairing claim only, when the device knows no CA yet. It accepts
 *   the hub's certificate for that one request and reports the presented chain, which the
 *   pairing client checks against the CA the hub names in its answer (trust on first use).
 */
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import {
  checkServerIdentity,
  type DetailedPeerCertificate,
  type PeerCertificate,
  type TLSSocket,
} from 'node:tls';
import { X509Certificate } from 'node:crypto';
import { decideHubCertificate, type HubPin } from './hub-certificate.js';
import type { FetchLike } from './hub-waiter.js';

/** A hub reply is small JSON; anything larger is cut off as an error. */
const MAX_REPLY_BYTES = 1024 * 1024;

export interface PeerTls {
  /** The presented chain, server certificate first (PEM). */
  chain: string[];
  /** Whether the OS trust store accepted the chain for this host. */
  authorized: boolean;
}

type Reply = Awaited<ReturnType<FetchLike>>;
export type PairingFetch = (
  url: string,
  init?: Parameters<FetchLike>[1],
) => Promise<Reply & { peer?: PeerTls }>;

/** The chain Node reports (each certificate links to its issuer; a root links to itself). */
export function peerChain(cert: PeerCertificate | DetailedPeerCertificate | undefined): string[] {
  const chain: string[] = [];
  const seen = new Set<string>();
  for (
    let c = cert as DetailedPeerCertificate | undefined;
    c?.raw && chain.length < 10;
    c = c.issuerCertificate
  ) {
    const pem = new X509Certificate(c.raw).toString();
    if (seen.has(pem)) break;
    seen.add(pem);
    chain.push(pem);
  }
  return chain;
}

type TlsOptions = {
  ca?: string[];
  rejectUnauthorized?: boolean;
  checkServerIdentity?: (host: string, cert: PeerCertificate) => Error | undefined;
};

function send(
  url: string,
  init: Parameters<FetchLike>[1],
  tls: TlsOptions,
): Promise<Reply & { peer?: PeerTls }> {
  const u = new URL(url);
  const secure = u.protocol === 'https:';
  if (!secure && u.protocol !== 'http:') return Promise.reject(new Error(`not an http(s) URL: ${url}`));
  const headers = { ...(init?.headers ?? {}) };
  if (init?.body !== undefined) headers['content-length'] = String(Buffer.byteLength(init.body));
  return new Promise((resolve, reject) => {
    const onResponse = (res: IncomingMessage) => {
      const socket = res.socket as TLSSocket;
      const peer = secure
        ? { chain: peerChain(socket.getPeerCertificate(true)), authorized: socket.authorized === true }
        : undefined;
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_REPLY_BYTES) res.destroy(new Error('the hub answered with too much data'));
        else chunks.push(chunk);
      });
      res.on('error', reject);
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        const status = res.statusCode ?? 0;
        resolve({
          ok: status >= 200 && status < 300,
          status,
          json: async () => JSON.parse(text) as unknown,
          ...(peer ? { peer } : {}),
        });
      });
    };
    // agent: false: a fresh connection per call, so a TLS session or socket from another trust setting is never reused.
    const options = { method: init?.method ?? 'GET', headers, signal: init?.signal, agent: false as const };
    const req = secure
      ? httpsRequest(u, { ...options, ...tls }, onResponse)
      : httpRequest(u, options, onResponse);
    req.on('error', reject);
    if (init?.body !== undefined) req.write(init.body);
    req.end();
  });
}

/** Fetch for a configured device: pinned to its hub's CA when it has one. */
export function createHubFetch(pin: HubPin | undefined, now: () => number = Date.now): FetchLike {
  if (!pin) return (url, init) => send(url, init, {});
  return (url, init) =>
    send(url, init, {
      ca: [pin.certificate],
      rejectUnauthorized: true,
      checkServerIdentity(host, cert) {
        const standard = checkServerIdentity(host, cert);
        if (standard) return standard;
        const decision = decideHubCertificate({ hostname: host, chain: peerChain(cert), pin, now: now() });
        return decision.trust ? undefined : new Error(decision.reason);
      },
    });
}

/** For the pairing claim only: see the file comment. Plain http is passed through (loopback). */
export const firstContactFetch: PairingFetch = (url, init) => send(url, init, { rejectUnauthorized: false });
