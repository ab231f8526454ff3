import { describe, expect, it } from 'vitest';
import { roleBehaviour, VISUAL_ZOOM_LIMITS, windowOptions } from '../../main/app/window-options.js';
import { AppRole } from '../../shared/contract/ipc.js';

const roles = [...AppRole.options, null];

describe('windowOptions', () => {
  it.each(roles)('locks down the web preferences of role %s', (role) => {
    for (const production of [true, false]) {
      const w = windowOptions({ role, production, preloadPath: '/app/preload.cjs' }).webPreferences!;
      expect(w).toMatchObject({
        preload: '/app/preload.cjs',
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webviewTag: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        experimentalFeatures: false,
        navigateOnDragDrop: false,
        devTools: !production,
        zoomFactor: 1,
      });
    }
  });

  it.each(['kiosk', 'display'] as const)('puts a %s in full screen kiosk mode without frame', (role) => {
    const o = windowOptions({ role, production: true, preloadPath: 'p' });
    expect(o).toMatchObject({
      kiosk: true,
      fullscreen: true,
      frame: false,
      closable: false,
      autoHideMenuBar: true,
    });
    expect(roleBehaviour(role)).toEqual({
      lockedDown: true,
      keepAwake: true,
      startAtLogin: true,
      autoRecover: true,
    });
  });

  it.each(['counter', 'manager', 'floor', null] as const)('gives %s an ordinary window', (role) => {
    const o = windowOptions({ role, production: true, preloadPath: 'p' });
    expect(o.kiosk).toBeUndefined();
    expect(o.fullscreen).toBeUndefined();
    expect(roleBehaviour(role).keepAwake).toBe(false);
  });

  it('lets a display play announcements without a click and keep animating', () => {
    const w = windowOptions({ role: 'display', production: true, preloadPath: 'p' }).webPreferences!;
    expect(w.autoplayPolicy).toBe('no-user-gesture-required');
    expect(w.backgroundThrottling).toBe(false);
    expect(
      windowOptions({ role: 'kiosk', production: true, preloadPath: 'p' }).webPreferences!.autoplayPolicy,
    ).toBeUndefined();
  });

  it('does not register an unconfigured machine to start at login', () => {
    expect(roleBehaviour(null).startAtLogin).toBe(false);
  });

  it('pins visual zoom at 1', () => {
    expect(VISUAL_ZOOM_LIMITS).toEqual({ min: 1, max: 1 });
  });
});
