/**
 * The centre's own certificate authority and the hub's server certificate, kept in
 * `<dataDir>/tls/`: ca.key + ca.crt (created once; devices pin the CA, so it is never replaced
 * silently) and server.key + server.crt (reissued when it nears expiry, when the hub's names or
 * addresses change, or when it no longer matches the CA or its key). Private keys are mode 0600.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  certificateExpiry,
  certificateNames,
  createCentreCa,
  issueServerCertificate,
  type KeyAndCertificate,
} from './certificates.js';
import { coversAll, type ServerNames } from './names.js';
import {
  centreCaOf,
  issuedBy,
  keyMatchesCertificate,
  TlsSetupError,
  type HubTlsMaterial,
} from './material.js';

/** A server certificate is reissued this long before it expires. */
export const RENEW_BEFORE_MS = 30 * 24 * 60 * 60 * 1000;

export const TLS_FILES = {
  caKey: 'ca.key',
  caCert: 'ca.crt',
  serverKey: 'server.key',
  serverCert: 'server.crt',
} as const;

export interface CentreTls extends HubTlsMaterial {
  centreCa: NonNullable<HubTlsMaterial['centreCa']>;
  /** What happened on this call, for the log. */
  created: { ca: boolean; server: boolean };
}

/** Written to a temporary file and renamed, so a crash never leaves half a key. */
function writeAtomically(path: string, text: string, mode: number): void {
  const tmp = `${path}.tmp`;
  writeFileSync(tmp, text, { mode });
  renameSync(tmp, path);
}

const read = (path: string) => (existsSync(path) ? readFileSync(path, 'utf8') : undefined);

async function loadOrCreateCa(
  dir: string,
  centreName: string,
  now: number,
): Promise<{ ca: KeyAndCertificate; created: boolean }> {
  const certPem = read(join(dir, TLS_FILES.caCert));
  const keyPem = read(join(dir, TLS_FILES.caKey));
  // The certificate is written last: without it, no device can have pinned this CA, so a new one is safe.
  if (certPem === undefined) {
    const ca = await createCentreCa({ centreName, now });
    writeAtomically(join(dir, TLS_FILES.caKey), ca.keyPem, 0o600);
    writeAtomically(join(dir, TLS_FILES.caCert), ca.certPem, 0o644);
    return { ca, created: true };
  }
  if (keyPem === undefined || !keyMatchesCertificate(keyPem, certPem))
    throw new TlsSetupError(
      `${join(dir, TLS_FILES.caKey)} is missing or is not the key of ${TLS_FILES.caCert}: restore both from ` +
        'the backup (devices are paired to this CA), or move the tls folder aside to create a new CA and pair every device again',
    );
  if (certificateExpiry(certPem) <= now)
    throw new TlsSetupError(
      `the centre CA in ${dir} has expired: move the tls folder aside to create a new one and pair every device again`,
    );
  return { ca: { keyPem, certPem }, created: false };
}

function serverStillGood(
  server: { keyPem?: string; certPem?: string },
  ca: KeyAndCertificate,
  names: ServerNames,
  now: number,
): server is KeyAndCertificate {
  const { keyPem, certPem } = server;
  if (keyPem === undefined || certPem === undefined) return false;
  return (
    keyMatchesCertificate(keyPem, certPem) &&
    issuedBy(certPem, ca.certPem) &&
    certificateExpiry(certPem) - now > RENEW_BEFORE_MS &&
    coversAll(certificateNames(certPem), names)
  );
}

export async function loadOrCreateCentreTls(opts: {
  dir: string;
  names: ServerNames;
  now: number;
  /** Shown in the CA's common name (the machine's host name). */
  centreName: string;
}): Promise<CentreTls> {
  mkdirSync(opts.dir, { recursive: true, mode: 0o700 });
  const { ca, created: caCreated } = await loadOrCreateCa(opts.dir, opts.centreName, opts.now);
  const existing = {
    keyPem: read(join(opts.dir, TLS_FILES.serverKey)),
    certPem: read(join(opts.dir, TLS_FILES.serverCert)),
  };
  let server: KeyAndCertificate;
  let serverCreated = false;
  if (serverStillGood(existing, ca, opts.names, opts.now)) server = existing;
  else {
    server = await issueServerCertificate({ ca, names: opts.names, now: opts.now });
    writeAtomically(join(opts.dir, TLS_FILES.serverKey), server.keyPem, 0o600);
    writeAtomically(join(opts.dir, TLS_FILES.serverCert), server.certPem, 0o644);
    serverCreated = true;
  }
  return {
    key: server.keyPem,
    // The CA travels with the chain so a device can find the certificate it pinned among those presented.
    cert: [server.certPem, ca.certPem].map((pem) => pem.trimEnd() + '\n').join(''),
    centreCa: centreCaOf(ca.certPem),
    created: { ca: caCreated, server: serverCreated },
  };
}
