/**
 * The Electron main process: THIN wiring of the plain modules beside it to Electron's APIs.
 * Every decision (window options, navigation, permissions, IPC validation, start-up, recovery)
 * lives in a module tested in Node; this file only connects events to those functions.
 */
import { app, BrowserWindow, ipcMain, Menu, powerSaveBlocker, session } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { IPC_EVENTS, type IpcChannel } from '../../shared/contract/ipc.js';
import { configPath, loadConfigFile, saveConfigFile } from './config-file.js';
import { withCsp } from './csp.js';
import { DeviceStatusBoard } from './device-status-board.js';
import { createHubApi } from './hub-api.js';
import { hubPinOf } from './config.js';
import { certificateVerdict } from './hub-certificate.js';
import { createHubFetch, firstContactFetch } from './hub-fetch.js';
import type { FetchLike } from './hub-waiter.js';
import { createIpcHandlers } from './ipc-handlers.js';
import { startKioskDevices, type KioskDevices } from './kiosk-devices.js';
import { decideNavigation, decideWindowOpen, isHubUrl } from './navigation.js';
import { permissionPolicy } from './permissions.js';
import { RendererWatchdog } from './renderer-watchdog.js';
import { Shell } from './shell.js';
import { roleBehaviour, VISUAL_ZOOM_LIMITS, windowOptions } from './window-options.js';

// The bundle is CommonJS (main/app/build.ts), so __dirname is dist/app/, beside preload.cjs and pages/.
const here = __dirname;
const production = app.isPackaged || process.env.NODE_ENV === 'production';
const pageUrl = (name: string) => pathToFileURL(join(here, 'pages', `${name}.html`)).toString();
const cfgPath = configPath(app.getPath('userData'), process.env);

const board = new DeviceStatusBoard();
let devices: KioskDevices = { print: undefined, stop: () => undefined };
let win: BrowserWindow | null = null;
let winRole: string | null = null;

/** A pairing turns an ordinary window into a kiosk one: the window is rebuilt when the role changes. */
function windowForRole(): BrowserWindow {
  if (!win || win.isDestroyed() || winRole !== shell.role) {
    win?.destroy();
    win = createWindow();
    winRole = shell.role;
  }
  return win;
}

/** Every call to the hub from this process trusts only the CA pinned at pairing (when there is one). */
const hubFetch: FetchLike = (url, init) => createHubFetch(hubPinOf(shell.currentConfig))(url, init);

const shell = new Shell({
  screen: { load: (url) => windowForRole().loadURL(url) },
  fetch: hubFetch,
  pairingFetch: firstContactFetch,
  timers: {
    setTimeout: (fn, ms) => setTimeout(fn, ms),
    clearTimeout: (h) => clearTimeout(h as NodeJS.Timeout),
  },
  pages: { waiting: pageUrl('waiting'), pairing: pageUrl('pairing') },
  loadConfig: () => loadConfigFile(cfgPath),
  saveConfig: (input) => saveConfigFile(cfgPath, input),
  onConfigured(config) {
    devices.stop();
    devices = startKioskDevices(config, board, hubFetch);
    const hubApi = config.deviceKey
      ? createHubApi({ hubOrigin: config.hubUrl, deviceKey: config.deviceKey, fetch: hubFetch })
      : undefined;
    board.forwardTo(hubApi ? (s) => hubApi.reportDeviceStatus(s) : undefined);
    applyRoleBehaviour();
  },
});

const handlers = createIpcHandlers({
  policy: () => shell.policy(),
  role: () => shell.role,
  printTicket: async (visitId) =>
    devices.print ? devices.print(visitId) : { printed: false, reason: 'no_printer' },
  deviceStatus: () => board.all(),
  appInfo: () => ({
    version: app.getVersion(),
    role: shell.role,
    hubOrigin: shell.policy().hubOrigin,
    platform: process.platform,
  }),
  pair: (input) => shell.pair(input),
  retryHub: () => shell.retryHub(),
  shellText: () => shell.shellText(),
});

let awake: number | null = null;
function applyRoleBehaviour(): void {
  const b = roleBehaviour(shell.role);
  if (b.keepAwake && awake === null) awake = powerSaveBlocker.start('prevent-display-sleep');
  if (production) app.setLoginItemSettings({ openAtLogin: b.startAtLogin });
}

function createWindow(): BrowserWindow {
  const options = windowOptions({ role: shell.role, production, preloadPath: join(here, 'preload.cjs') });
  // The security switches are repeated literally here (they equal windowOptions'), so a change
  // there cannot weaken a window and static analysis (electronegativity) sees them.
  const w = new BrowserWindow({
    ...options,
    webPreferences: {
      ...options.webPreferences,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      nodeIntegrationInWorker: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
    },
  });
  const contents = w.webContents;
  const watchdog = new RendererWatchdog({ now: Date.now });
  const guard = (event: { preventDefault(): void }, url: string) => {
    if (!decideNavigation(url, shell.policy()).allow) event.preventDefault();
  };
  contents.on('will-navigate', guard);
  contents.on('will-redirect', guard);
  contents.on('will-frame-navigate', (event) => guard(event, event.url));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => decideWindowOpen(url));
  void contents.setVisualZoomLevelLimits(VISUAL_ZOOM_LIMITS.min, VISUAL_ZOOM_LIMITS.max);
  contents.on('did-fail-load', (_e, _code, _desc, url, isMainFrame) => {
    if (isMainFrame && isHubUrl(url, shell.policy().hubOrigin)) void shell.hubLost();
  });
  contents.on('render-process-gone', (_e, details) => {
    const r = watchdog.renderProcessGone(details.reason);
    if (r.action !== 'none') setTimeout(() => contents.reload(), r.delayMs);
  });
  w.on('unresponsive', () => {
    watchdog.unresponsive();
    setTimeout(() => {
      if (watchdog.check().action === 'recreate') {
        w.destroy();
        void shell.start();
      }
    }, watchdog.hangTimeoutMs);
  });
  w.on('responsive', () => watchdog.responsive());
  w.once('ready-to-show', () => w.show());
  return w;
}

function bindIpc(): void {
  for (const [channel, handle] of Object.entries(handlers) as [IpcChannel, (typeof handlers)[IpcChannel]][]) {
    // Only the main frame may call; a sub-frame (or a frame gone since) is passed as undefined and refused.
    ipcMain.handle(channel, (event, payload: unknown) => {
      const frame = event.senderFrame;
      const url = frame && frame === event.sender.mainFrame ? frame.url : undefined;
      return handle(url, payload);
    });
  }
  board.subscribe((status) => win?.webContents.send(IPC_EVENTS.deviceStatus, status));
}

function lockDownSession(): void {
  const s = session.defaultSession;
  s.setPermissionRequestHandler((_wc, permission, callback, details) =>
    callback(permissionPolicy(permission, details.requestingUrl, shell.policy().hubOrigin)),
  );
  s.setPermissionCheckHandler((_wc, permission, requestingOrigin) =>
    permissionPolicy(permission, requestingOrigin, shell.policy().hubOrigin),
  );
  // The hub's pages and sockets: only chains to the CA pinned at pairing (hub-certificate.ts decides).
  s.setCertificateVerifyProc((request, callback) =>
    callback(
      certificateVerdict(
        request,
        { origin: shell.policy().hubOrigin, pin: hubPinOf(shell.currentConfig) },
        Date.now(),
      ),
    ),
  );
  s.webRequest.onHeadersReceived((details, callback) =>
    callback({ responseHeaders: withCsp(details.responseHeaders) }),
  );
}

// One instance per machine: a second start (a double click on the icon) focuses the first.
if (!app.requestSingleInstanceLock()) app.quit();
app.on('second-instance', () => win?.focus());
app.on('web-contents-created', (_e, contents) => {
  // Belt and braces for any webContents, including ones Electron creates itself.
  contents.setWindowOpenHandler(({ url }) => decideWindowOpen(url));
});
// Links never go to the OS browser: shell.openExternal is not used anywhere in the shell.

void app.whenReady().then(async () => {
  Menu.setApplicationMenu(null);
  lockDownSession();
  bindIpc();
  await shell.start();
});
app.on('window-all-closed', () => {
  shell.stop();
  devices.stop();
  app.quit();
});
