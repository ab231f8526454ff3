/**
 * The device-health event names and the heartbeat's interval, apart from the schemas in
 * device-health.ts (which re-exports them): every app's heartbeat needs only these, and importing
 * them there would build every device-health schema before the app's first paint (issue #15).
 */

/** Client → hub on the app's own socket; acknowledged with an AckResult. */
export const HEARTBEAT_EVENT = 'heartbeat';
/** Hub → dashboards on '/manager': the whole DeviceHealthList after any change. */
export const DEVICE_HEALTH_EVENT = 'deviceHealth';
/** How often an app sends its heartbeat (it also sends one on every connect). */
export const HEARTBEAT_INTERVAL_MS = 30_000;
