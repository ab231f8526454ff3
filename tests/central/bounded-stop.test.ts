/**
 * Central stops within a bounded time: a hub whose network dropped halfway through sending a batch
 * leaves a request that never completes, and central's close (the HTTP server waits for every
 * request in flight, with no request timeout) waited for it for ever; systemd had to kill it.
 * After a short grace its connection is cut and the store is closed.
 */
import { afterEach, expect, it } from 'vitest';
import { connect } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCentral } from '../../main/central/start.js';
import { hashToken } from '../../main/central/sources.js';
import { CLOUDEVENTS_BATCH_MEDIA_TYPE } from '../../shared/central/api.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

it(
  'stops although a request in flight never completes, cutting its connection',
  { timeout: 10_000 },
  async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dawr-central-stop-'));
    dirs.push(dir);
    const token = 'test-hub-token-0123456789abcdef';
    const central = await startCentral({
      databaseUrl: `sqlite:${join(dir, 'central.db')}`,
      port: 0,
      logLevel: 'silent',
      maxBatchEvents: 1000,
      sources: [
        {
          id: 'hub-test',
          kind: 'hub',
          tokenSha256: hashToken(token),
          eventSources: ['urn:dawr:hub:test'],
          canRead: true,
        },
      ],
    });
    const { port } = new URL(central.url);
    const requestArrived = new Promise<void>((r) => central.app.server.once('request', () => r()));
    const socket = connect(Number(port), '127.0.0.1');
    const closed = new Promise<void>((r) => socket.once('close', () => r()));
    socket.on('error', () => undefined);
    await new Promise<void>((r) => socket.once('connect', () => r()));
    // The headers and the first byte of a batch the hub never finishes sending.
    socket.write(
      `POST /api/v1/events:batch HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${token}\r\n` +
        `Content-Type: ${CLOUDEVENTS_BATCH_MEDIA_TYPE}\r\nContent-Length: 1000\r\n\r\n[`,
    );
    // Its headers were read: a request in flight, not an idle connection, when the stop begins.
    await requestArrived;
    await central.stop();
    await closed;
    expect(socket.destroyed).toBe(true);
  },
);
