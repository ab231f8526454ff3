/**
 * A hub whose storage refuses writes answers /healthz with 503 and `storage_unavailable` (issue 13).
 * It is up, serves its apps and answers reads, so the shell must load the role's app (whose
 * refusals say the hub cannot save) instead of the 'hub not answering' page and its retry loop.
 */
import { createServer, type Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { parseConfigText } from '../../main/app/config.js';
import { checkHubHealth } from '../../main/app/hub-waiter.js';
import { Shell } from '../../main/app/shell.js';

let server: Server | undefined;
afterEach(async () => {
  await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
  server = undefined;
});

/** A stand-in hub whose /healthz gives `status` and `body`. */
async function hubAnswering(status: number, body: unknown): Promise<string> {
  server = createServer((req, res) => {
    res.statusCode = req.url === '/healthz' ? status : 404;
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify(body));
  });
  await new Promise<void>((r) => server!.listen(0, '127.0.0.1', () => r()));
  return `http://127.0.0.1:${(server.address() as { port: number }).port}`;
}

const STORAGE_BODY = {
  ok: false,
  code: 'storage_unavailable',
  message: 'the hub cannot save: disk_full',
  storage: { writable: false, reason: 'disk_full', low: true },
};

function shellFor(hubUrl: string, loaded: string[], probes: string[]): Shell {
  return new Shell({
    screen: { load: async (url) => void loaded.push(url) },
    fetch: (url, init) => {
      probes.push(url);
      return fetch(url, init);
    },
    // Timers that never fire: a retry would only happen if the test asked for one.
    timers: { setTimeout: () => 0, clearTimeout: () => undefined },
    pages: { waiting: 'file:///w.html', pairing: 'file:///p.html' },
    loadConfig: () => parseConfigText(JSON.stringify({ role: 'counter', hubUrl })),
    saveConfig: () => undefined,
  });
}

describe('hub health as the shell reads it', () => {
  it('tells storage trouble apart from a hub that is down', async () => {
    const storageUrl = await hubAnswering(503, STORAGE_BODY);
    expect(await checkHubHealth(fetch, `${storageUrl}/healthz`)).toEqual({
      state: 'storage_trouble',
      reason: 'disk_full',
    });
    await new Promise<void>((r) => server!.close(() => r()));
    // A 503 without the hub's storage body (a proxy in front of a dead hub) is a hub that is down.
    const proxyUrl = await hubAnswering(503, { error: 'no upstream' });
    expect(await checkHubHealth(fetch, `${proxyUrl}/healthz`)).toEqual({ state: 'down' });
    await new Promise<void>((r) => server!.close(() => r()));
    const okUrl = await hubAnswering(200, { ok: true, storage: { writable: true } });
    expect(await checkHubHealth(fetch, `${okUrl}/healthz`)).toEqual({ state: 'up' });
    // Nothing listening at all.
    expect(await checkHubHealth(fetch, 'http://127.0.0.1:9/healthz', 500)).toEqual({ state: 'down' });
  });

  it('loads the app at once when the hub is up with storage trouble, and remembers why', async () => {
    const hubUrl = await hubAnswering(503, STORAGE_BODY);
    const loaded: string[] = [];
    const probes: string[] = [];
    const shell = shellFor(hubUrl, loaded, probes);
    await shell.start();
    expect(loaded).toEqual([`${hubUrl}/counter/`]);
    expect(probes).toEqual([`${hubUrl}/healthz`]);
    expect(shell.hubHealth).toEqual({ state: 'storage_trouble', reason: 'disk_full' });
  });

  it('still shows the waiting page for a 503 that is not the hub speaking', async () => {
    const hubUrl = await hubAnswering(503, { error: 'no upstream' });
    const loaded: string[] = [];
    const shell = shellFor(hubUrl, loaded, []);
    const started = shell.start();
    while (!loaded.includes('file:///w.html')) await new Promise((r) => setTimeout(r, 5));
    expect(shell.hubHealth).toEqual({ state: 'down' });
    shell.stop();
    await started;
    expect(loaded).toEqual(['file:///w.html']);
  });
});
