/** Start-up against a hub that is down, then up: the waiting page first, then the app, by itself. */
import { createServer, type Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { Shell } from '../../main/app/shell.js';
import { parseConfigText } from '../../main/app/config.js';

let server: Server | undefined;
afterEach(async () => {
  await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
  server = undefined;
});

describe('Shell start-up', () => {
  it('shows the waiting page while the hub is down and loads the app when it answers', async () => {
    let healthy = false;
    server = createServer((req, res) => {
      res.statusCode = req.url === '/healthz' && healthy ? 200 : 503;
      res.end('{}');
    });
    await new Promise<void>((r) => server!.listen(0, '127.0.0.1', () => r()));
    const port = (server.address() as { port: number }).port;
    const config = {
      role: 'display',
      hubUrl: `http://127.0.0.1:${port}`,
      deviceKey: 'display-key-0123456789',
    };
    const loaded: string[] = [];
    let appShown: () => void = () => undefined;
    const shown = new Promise<void>((r) => (appShown = r));
    const probes: number[] = [];
    const shell = new Shell({
      screen: {
        load: async (url) => {
          loaded.push(url);
          if (url.includes('/display/')) appShown();
        },
      },
      fetch: (url, init) => {
        probes.push(1);
        return fetch(url, init);
      },
      // Timers that never fire: the test drives retries, so it waits for facts, not time.
      timers: { setTimeout: () => 0, clearTimeout: () => undefined },
      pages: { waiting: 'file:///w.html', pairing: 'file:///p.html' },
      loadConfig: () => parseConfigText(JSON.stringify(config)),
      saveConfig: () => undefined,
    });
    const started = shell.start();
    while (!loaded.includes('file:///w.html')) await new Promise((r) => setTimeout(r, 5));
    expect(shell.shellText()).toMatchObject({ hubUrl: config.hubUrl, lang: 'ar', dir: 'rtl' });
    healthy = true;
    shell.retryHub();
    await shown;
    await started;
    expect(loaded).toEqual(['file:///w.html', `${config.hubUrl}/display/#key=${config.deviceKey}`]);
    expect(probes.length).toBeGreaterThanOrEqual(2);
  });

  it('shows the pairing page with the reason for a broken config file', async () => {
    const loaded: string[] = [];
    const shell = new Shell({
      screen: { load: async (url) => void loaded.push(url) },
      fetch: async () => Promise.reject(new Error('no network in this test')),
      timers: { setTimeout: () => 0, clearTimeout: () => undefined },
      pages: { waiting: 'file:///w.html', pairing: 'file:///p.html' },
      loadConfig: () => parseConfigText('{"role":"kiosk","hubUrl":"http://hub"}'),
      saveConfig: () => undefined,
    });
    await shell.start();
    expect(loaded).toEqual(['file:///p.html']);
    expect(shell.role).toBeNull();
    expect(shell.shellText('en')).toMatchObject({
      dir: 'ltr',
      problem: expect.stringContaining('device key'),
    });
    expect(shell.policy().hubOrigin).toBeNull();
  });
});
