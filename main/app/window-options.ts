/**
 * Window options per role, as plain data so tests check them without Electron. Kiosk and
 * display machines are unattended public screens: full screen kiosk mode, no frame or menu,
 * no devtools in production, no zoom, kept awake. Staff roles get an ordinary window.
 */
import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';
import type { AppRole } from '../../shared/contract/ipc.js';

export interface RoleBehaviour {
  /** Full screen kiosk mode without frame or menu. */
  lockedDown: boolean;
  /** powerSaveBlocker 'prevent-display-sleep'. */
  keepAwake: boolean;
  /** Registered to start at login (app.setLoginItemSettings). */
  startAtLogin: boolean;
  /** Reload a crashed or unresponsive renderer without asking anyone. */
  autoRecover: boolean;
}

const PUBLIC_SCREEN: RoleBehaviour = {
  lockedDown: true,
  keepAwake: true,
  startAtLogin: true,
  autoRecover: true,
};
const STAFF_SCREEN: RoleBehaviour = {
  lockedDown: false,
  keepAwake: false,
  startAtLogin: true,
  autoRecover: true,
};

export function roleBehaviour(role: AppRole | null): RoleBehaviour {
  if (role === 'kiosk' || role === 'display') return PUBLIC_SCREEN;
  // Unconfigured machines show the pairing page in an ordinary window so a technician can type.
  if (role === null) return { ...STAFF_SCREEN, startAtLogin: false };
  return STAFF_SCREEN;
}

export interface WindowOptionsInput {
  role: AppRole | null;
  production: boolean;
  preloadPath: string;
}

/** The security settings every window shares; none of them may be relaxed per role. */
export function secureWebPreferences(preloadPath: string, production: boolean): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webviewTag: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    enableBlinkFeatures: '',
    // Middle click would open links in new windows/tabs outside the navigation rules.
    disableBlinkFeatures: 'Auxclick',
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: false,
    devTools: !production,
  };
}

export function windowOptions({
  role,
  production,
  preloadPath,
}: WindowOptionsInput): BrowserWindowConstructorOptions {
  const behaviour = roleBehaviour(role);
  const webPreferences: WebPreferences = {
    ...secureWebPreferences(preloadPath, production),
    zoomFactor: 1,
    // A display announces calls with sound nobody clicked for, and must keep animating in the background.
    ...(role === 'display'
      ? { autoplayPolicy: 'no-user-gesture-required', backgroundThrottling: false }
      : {}),
  };
  const common: BrowserWindowConstructorOptions = {
    show: false,
    backgroundColor: '#ffffff',
    autoHideMenuBar: true,
    webPreferences,
  };
  if (behaviour.lockedDown)
    return {
      ...common,
      kiosk: true,
      fullscreen: true,
      frame: false,
      resizable: false,
      movable: false,
      minimizable: false,
      maximizable: false,
      closable: false,
      skipTaskbar: true,
    };
  return { ...common, width: 1280, height: 800, minWidth: 800, minHeight: 600 };
}

/** Pinch and ctrl+wheel zoom stay at 1: a visitor's pinch must not leave the kiosk half-zoomed. */
export const VISUAL_ZOOM_LIMITS = { min: 1, max: 1 } as const;
