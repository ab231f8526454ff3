import { describe, expect, it } from 'vitest';
import { decideNavigation, decideWindowOpen, isLocalPage, webOrigin } from '../../main/app/navigation.js';
import { GRANTED_PERMISSIONS, permissionPolicy } from '../../main/app/permissions.js';

const policy = {
  hubOrigin: 'http://192.168.1.10:8080',
  localPages: [
    'file:///opt/dawr/resources/app/pages/waiting.html',
    'file:///opt/dawr/resources/app/pages/pairing.html',
  ],
};

describe('decideNavigation', () => {
  it.each([
    'http://192.168.1.10:8080/kiosk/',
    'http://192.168.1.10:8080/kiosk/#key=abc',
    'http://192.168.1.10:8080/t/token?x=1',
    'file:///opt/dawr/resources/app/pages/waiting.html',
    'file:///opt/dawr/resources/app/pages/pairing.html?retry=1#x',
  ])('allows %s', (url) => {
    expect(decideNavigation(url, policy)).toEqual({ allow: true });
  });

  it.each([
    ['another host', 'https://evil.example/'],
    ['a look-alike host that starts with the hub', 'http://192.168.1.10:8080.evil.example/'],
    ['another port', 'http://192.168.1.10:8081/kiosk/'],
    ['another scheme', 'https://192.168.1.10:8080/kiosk/'],
    ['credentials in the URL', 'http://user:pw@192.168.1.10:8080/kiosk/'],
    ['javascript:', 'javascript:alert(1)'],
    ['data:', 'data:text/html,<h1>x</h1>'],
    ['another local file', 'file:///etc/passwd'],
    ['a path escaping the pages folder', 'file:///opt/dawr/resources/app/pages/../secret.html'],
    ['a file URL with a host', 'file://server/opt/dawr/resources/app/pages/waiting.html'],
    ['garbage', 'not a url'],
  ])('refuses %s', (_why, url) => {
    const d = decideNavigation(url, policy);
    expect(d.allow).toBe(false);
  });

  it('refuses every web URL before the machine is configured', () => {
    expect(decideNavigation('http://192.168.1.10:8080/kiosk/', { ...policy, hubOrigin: null }).allow).toBe(
      false,
    );
    expect(decideNavigation(policy.localPages[1]!, { ...policy, hubOrigin: null }).allow).toBe(true);
  });

  it('explains the refusal by origin', () => {
    expect(decideNavigation('https://evil.example/x', policy)).toEqual({
      allow: false,
      reason: "https://evil.example is not the hub's origin",
    });
  });
});

describe('helpers', () => {
  it('webOrigin only takes http(s) without credentials', () => {
    expect(webOrigin('http://hub:8080/a/b')).toBe('http://hub:8080');
    expect(webOrigin('ftp://hub/')).toBeNull();
    expect(webOrigin('http://a@hub/')).toBeNull();
  });
  it('isLocalPage ignores query and fragment but not path', () => {
    expect(isLocalPage(`${policy.localPages[0]}?a#b`, policy.localPages)).toBe(true);
    expect(isLocalPage('file:///opt/dawr/resources/app/pages/other.html', policy.localPages)).toBe(false);
  });
});

describe('new windows and permissions', () => {
  it('denies every new window, whatever the URL', () => {
    for (const url of ['http://192.168.1.10:8080/kiosk/', 'https://evil.example/', 'about:blank'])
      expect(decideWindowOpen(url)).toEqual({ action: 'deny' });
  });
  it('grants no permission, not even to the hub', () => {
    expect(GRANTED_PERMISSIONS).toEqual([]);
    for (const p of [
      'media',
      'geolocation',
      'notifications',
      'fullscreen',
      'clipboard-read',
      'hid',
      'serial',
      'openExternal',
    ])
      for (const url of ['http://192.168.1.10:8080/kiosk/', 'https://evil.example/'])
        expect(permissionPolicy(p, url, policy.hubOrigin)).toBe(false);
  });
});
