/**
 * The README's run command, end to end: the demo process (what `npm start` runs after installing
 * and building) starts a hub, central and a printer emulator, prints working URLs, and keeps its
 * data when run again.
 */
import { expect, test } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildRenderer } from '../../scripts/build-renderer.js';
import type { Catalogue } from '../../shared/contract/catalogue.js';
import { openAllDay as openAllDayCatalogue } from '../support/hub.js';

interface Demo {
  proc: ChildProcess;
  output: string;
  url(label: string): string;
  stop(): Promise<void>;
}

/** Runs main/demo/start.ts on a free port and waits for its banner. */
async function startDemo(dataDir: string): Promise<Demo> {
  const proc = spawn(process.execPath, ['--import', 'tsx', 'main/demo/start.ts'], {
    env: { ...process.env, DAWR_DATA_DIR: dataDir, DAWR_PORT: '0', DAWR_LOG_LEVEL: 'error' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  proc.stdout!.on('data', (b: Buffer) => (output += b.toString()));
  proc.stderr!.on('data', (b: Buffer) => (output += b.toString()));
  await expect.poll(() => output, { timeout: 30_000 }).toContain('Press Ctrl+C to stop.');
  return {
    proc,
    output,
    url(label) {
      const line = output.split('\n').find((l) => l.trimStart().startsWith(label));
      const found = line?.match(/http:\/\/127\.0\.0\.1:\d+\S*/)?.[0];
      if (!found) throw new Error(`the demo printed no URL for ${label}:\n${output}`);
      return found;
    },
    stop: () =>
      new Promise((resolve) => {
        if (proc.exitCode !== null) return resolve();
        // A graceful stop that hangs must not hang the test: it failed CI once by the test's timeout
        // with nothing to read (once in many runs; not reproduced in 8 local runs). After 20 s the
        // demo is killed and the hang is written to the test's output and annotations, with the
        // demo's output, so it can be diagnosed; the rerun below then also shows that a killed demo
        // keeps its data.
        const hung = setTimeout(() => {
          const note = `the demo did not stop within 20 s of SIGTERM; killed. Its output:\n${output}`;
          test.info().annotations.push({ type: 'warning', description: note });
          console.warn(note);
          proc.kill('SIGKILL');
        }, 20_000);
        proc.once('exit', () => {
          clearTimeout(hung);
          resolve();
        });
        proc.kill('SIGTERM');
      }),
  };
}

/** Through the manager API, as the dashboard would: every day 00:00–00:00, walk-ins to midnight. */
async function openAllDay(counterUrl: string): Promise<void> {
  const origin = new URL(counterUrl).origin;
  const login = await fetch(`${origin}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'manager', pin: '246810' }),
  });
  const { token } = (await login.json()) as { token: string };
  const call = async (path: string, body: unknown) => {
    const res = await fetch(`${origin}/api/v1${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
    });
    expect(res.status, path).toBe(200);
    return (await res.json()) as Catalogue;
  };
  const current = await call('/manager/catalogue', {});
  await call('/manager/updateCatalogue', { catalogue: openAllDayCatalogue(current) });
}

let dataDir: string;
test.beforeAll(async () => {
  await buildRenderer({ quiet: true });
  dataDir = mkdtempSync(join(tmpdir(), 'dawr-demo-'));
});
test.afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

test('the demo prints the URL of every app; each opens; a kiosk ticket prints on the emulator; a rerun keeps the data', async ({
  page,
}) => {
  // Two demo starts (each given 30 s for its banner) and stops (each up to 20 s before a kill) under a
  // loaded CI: the default 60 s could end the test before either wait could say what went wrong.
  test.setTimeout(150_000);
  const demo = await startDemo(dataDir);
  try {
    expect(demo.output).toContain('Demo bookings');
    expect(demo.output).toMatch(/agent1\s+111111/);
    for (const label of ['Counter app', 'Manager dashboard', 'Floor assistant', 'Display board']) {
      const res = await fetch(demo.url(label));
      expect(res.status, label).toBe(200);
    }
    const openapi = (await (await fetch(demo.url('API (OpenAPI)'))).json()) as { openapi: string };
    expect(openapi.openapi).toBe('3.1.0');
    expect((await fetch(demo.url('Central profile'))).status).toBe(200);

    // The demo keeps its centre's hours, and this test runs at any hour: open it all day first.
    await openAllDay(demo.url('Counter app'));
    await page.goto(demo.url('Kiosk'));
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: /^Renew Emirates ID/ }).click();
    await page.getByRole('button', { name: 'Print my ticket' }).click();
    const ticket = (await page.getByTestId('ticket-number').textContent())!;
    expect(ticket).toMatch(/^A\d{3}$/);
    await expect(page.getByTestId('print-state')).toContainText('Printed');
    // The emulator keeps a preview of every ticket it printed.
    const previews = join(dataDir, 'printer-previews');
    await expect.poll(() => readdirSync(previews).length).toBeGreaterThan(0);
  } finally {
    await demo.stop();
  }

  // Run again on the same folder: no new seed (so no new bookings), and the ticket is still there.
  const again = await startDemo(dataDir);
  try {
    expect(again.output).not.toContain('Demo bookings');
    const snapshot = (await (
      await fetch(`${new URL(again.url('Counter app')).origin}/api/v1/snapshot`, {
        headers: { authorization: `Device ${new URL(again.url('Kiosk')).hash.replace('#key=', '')}` },
      })
    ).json()) as { queues: { queueId: string; waiting: number }[] };
    expect(snapshot.queues.find((q) => q.queueId === 'q-identity')?.waiting).toBe(1);
  } finally {
    await again.stop();
  }
});
