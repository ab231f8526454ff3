/**
 * Content-Security-Policy. The local pages carry theirs in a meta tag (file:// responses have no
 * headers to set); hub responses keep the hub's own header, and one without a CSP (an error
 * page, a proxy's page) gets the strict default here, so no response runs unrestricted.
 */

/** For the shell's local pages: their own script and style only, no network at all. */
export const LOCAL_PAGE_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/**
 * For hub responses that came without one: same origin only. `connect-src 'self'` also admits
 * socket.io's ws:/wss: to the hub's own host and port (Chromium matches 'self' to them); a bare
 * `ws:`/`wss:` would let injected script talk to any host.
 */
export const HUB_FALLBACK_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

export type ResponseHeaders = Record<string, string[] | string>;

/** The headers to hand back to Chromium for one response: unchanged if a CSP is present. */
export function withCsp(headers: ResponseHeaders | undefined): ResponseHeaders {
  const h = { ...(headers ?? {}) };
  const has = Object.keys(h).some((k) => k.toLowerCase() === 'content-security-policy');
  if (!has) h['Content-Security-Policy'] = [HUB_FALLBACK_CSP];
  return h;
}
