/**
 * Certificates for a centre, with @peculiar/x509 on Node's WebCrypto: a certificate authority
 * (self-signed, 10 years) and server certificates it signs for the hub's names (397 days, the
 * longest lifetime browsers and Apple platforms accept for a server certificate). ECDSA P-256:
 * small, fast to create, and accepted by every browser and by Node.
 */
import { webcrypto, X509Certificate as NodeX509 } from 'node:crypto';
// @peculiar/x509 resolves its algorithms through tsyringe, which needs the Reflect metadata polyfill first.
import 'reflect-metadata';
import * as x509 from '@peculiar/x509';
import { canonicalIp, type ServerNames } from './names.js';

x509.cryptoProvider.set(webcrypto as unknown as Crypto);

const DAY_MS = 24 * 60 * 60 * 1000;
export const CA_LIFETIME_MS = 3650 * DAY_MS;
export const SERVER_LIFETIME_MS = 397 * DAY_MS;
/** Clocks on a centre's machines drift; a certificate valid from a little before now is not refused by them. */
const BACKDATE_MS = DAY_MS;

const KEY_ALGORITHM: EcKeyGenParams = { name: 'ECDSA', namedCurve: 'P-256' };
const SIGNING_ALGORITHM: EcdsaParams = { name: 'ECDSA', hash: 'SHA-256' };

export interface KeyAndCertificate {
  /** PKCS#8 PEM. */
  keyPem: string;
  certPem: string;
}

/** A positive serial number of 128 random bits, as hex. */
function serialNumber(): string {
  const bytes = webcrypto.getRandomValues(new Uint8Array(16));
  bytes[0] = bytes[0]! & 0x7f;
  return Buffer.from(bytes).toString('hex');
}

/** PEM ending in a newline, so files and chains concatenate cleanly. */
const pemLine = (pem: string) => (pem.endsWith('\n') ? pem : `${pem}\n`);

async function exportKey(key: CryptoKey): Promise<string> {
  return pemLine(x509.PemConverter.encode(await webcrypto.subtle.exportKey('pkcs8', key), 'PRIVATE KEY'));
}

async function importSigningKey(keyPem: string): Promise<CryptoKey> {
  return webcrypto.subtle.importKey('pkcs8', x509.PemConverter.decodeFirst(keyPem), KEY_ALGORITHM, false, [
    'sign',
  ]);
}

async function generateKeys(): Promise<CryptoKeyPair> {
  return webcrypto.subtle.generateKey(KEY_ALGORITHM, true, ['sign', 'verify']);
}

/** `CN=<value>` with the characters a distinguished name treats specially escaped. */
const commonName = (value: string) => `CN=${value.replace(/[,+"\\<>;=#]/g, (c) => `\\${c}`)}`;

export async function createCentreCa(opts: { centreName: string; now: number }): Promise<KeyAndCertificate> {
  const keys = await generateKeys();
  const cert = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: serialNumber(),
    name: commonName(`Dawr centre CA ${opts.centreName}`),
    notBefore: new Date(opts.now - BACKDATE_MS),
    notAfter: new Date(opts.now + CA_LIFETIME_MS),
    signingAlgorithm: SIGNING_ALGORITHM,
    keys,
    extensions: [
      new x509.BasicConstraintsExtension(true, 0, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
    ],
  });
  return { keyPem: await exportKey(keys.privateKey), certPem: pemLine(cert.toString('pem')) };
}

export async function issueServerCertificate(opts: {
  ca: KeyAndCertificate;
  names: ServerNames;
  now: number;
}): Promise<KeyAndCertificate> {
  const caCert = new x509.X509Certificate(opts.ca.certPem);
  const keys = await generateKeys();
  const cert = await x509.X509CertificateGenerator.create({
    serialNumber: serialNumber(),
    subject: commonName(opts.names.dns.find((d) => d !== 'localhost') ?? 'dawr-hub'),
    issuer: caCert.subject,
    notBefore: new Date(opts.now - BACKDATE_MS),
    notAfter: new Date(Math.min(opts.now + SERVER_LIFETIME_MS, caCert.notAfter.getTime())),
    signingAlgorithm: SIGNING_ALGORITHM,
    publicKey: keys.publicKey,
    signingKey: await importSigningKey(opts.ca.keyPem),
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
      new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth]),
      new x509.SubjectAlternativeNameExtension([
        ...opts.names.dns.map((value) => ({ type: 'dns' as const, value })),
        ...opts.names.ips.map((value) => ({ type: 'ip' as const, value })),
      ]),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
      await x509.AuthorityKeyIdentifierExtension.create(caCert),
    ],
  });
  return { keyPem: await exportKey(keys.privateKey), certPem: pemLine(cert.toString('pem')) };
}

/** The DNS names and IP addresses a certificate is valid for. */
export function certificateNames(certPem: string): ServerNames {
  const san = new x509.X509Certificate(certPem).getExtension(x509.SubjectAlternativeNameExtension);
  const items = san?.names.items ?? [];
  return {
    dns: items.filter((n) => n.type === 'dns').map((n) => n.value.toLowerCase()),
    ips: items.filter((n) => n.type === 'ip').map((n) => canonicalIp(n.value)),
  };
}

/**
 * SHA-256 of the certificate's DER, as colon-separated upper-case hex: the form
 * `openssl x509 -noout -fingerprint -sha256 -in ca.crt` prints, so a person can compare them.
 */
export function certificateFingerprint(certPem: string): string {
  return new NodeX509(certPem).fingerprint256;
}

/** Milliseconds since the epoch after which the certificate is no longer valid. */
export function certificateExpiry(certPem: string): number {
  return new x509.X509Certificate(certPem).notAfter.getTime();
}
