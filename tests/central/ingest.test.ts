// Batch ingest over real HTTP, on every store engine: idempotency, per-event rejection,
// credentials and source spoofing, and whole-batch refusals that store nothing.
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  eid,
  lookup,
  mobile,
  sendBatch,
  startTestCentral,
  storeVariants,
  visitEvent,
  call,
  cloudEvent,
  type TestCentral,
} from './helpers.js';

for (const variant of storeVariants()) {
  describe(`central ingest (${variant.name})`, () => {
    let central: TestCentral;
    beforeEach(async () => {
      central = await startTestCentral(await variant.open(), {
        bodyLimitBytes: 64 * 1024,
        maxBatchEvents: 50,
      });
    });
    afterEach(async () => {
      await central.close();
      await central.store.close();
    });
    afterAll(() => variant.cleanup());

    it('accepts a batch and treats a resend as duplicates that store nothing new', async () => {
      const customer = { idHash: eid('784-1990-1234567-1') };
      const events = [
        visitEvent('hubA', 'issued', { visitId: 'v1', at: 0, customer }),
        visitEvent('hubA', 'called', { visitId: 'v1', at: 5, customer }),
        visitEvent('hubA', 'completed', { visitId: 'v1', at: 15, customer }),
      ];
      const first = await sendBatch(central, events);
      expect(first.status).toBe(200);
      expect(first.body).toMatchObject({ accepted: 3, duplicate: 0, rejected: 0 });

      const again = await sendBatch(central, events);
      expect(again.status).toBe(200);
      expect(again.body).toMatchObject({ accepted: 0, duplicate: 3, rejected: 0 });
      expect(again.body.results.map((r) => r.status)).toEqual(['duplicate', 'duplicate', 'duplicate']);

      const key = (await lookup(central, customer)).body.customerKey!;
      const timeline = await call<{ items: Array<{ steps: unknown[]; status: string }> }>(
        central,
        'GET',
        `/api/v1/customers/${key}/timeline?purpose=check&actor=tester`,
      );
      expect(timeline.body.items).toHaveLength(1);
      expect(timeline.body.items[0]!.steps).toHaveLength(3);
      expect(timeline.body.items[0]!.status).toBe('completed');
    });

    it('reports a repeat inside one batch as a duplicate of its first copy', async () => {
      const ev = visitEvent('hubA', 'issued', { visitId: 'v-dup', at: 0 });
      const reply = await sendBatch(central, [ev, ev]);
      expect(reply.body.results.map((r) => r.status)).toEqual(['accepted', 'duplicate']);
    });

    it('rejects bad events one by one and still stores the good ones', async () => {
      const customer = { mobileHash: mobile('0501234567') };
      const good1 = visitEvent('hubA', 'issued', { visitId: 'v2', at: 0, customer });
      const noData = { ...visitEvent('hubA', 'called', { visitId: 'v2', at: 1 }), data: { visitId: 'v2' } };
      const badSpec = { ...visitEvent('hubA', 'called', { visitId: 'v2', at: 1 }), specversion: '0.3' };
      const unknownType = cloudEvent(
        'hubA',
        'ae.gov.dawr.visit.issued',
        {},
        { type: 'ae.gov.dawr.visit.teleported' },
      );
      const clearNumber = visitEvent('hubA', 'called', {
        visitId: 'v2',
        at: 2,
        customer: { idHash: '784199012345671' },
      });
      const good2 = visitEvent('hubA', 'completed', { visitId: 'v2', at: 9, customer });
      const reply = await sendBatch(central, [
        good1,
        noData,
        badSpec,
        'not an event',
        unknownType,
        clearNumber,
        good2,
      ]);
      expect(reply.status).toBe(200);
      expect(reply.body).toMatchObject({ accepted: 2, rejected: 5 });
      expect(reply.body.results.map((r) => [r.status, r.code ?? null])).toEqual([
        ['accepted', null],
        ['rejected', 'invalid_data'],
        ['rejected', 'invalid_envelope'],
        ['rejected', 'invalid_envelope'],
        ['rejected', 'unknown_type'],
        ['rejected', 'invalid_data'],
        ['accepted', null],
      ]);
      expect(reply.body.results[5]!.message).toMatch(/customer\.idHash/);
      expect(reply.body.results[1]!.id).toBe((noData as Record<string, unknown>).id);
      expect(reply.body.results[3]!.id).toBeNull();
      expect((await lookup(central, customer)).status).toBe(200);
    });

    it('refuses a missing or wrong credential and stores nothing', async () => {
      const customer = { idHash: eid('784-1985-7654321-2') };
      const ev = visitEvent('hubA', 'issued', { visitId: 'v3', at: 0, customer });
      const none = await call(central, 'POST', '/api/v1/events:batch', { as: null, body: [ev] });
      expect(none).toEqual({ status: 401, body: { code: 'unauthenticated', message: expect.any(String) } });
      const wrong = await call(central, 'POST', '/api/v1/events:batch', {
        token: 'x'.repeat(32),
        body: [ev],
      });
      expect(wrong.status).toBe(401);
      expect((await lookup(central, customer)).status).toBe(404);
      // The same event now accepted proves the refused attempts left nothing behind.
      expect((await sendBatch(central, [ev])).body.accepted).toBe(1);
    });

    it('refuses events written as another source or of a type the sender may not send', async () => {
      const customer = { idHash: eid('784-1970-1111111-1') };
      const asHubB = visitEvent('hubB', 'issued', { visitId: 'v4', at: 0, customer });
      const spoof = await sendBatch(central, [asHubB], 'hubA');
      expect(spoof.body.results[0]).toMatchObject({ status: 'rejected', code: 'source_not_allowed' });
      const visitFromCallCentre = {
        ...visitEvent('hubA', 'issued', { visitId: 'v5', at: 0, customer }),
        source: 'urn:dawr:call-centre',
      };
      const wrongType = await sendBatch(central, [visitFromCallCentre], 'callCentre');
      expect(wrongType.body.results[0]).toMatchObject({ status: 'rejected', code: 'type_not_allowed' });
      expect((await lookup(central, customer)).status).toBe(404);
    });

    it('refuses a body that is not JSON, not an array, too many events or too many bytes, storing nothing', async () => {
      const customer = { idHash: eid('784-2000-2222222-2') };
      const ev = visitEvent('hubA', 'issued', { visitId: 'v6', at: 0, customer });
      const notJson = await call(central, 'POST', '/api/v1/events:batch', {
        rawBody: `[${JSON.stringify(ev)},`,
        contentType: 'application/cloudevents-batch+json',
      });
      expect(notJson.status).toBe(400);
      expect(notJson.body).toMatchObject({ code: 'malformed_json' });
      const notArray = await call(central, 'POST', '/api/v1/events:batch', { body: ev });
      expect(notArray.body).toMatchObject({ code: 'not_a_batch' });
      expect(notArray.status).toBe(400);
      const tooMany = await sendBatch(central, new Array(51).fill(ev));
      expect(tooMany.status).toBe(413);
      expect(tooMany.body).toMatchObject({ code: 'batch_too_large' });
      const padding = {
        ...ev,
        subject: 'x'.repeat(200),
        data: { ...(ev.data as object), reason: 'y'.repeat(70 * 1024) },
      };
      const tooBig = await sendBatch(central, [ev, padding]);
      expect(tooBig.status).toBe(413);
      expect(tooBig.body).toMatchObject({ code: 'payload_too_large' });
      const wrongType = await call(central, 'POST', '/api/v1/events:batch', {
        rawBody: JSON.stringify([ev]),
        contentType: 'text/plain',
      });
      expect(wrongType.status).toBe(415);
      expect(wrongType.body).toMatchObject({ code: 'unsupported_media_type' });
      expect((await lookup(central, customer)).status).toBe(404);
      expect((await sendBatch(central, [ev])).body.accepted).toBe(1);
    });

    it('answers unknown routes and bad reads with { code, message }', async () => {
      const missing = await call(central, 'GET', '/api/v1/nothing-here');
      expect(missing).toEqual({ status: 404, body: { code: 'not_found', message: expect.any(String) } });
      const noPurpose = await call(central, 'GET', '/api/v1/requests/R-1');
      expect(noPurpose.status).toBe(400);
      expect(noPurpose.body).toMatchObject({
        code: 'invalid_request',
        details: expect.arrayContaining([expect.objectContaining({ path: 'purpose' })]),
      });
      const writeOnly = await lookup(central, { idHash: eid('784-1990-1234567-1') }, 'writeOnly');
      expect(writeOnly.status).toBe(403);
      expect(writeOnly.body).toMatchObject({ code: 'forbidden' });
    });
  });
}
