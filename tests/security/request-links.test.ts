/**
 * A service request's public status page answers to the receipt's unguessable link token, never to
 * the request number (SR-YYYYMMDD-NNNN, counted out day by day): a stranger counting through numbers
 * reads nothing and learns nothing, not even that a request exists. Over the real hub.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SubmittedRequest } from '../../shared/contract/assisted.js';
import { api, KIOSK_KEY, startTestHub, type TestHub } from '../support/hub.js';
import { goodEidRenew } from '../assisted/support.js';

const kiosk = `Device ${KIOSK_KEY}`;
let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(async () => hub?.cleanup());

let keys = 0;
const submit = async (idempotencyKey = `request-links-${String(++keys).padStart(4, '0')}`) => {
  const r = await api(hub.url, 'POST', '/service-requests', kiosk, {
    serviceId: 'eid-renew',
    data: goodEidRenew(),
    documents: ['eid-card', 'photo'],
    idempotencyKey,
  });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body as unknown as SubmittedRequest;
};
const linkOf = (sub: SubmittedRequest) => new URL(sub.statusUrl).pathname.replace(/^\/r\//, '');
const statusOf = (tokenOrNumber: string) =>
  api(hub.url, 'GET', `/public/requests/${encodeURIComponent(tokenOrNumber)}`);

describe('service request status links', () => {
  it('links the receipt with a token of at least 128 bits that opens the status; the number alone is 404', async () => {
    const sub = await submit();
    const link = linkOf(sub);
    // base64url: 22 characters carry 128 bits.
    expect(link).toMatch(/^[\w-]{22,}$/);
    expect(sub.statusUrl).not.toContain(sub.request.number);
    expect(await statusOf(link)).toMatchObject({
      status: 200,
      body: { number: sub.request.number, status: 'submitted', serviceId: 'eid-renew' },
    });
    // The number, and the numbers next to it: the same answer as any made-up token.
    const unknown = await statusOf('a-made-up-link-token-0000');
    expect(unknown).toMatchObject({ status: 404, body: { code: 'not_found', message: expect.any(String) } });
    const [, day, n] = /^SR-(\d{8})-(\d{4})$/.exec(sub.request.number)!;
    for (const guess of [sub.request.number, `SR-${day}-${String(Number(n) + 1).padStart(4, '0')}`])
      expect(await statusOf(guess)).toEqual(unknown);
  });

  it('gives a retried submission its own link, and the first receipt’s link keeps working', async () => {
    const first = await submit('request-links-retry');
    const retry = await submit('request-links-retry');
    expect(retry.request.number).toBe(first.request.number);
    expect(linkOf(retry)).not.toBe(linkOf(first));
    for (const sub of [first, retry])
      expect((await statusOf(linkOf(sub))).body).toMatchObject({ number: first.request.number });
  });

  it('keeps only the token’s hash: neither the rows nor the database file hold a link token', async () => {
    const sub = await submit();
    const link = linkOf(sub);
    const rows = hub.hub.db
      .prepare('SELECT token_hash, request_number FROM service_request_links WHERE request_number = ?')
      .all(sub.request.number) as { token_hash: string; request_number: string }[];
    expect(rows).toHaveLength(1);
    expect(rows[0]!.token_hash).not.toBe(link);
    hub.hub.db.pragma('wal_checkpoint(TRUNCATE)');
    expect(readFileSync(hub.hub.db.name).includes(Buffer.from(link))).toBe(false);
  });
});
