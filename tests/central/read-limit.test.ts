// The limit on profile reads per credential, against a real central on 127.0.0.1: counted per
// authenticated source across every profile route (not per address: every caller here shares
// 127.0.0.1), refused 429 with Retry-After in central's error shape, written to the log once when it
// trips, and leaving ingest alone. The limit does not touch the store, so SQLite stands for both engines.
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import {
  call,
  eid,
  lookup,
  mobile,
  readQuery,
  sendBatch,
  startTestCentral,
  storeVariants,
  visitEvent,
  type TestCentral,
} from './helpers.js';

const [sqlite] = storeVariants();

interface LogLine {
  level: number;
  msg: string;
  source?: string;
  readsPerMinute?: number;
}

function memoryLogger(): { logger: ReturnType<typeof pino>; lines: LogLine[] } {
  const lines: LogLine[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString('utf8')) as LogLine);
      done();
    },
  });
  return { logger: pino({ level: 'info' }, sink), lines };
}

describe('central profile read limit', () => {
  let central: TestCentral | undefined;
  afterEach(async () => {
    await central?.close();
    await central?.store.close();
    central = undefined;
  });
  afterAll(() => sqlite!.cleanup());

  const known = { idHash: eid('784-1990-1234567-1') };

  const timeline = (c: TestCentral, key: string, as: 'hubA' | 'hubB' | 'callCentre') =>
    call(c, 'GET', `/api/v1/customers/${key}/timeline?${readQuery()}`, { as });

  it('refuses a hub credential past its reads a minute with 429, Retry-After and the error shape, and logs it once', async () => {
    const { logger, lines } = memoryLogger();
    central = await startTestCentral(await sqlite!.open(), { logger, profileReadsPerMinute: 3 });
    const c = central;
    expect(
      (await sendBatch(c, [visitEvent('hubA', 'issued', { visitId: 'v-1', at: 0, customer: known })])).status,
    ).toBe(200);

    // Three reads across two routes, one of them a miss: every read counts, a walk of the range is mostly misses.
    const key = (await lookup(c, known)).body.customerKey!;
    expect((await timeline(c, key, 'hubA')).status).toBe(200);
    expect((await lookup(c, { mobileHash: mobile('+971 50 000 0001') })).status).toBe(404);

    // Fetched by hand for the headers, which the helpers' replies leave out.
    const refused = await fetch(`${c.url}/api/v1/customers:lookup`, {
      method: 'POST',
      headers: { authorization: `Bearer ${c.tokens.hubA}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        mobileHash: mobile('+971 50 000 0002'),
        purpose: 'identify',
        actor: 'staff-17',
      }),
    });
    expect(refused.status).toBe(429);
    expect(await refused.json()).toEqual({
      code: 'rate_limited',
      message: expect.stringContaining('hub-centre-a'),
    });
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    // The same counter covers every profile route.
    expect((await timeline(c, key, 'hubA')).status).toBe(429);
    expect((await call(c, 'GET', `/api/v1/customers/${key}/consents?${readQuery()}`)).status).toBe(429);

    // Another hub on the same address reads on; the limited hub still sends its visits.
    expect((await timeline(c, key, 'hubB')).status).toBe(200);
    const ingest = await sendBatch(c, [
      visitEvent('hubA', 'completed', { visitId: 'v-1', at: 9, customer: known }),
    ]);
    expect(ingest.status).toBe(200);
    expect(ingest.body.accepted).toBe(1);

    const tripped = lines.filter((l) => l.msg.startsWith('profile read limit reached'));
    expect(tripped).toHaveLength(1);
    expect(tripped[0]).toMatchObject({ level: 40, source: 'hub-centre-a', readsPerMinute: 3 });
  });

  it("uses a source's own allowance over the default, and 0 lifts it", async () => {
    central = await startTestCentral(await sqlite!.open(), {
      profileReadsPerMinute: 1,
      sourceReadsPerMinute: { callCentre: 3, website: 0 },
    });
    const c = central;
    const miss = { mobileHash: mobile('+971 50 000 0003') };
    for (let i = 0; i < 3; i += 1) expect((await lookup(c, miss, 'callCentre')).status).toBe(404);
    expect((await lookup(c, miss, 'callCentre')).status).toBe(429);
    for (let i = 0; i < 5; i += 1) expect((await lookup(c, miss, 'website')).status).toBe(404);
    expect((await lookup(c, miss, 'hubA')).status).toBe(404);
    expect((await lookup(c, miss, 'hubA')).status).toBe(429);
  });
});
