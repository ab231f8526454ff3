/**
 * How the hub speaks TLS. Plain HTTP is for loopback only: a hub reachable from the centre's
 * network carries PINs, bearer tokens and device keys, so it serves HTTPS there.
 */
import { isIP } from 'node:net';

export type HubTlsSetting =
  /** Plain HTTP: allowed only when the hub listens on a loopback address. */
  | { mode: 'off' }
  /** The hub's own centre CA in `<dataDir>/tls/`, created on first start; `extraNames` are DNS names or IPs. */
  | { mode: 'centre-ca'; extraNames?: string[] }
  /** The deployment's certificate chain and key (PEM files); `caFile` is the private CA devices pin. */
  | { mode: 'deployment'; certFile: string; keyFile: string; caFile?: string };

/** 127.0.0.0/8, ::1 and localhost: only this machine can reach them. */
export function isLoopbackHost(host: string): boolean {
  const h = host
    .trim()
    .toLowerCase()
    .replace(/^\[(.*)\]$/, '$1');
  if (h === 'localhost' || h.endsWith('.localhost')) return true;
  if (isIP(h) === 4) return h.startsWith('127.');
  if (isIP(h) === 6) return h === '::1' || h === '0:0:0:0:0:0:0:1' || /^::ffff:127\./.test(h);
  return false;
}

/** The setting a host gets when none is given: TLS with the centre CA unless the host is loopback. */
export function defaultTlsSetting(host: string): HubTlsSetting {
  return isLoopbackHost(host) ? { mode: 'off' } : { mode: 'centre-ca' };
}

/** Why a setting cannot be used on this host, or undefined when it can. */
export function tlsSettingProblem(host: string, setting: HubTlsSetting): string | undefined {
  if (setting.mode === 'off' && !isLoopbackHost(host))
    return (
      `plain HTTP is only for loopback; the hub listens on ${host}, so it must use TLS ` +
      '(remove DAWR_TLS=off, or set DAWR_HOST=127.0.0.1)'
    );
  return undefined;
}
