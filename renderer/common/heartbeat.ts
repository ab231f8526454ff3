/**
 * The heartbeat every app sends on its socket (on each connect, then every HEARTBEAT_INTERVAL_MS),
 * so the dashboard's device health shows which screens are alive and what version they run.
 */
import type { HealthApp, Heartbeat } from '../../shared/contract/device-health.js';
// The constants alone: the schemas' module is not built before an app's first paint.
import { HEARTBEAT_EVENT, HEARTBEAT_INTERVAL_MS } from '../../shared/contract/device-health-events.js';

/** Set by scripts/build-renderer.ts from package.json; absent when the code runs unbundled (tests). */
declare const __DAWR_VERSION__: string | undefined;
export const APP_VERSION = typeof __DAWR_VERSION__ === 'string' ? __DAWR_VERSION__ : '0.0.0-dev';

const INSTANCE_KEY = 'dawr.appInstanceId';

function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

let fallbackId: string | null = null;
/** This browser's app instance id, kept in its storage (in memory where storage is off). */
export function appInstanceId(): string {
  try {
    let id = localStorage.getItem(INSTANCE_KEY);
    if (!id || !/^[A-Za-z0-9_-]{8,64}$/.test(id)) {
      id = randomId();
      localStorage.setItem(INSTANCE_KEY, id);
    }
    return id;
  } catch {
    return (fallbackId ??= randomId());
  }
}

interface HeartbeatSocket {
  connected: boolean;
  on(event: 'connect', listener: () => void): unknown;
  off(event: 'connect', listener: () => void): unknown;
  emit(event: string, payload: Heartbeat, ack: (result: unknown) => void): unknown;
}

/** Starts sending heartbeats for `app` on `socket`; returns the stop function. */
export function startHeartbeat(socket: HeartbeatSocket, app: HealthApp): () => void {
  const beat = () => {
    if (!socket.connected) return;
    // The answer only matters to the hub's dashboard; a refusal here has nobody to tell.
    socket.emit(HEARTBEAT_EVENT, { app, instanceId: appInstanceId(), version: APP_VERSION }, () => undefined);
  };
  socket.on('connect', beat);
  const timer = setInterval(beat, HEARTBEAT_INTERVAL_MS);
  beat();
  return () => {
    clearInterval(timer);
    socket.off('connect', beat);
  };
}
