/**
 * A deployment's own certificate: DAWR_TLS_CERT (the server certificate, optionally followed by
 * its intermediates), DAWR_TLS_KEY (its private key) and optionally DAWR_TLS_CA (the private CA
 * that devices pin). Checked at start, so a wrong file stops the hub with a clear message
 * instead of serving a certificate no client accepts.
 */
import { readFileSync } from 'node:fs';
import { X509Certificate } from 'node:crypto';
import {
  centreCaOf,
  issuedBy,
  keyMatchesCertificate,
  splitPemCertificates,
  TlsSetupError,
  type HubTlsMaterial,
} from './material.js';

function readPem(path: string, what: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (err) {
    throw new TlsSetupError(`cannot read the ${what} ${path}: ${(err as Error).message}`);
  }
}

export function loadDeploymentTls(
  files: { certFile: string; keyFile: string; caFile?: string },
  now: number,
): HubTlsMaterial {
  const chain = splitPemCertificates(readPem(files.certFile, 'TLS certificate (DAWR_TLS_CERT)'));
  const key = readPem(files.keyFile, 'TLS key (DAWR_TLS_KEY)');
  const leaf = chain[0];
  if (!leaf) throw new TlsSetupError(`${files.certFile} holds no PEM certificate`);
  if (!keyMatchesCertificate(key, leaf))
    throw new TlsSetupError(
      `${files.keyFile} is not the private key of the certificate in ${files.certFile}`,
    );
  const cert = new X509Certificate(leaf);
  if (Date.parse(cert.validTo) <= now)
    throw new TlsSetupError(`the certificate in ${files.certFile} expired on ${cert.validTo}`);
  for (let i = 1; i < chain.length; i++)
    if (!issuedBy(chain[i - 1]!, chain[i]!))
      throw new TlsSetupError(`${files.certFile}: certificate ${i + 1} did not issue certificate ${i}`);
  if (!files.caFile) return { key, cert: chain.join('') };

  const ca = splitPemCertificates(readPem(files.caFile, 'CA certificate (DAWR_TLS_CA)'))[0];
  if (!ca) throw new TlsSetupError(`${files.caFile} holds no PEM certificate`);
  const centreCa = centreCaOf(ca);
  const top = chain[chain.length - 1]!;
  const caInChain = chain.some((c) => centreCaOf(c).fingerprint === centreCa.fingerprint);
  if (!caInChain && !issuedBy(top, ca))
    throw new TlsSetupError(
      `the certificate in ${files.certFile} was not issued by the CA in ${files.caFile}`,
    );
  // The CA travels with the chain so a device can find the certificate it pinned among those presented.
  return { key, cert: (caInChain ? chain : [...chain, ca]).join(''), centreCa };
}
