/** What the hub's HTTPS server is given, and what pairing hands to devices to pin. */
import { X509Certificate, createPrivateKey } from 'node:crypto';
import { certificateFingerprint } from './certificates.js';

export interface CentreCa {
  /** PEM. */
  certificate: string;
  /** SHA-256 of its DER, colon-separated upper-case hex. */
  fingerprint: string;
}

export interface HubTlsMaterial {
  /** The server's private key (PEM). */
  key: string;
  /** The server certificate first, then its issuers up to and including the CA (PEM). */
  cert: string;
  /** The CA devices pin at pairing; absent for a deployment certificate without DAWR_TLS_CA (devices use the OS trust store). */
  centreCa?: CentreCa;
}

export class TlsSetupError extends Error {
  override name = 'TlsSetupError';
}

const PEM_CERTIFICATE = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;

/** The certificates of a PEM bundle, in order. */
export function splitPemCertificates(pem: string): string[] {
  return [...pem.matchAll(PEM_CERTIFICATE)].map((m) => `${m[0]}\n`);
}

export function centreCaOf(certificate: string): CentreCa {
  return { certificate, fingerprint: certificateFingerprint(certificate) };
}

/** True when `keyPem` is the private key of `certPem`; false for anything unreadable. */
export function keyMatchesCertificate(keyPem: string, certPem: string): boolean {
  try {
    return new X509Certificate(certPem).checkPrivateKey(createPrivateKey(keyPem));
  } catch {
    return false;
  }
}

/** True when `issuerPem` issued and signed `certPem`. */
export function issuedBy(certPem: string, issuerPem: string): boolean {
  try {
    const cert = new X509Certificate(certPem);
    const issuer = new X509Certificate(issuerPem);
    return cert.checkIssued(issuer) && cert.verify(issuer.publicKey);
  } catch {
    return false;
  }
}
