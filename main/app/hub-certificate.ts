/**
 * Whether to trust the certificate chain a hub presents, for a device paired with a pinned CA.
 * Pure (parsing with node:crypto, the clock passed in), so it is tested in Node; the Electron main
 * process (setCertificateVerifyProc) and the main process's own HTTPS calls (hub-fetch.ts) both
 * ask it. A chain is trusted when it leads, signature by signature, from the server certificate
 * to the pinned CA, every certificate on the way is in date, the issuers are CAs, and the server
 * certificate names the host that was dialled.
 */
import { X509Certificate } from 'node:crypto';
import { isIP } from 'node:net';

/** The hub's CA as stored with the device's config at pairing. */
export interface HubPin {
  /** SHA-256 of the CA certificate's DER, colon-separated upper-case hex. */
  fingerprint: string;
  /** The CA certificate (PEM), so the chain can be checked even if the hub does not send the CA. */
  certificate: string;
}

export type CertificateDecision = { trust: true } | { trust: false; reason: string };

const refuse = (reason: string): CertificateDecision => ({ trust: false, reason });

/** No real chain is this long; a longer one is refused rather than walked. */
const MAX_CHAIN = 8;

function parse(pem: string): X509Certificate | undefined {
  try {
    return new X509Certificate(pem);
  } catch {
    return undefined;
  }
}

const normaliseFingerprint = (f: string) => f.replace(/[^0-9a-f]/gi, '').toUpperCase();

/** Why a stored pin cannot be used (its certificate is not the one its fingerprint names, or no CA), else undefined. */
export function pinProblem(pin: HubPin): string | undefined {
  const ca = parse(pin.certificate);
  if (!ca) return 'the pinned hub CA certificate cannot be read';
  if (normaliseFingerprint(ca.fingerprint256) !== normaliseFingerprint(pin.fingerprint))
    return 'the pinned hub CA certificate does not match its fingerprint';
  if (!ca.ca) return 'the pinned hub certificate is not a certificate authority';
  return undefined;
}

function inDate(cert: X509Certificate, now: number): boolean {
  return Date.parse(cert.validFrom) <= now && now <= Date.parse(cert.validTo);
}

const signedBy = (cert: X509Certificate, issuer: X509Certificate) =>
  cert.checkIssued(issuer) && cert.verify(issuer.publicKey);

function namesHost(cert: X509Certificate, hostname: string): boolean {
  const host = hostname.replace(/^\[(.*)\]$/, '$1');
  return isIP(host) ? cert.checkIP(host) !== undefined : cert.checkHost(host) !== undefined;
}

/**
 * `chain` is what the hub presented, server certificate first (PEM). The pinned CA may be in it
 * or not; intermediates between the server certificate and the CA must be.
 */
export function decideHubCertificate(input: {
  hostname: string;
  chain: readonly string[];
  pin: HubPin;
  now: number;
}): CertificateDecision {
  const problem = pinProblem(input.pin);
  if (problem) return refuse(problem);
  const anchor = parse(input.pin.certificate)!;
  if (input.chain.length === 0) return refuse('the hub presented no certificate');
  if (input.chain.length > MAX_CHAIN) return refuse('the hub presented an implausibly long chain');
  const chain = input.chain.map(parse);
  if (chain.some((c) => c === undefined))
    return refuse('the hub presented a certificate that cannot be read');
  const certs = chain as X509Certificate[];
  const leaf = certs[0]!;
  const isAnchor = (c: X509Certificate) =>
    normaliseFingerprint(c.fingerprint256) === normaliseFingerprint(input.pin.fingerprint);
  if (isAnchor(leaf)) return refuse('the hub presented its CA certificate as its server certificate');
  if (!inDate(anchor, input.now)) return refuse('the pinned hub CA has expired or is not yet valid');
  if (!namesHost(leaf, input.hostname))
    return refuse(`the hub's certificate is not valid for ${input.hostname}`);

  // Walk up from the server certificate until a certificate is signed by the pinned CA.
  for (let i = 0; i < certs.length; i++) {
    const cert = certs[i]!;
    if (!inDate(cert, input.now))
      return refuse("a certificate in the hub's chain has expired or is not yet valid");
    if (i > 0 && !cert.ca) return refuse("a certificate in the hub's chain that signs another is not a CA");
    if (signedBy(cert, anchor)) return { trust: true };
    const next = certs[i + 1];
    if (!next || isAnchor(next) || !signedBy(cert, next))
      return refuse("the hub's certificate was not issued by the CA this device was paired with");
  }
  return refuse("the hub's certificate was not issued by the CA this device was paired with");
}

/** A certificate as Electron presents it (electron.Certificate): PEM and its issuer, if sent. */
export interface PresentedCertificate {
  data: string;
  issuerCert?: PresentedCertificate | null;
}

/** The presented chain as PEM, server certificate first (a self-issued root points at itself: stop there). */
export function presentedChain(cert: PresentedCertificate): string[] {
  const chain: string[] = [];
  for (
    let c: PresentedCertificate | null | undefined = cert;
    c && chain.length <= MAX_CHAIN;
    c = c.issuerCert
  ) {
    if (chain.includes(c.data)) break;
    chain.push(c.data);
  }
  return chain;
}

/** setCertificateVerifyProc's answers: accept, reject, or let Chromium verify as usual. */
export const VERIFY_ACCEPT = 0;
export const VERIFY_REJECT = -2;
export const VERIFY_CHROMIUM = -3;

/**
 * For the Electron session: the hub's host with a pinned CA is decided here (only the pinned CA
 * is trusted, whatever the OS trusts); any other host, or a hub without a pin (a deployment
 * certificate from a public CA), is left to Chromium's usual verification.
 */
export function certificateVerdict(
  request: { hostname: string; certificate: PresentedCertificate },
  hub: { origin: string | null; pin: HubPin | undefined },
  now: number,
): typeof VERIFY_ACCEPT | typeof VERIFY_REJECT | typeof VERIFY_CHROMIUM {
  if (!hub.origin || !hub.pin) return VERIFY_CHROMIUM;
  let hubHost: string;
  try {
    hubHost = new URL(hub.origin).hostname.replace(/^\[(.*)\]$/, '$1');
  } catch {
    return VERIFY_CHROMIUM;
  }
  if (request.hostname.replace(/^\[(.*)\]$/, '$1').toLowerCase() !== hubHost.toLowerCase())
    return VERIFY_CHROMIUM;
  const decision = decideHubCertificate({
    hostname: request.hostname,
    chain: presentedChain(request.certificate),
    pin: hub.pin,
    now,
  });
  return decision.trust ? VERIFY_ACCEPT : VERIFY_REJECT;
}
