/**
 * The names and addresses a centre's server certificate covers: the machine's host name, its
 * interface addresses, loopback, and any extra names a deployment lists (DAWR_TLS_NAMES).
 * Plain: the caller passes what it read from the OS.
 */
import { isIP } from 'node:net';
import type { NetworkInterfaceInfo } from 'node:os';

export interface ServerNames {
  dns: string[];
  ips: string[];
}

/** A DNS name a certificate may carry (labels of letters, digits and hyphens; a leading `*.` allowed). */
export const DNS_NAME =
  /^(\*\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/i;

export function isCertificateName(name: string): boolean {
  return isIP(name) !== 0 || (name.length <= 253 && DNS_NAME.test(name));
}

// A link-local IPv6 address needs a zone (%eth0) to be used, which a URL cannot carry usefully.
const linkLocal = (ip: string) => /^fe[89ab][0-9a-f]:/i.test(ip);

export function serverNames(input: {
  hostname: string;
  interfaces: NodeJS.Dict<NetworkInterfaceInfo[]>;
  extra?: readonly string[];
}): ServerNames {
  const dns = new Set<string>(['localhost']);
  const ips = new Set<string>(['127.0.0.1', '::1']);
  const add = (raw: string) => {
    const name = raw.trim().toLowerCase();
    if (!name) return;
    if (isIP(name)) ips.add(canonicalIp(name));
    else if (isCertificateName(name)) dns.add(name);
  };
  add(input.hostname);
  for (const list of Object.values(input.interfaces))
    for (const a of list ?? []) if (!linkLocal(a.address)) add(a.address);
  for (const name of input.extra ?? []) add(name);
  return { dns: [...dns].sort(), ips: [...ips].sort() };
}

/** One spelling per address, so `::1` and `0:0:0:0:0:0:0:1` compare equal. */
export function canonicalIp(ip: string): string {
  try {
    return new URL(`http://${ip.includes(':') ? `[${ip}]` : ip}/`).hostname.replace(/^\[(.*)\]$/, '$1');
  } catch {
    return ip;
  }
}

/** True when every wanted name is among the certificate's. */
export function coversAll(have: ServerNames, want: ServerNames): boolean {
  const dns = new Set(have.dns.map((d) => d.toLowerCase()));
  const ips = new Set(have.ips);
  return want.dns.every((d) => dns.has(d.toLowerCase())) && want.ips.every((ip) => ips.has(ip));
}
