/**
 * Permission requests from web content (camera, microphone, geolocation, notifications,
 * clipboard, fullscreen, HID, serial…). None is needed: full screen is set by the main process,
 * devices are driven by the main process, announcements use speech synthesis, which needs no
 * permission. So every request and check is denied, whoever asks; the origin is still checked
 * so that a future allow-list cannot be granted to a foreign frame by mistake.
 */
import { isHubUrl } from './navigation.js';

/** Permissions the hub's pages may have. Empty on purpose: add one only with a reason beside it. */
export const GRANTED_PERMISSIONS: readonly string[] = [];

export function permissionPolicy(
  permission: string,
  requestingUrl: string,
  hubOrigin: string | null,
): boolean {
  return GRANTED_PERMISSIONS.includes(permission) && isHubUrl(requestingUrl, hubOrigin);
}
