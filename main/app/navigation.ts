/**
 * Where a window may go: the hub's origin (exact scheme, host and port) and the shell's own
 * local pages, nothing else. URLs are parsed with `new URL`, never compared as string prefixes
 * (`https://hub.example.com.evil.net` starts with `https://hub.example.com`).
 */

export type NavigationDecision = { allow: true } | { allow: false; reason: string };

export interface OriginPolicy {
  /** `http(s)://host[:port]` of the hub, or null before the machine is configured. */
  hubOrigin: string | null;
  /** `file://` URLs of the shell's local pages (waiting, pairing). */
  localPages: readonly string[];
}

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** The origin of an http(s) URL without credentials, else null. */
export function webOrigin(url: string): string | null {
  const u = parse(url);
  if (!u || (u.protocol !== 'http:' && u.protocol !== 'https:')) return null;
  if (u.username || u.password) return null;
  return u.origin;
}

/** True for exactly one of the shell's local pages (query and fragment ignored). */
export function isLocalPage(url: string, localPages: readonly string[]): boolean {
  const u = parse(url);
  if (!u || u.protocol !== 'file:' || u.host !== '') return false;
  return localPages.some((p) => {
    const page = parse(p);
    return page !== null && page.protocol === 'file:' && page.pathname === u.pathname;
  });
}

export function isHubUrl(url: string, hubOrigin: string | null): boolean {
  return hubOrigin !== null && webOrigin(url) === hubOrigin;
}

/** For will-navigate, will-redirect and will-frame-navigate: allow the hub and our pages only. */
export function decideNavigation(url: string, policy: OriginPolicy): NavigationDecision {
  if (isHubUrl(url, policy.hubOrigin)) return { allow: true };
  if (isLocalPage(url, policy.localPages)) return { allow: true };
  const u = parse(url);
  if (!u) return { allow: false, reason: 'not a URL' };
  return { allow: false, reason: `${u.protocol}//${u.host} is not the hub's origin` };
}

/** New windows are never opened: a kiosk has one window and no way back from a second one. */
export function decideWindowOpen(_url: string): { action: 'deny' } {
  return { action: 'deny' };
}
