// The merged profile over real HTTP, on every store engine: one timeline across two hubs and
// the call centre, identity merges, paging and channel filter, per-visit order, request status
// across channels, consents, and the access log.
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TimelineItem } from '../../shared/central/api.js';
import {
  call,
  cloudEvent,
  eid,
  lookup,
  minutes,
  mobile,
  readQuery,
  sendBatch,
  startTestCentral,
  storeVariants,
  visitEvent,
  type TestCentral,
} from './helpers.js';

interface TimelineReply {
  customerKey: string;
  items: TimelineItem[];
  nextCursor: string | null;
}

for (const variant of storeVariants()) {
  describe(`central profile (${variant.name})`, () => {
    let central: TestCentral;
    let now = Date.UTC(2026, 0, 2);
    beforeEach(async () => {
      central = await startTestCentral(await variant.open(), { clock: () => new Date((now += 1000)) });
    });
    afterEach(async () => {
      await central.close();
      await central.store.close();
    });
    afterAll(() => variant.cleanup());

    const timeline = (
      key: string,
      extra: Record<string, string | number> = {},
      as: 'hubA' | 'callCentre' = 'hubA',
    ) => call<TimelineReply>(central, 'GET', `/api/v1/customers/${key}/timeline?${readQuery(extra)}`, { as });

    const accepted = async (
      events: unknown[],
      as: Parameters<typeof sendBatch>[2] = 'hubA',
    ): Promise<void> => {
      const reply = await sendBatch(central, events, as);
      expect(reply.status).toBe(200);
      expect(reply.body.rejected, JSON.stringify(reply.body.results)).toBe(0);
    };

    it('merges two centres and a call-centre contact into one timeline for one citizen', async () => {
      const E = eid('784-1990-1234567-1');
      const M = mobile('+971 50 123 4567');
      const otherCitizen = { idHash: eid('784-1988-9999999-9') };
      // The call centre knows the caller only by mobile.
      await accepted(
        [
          cloudEvent('callCentre', 'ae.gov.dawr.interaction.recorded', {
            interactionId: 'call-1',
            agencyId: 'rta',
            customer: { mobileHash: M },
            topic: 'asked which documents a renewal needs',
            outcome: 'informed',
            staffId: 'agent-4',
            startedAt: minutes(-60),
            endedAt: minutes(-52),
          }),
        ],
        'callCentre',
      );
      const phoneOnlyKey = (await lookup(central, { mobileHash: M })).body.customerKey!;
      await accepted([
        visitEvent('hubA', 'issued', { visitId: 'a-1', at: 0, customer: { idHash: E } }),
        visitEvent('hubA', 'completed', { visitId: 'a-1', at: 20, customer: { idHash: E } }),
        visitEvent('hubA', 'issued', { visitId: 'a-2', at: 1, customer: otherCitizen }),
      ]);
      const eidKey = (await lookup(central, { idHash: E })).body.customerKey!;
      expect(eidKey).not.toBe(phoneOnlyKey);
      // Centre B sees both identifiers on one visit: the phone-only record joins the EID one.
      await accepted(
        [
          visitEvent(
            'hubB',
            'issued',
            { visitId: 'b-1', at: 240, customer: { idHash: E, mobileHash: M } },
            { assisted: true },
          ),
        ],
        'hubB',
      );
      expect((await lookup(central, { mobileHash: M })).body.customerKey).toBe(eidKey);

      const merged = await timeline(eidKey);
      expect(merged.status).toBe(200);
      expect(merged.body.items.map((i) => [i.channel, i.source, i.kind])).toEqual([
        ['centre', 'urn:dawr:hub:centre-b', 'visit'],
        ['centre', 'urn:dawr:hub:centre-a', 'visit'],
        ['call_centre', 'urn:dawr:call-centre', 'contact'],
      ]);
      expect(merged.body.items[0]).toMatchObject({ centreId: 'centre-b', assisted: true, status: 'issued' });
      expect(merged.body.items[1]).toMatchObject({
        centreId: 'centre-a',
        status: 'completed',
        endedAt: minutes(20),
      });
      expect(merged.body.items[2]).toMatchObject({
        topic: 'asked which documents a renewal needs',
        staffId: 'agent-4',
      });
      // A key handed out before the merge still leads to the merged profile.
      const viaOldKey = await timeline(phoneOnlyKey, {}, 'callCentre');
      expect(viaOldKey.body.customerKey).toBe(eidKey);
      expect(viaOldKey.body.items).toHaveLength(3);
    });

    it('gives one customer when two hubs report the same new citizen at the same moment', async () => {
      const customer = { idHash: eid('784-1989-1212121-2'), mobileHash: mobile('0561212121') };
      const sends = Array.from({ length: 8 }, (_, i) => {
        const hub = i % 2 === 0 ? 'hubA' : 'hubB';
        return sendBatch(
          central,
          [visitEvent(hub, 'issued', { visitId: `race-${i}`, at: i, customer })],
          hub,
        );
      });
      const replies = await Promise.all(sends);
      expect(replies.map((r) => r.body.accepted)).toEqual(new Array(8).fill(1));
      const key = (await lookup(central, { idHash: customer.idHash })).body.customerKey!;
      expect((await lookup(central, { mobileHash: customer.mobileHash })).body.customerKey).toBe(key);
      expect((await timeline(key)).body.items).toHaveLength(8);
    });

    it('moves a reassigned mobile number to its new holder instead of merging two people', async () => {
      const M = mobile('0559876543');
      const first = eid('784-1960-1000000-1');
      const second = eid('784-1995-2000000-2');
      await accepted([
        visitEvent('hubA', 'issued', { visitId: 'm-1', at: 0, customer: { idHash: first, mobileHash: M } }),
      ]);
      await accepted([
        visitEvent('hubA', 'issued', { visitId: 'm-2', at: 90, customer: { idHash: second, mobileHash: M } }),
      ]);
      const firstKey = (await lookup(central, { idHash: first })).body.customerKey!;
      const secondKey = (await lookup(central, { idHash: second })).body.customerKey!;
      expect(firstKey).not.toBe(secondKey);
      expect((await lookup(central, { mobileHash: M })).body.customerKey).toBe(secondKey);
      expect((await timeline(firstKey)).body.items.map((i) => i.id)).toEqual([
        'visit:urn:dawr:hub:centre-a:m-1',
      ]);
    });

    it('merges within one batch when the linking event comes later in it', async () => {
      const E = eid('784-1977-3333333-3');
      const M = mobile('0501112222');
      await accepted([
        visitEvent('hubA', 'issued', { visitId: 'x-1', at: 0, customer: { mobileHash: M } }),
        visitEvent('hubA', 'issued', { visitId: 'x-2', at: 30, customer: { idHash: E } }),
        visitEvent('hubA', 'called', { visitId: 'x-2', at: 35, customer: { idHash: E, mobileHash: M } }),
      ]);
      const key = (await lookup(central, { mobileHash: M })).body.customerKey!;
      expect((await lookup(central, { idHash: E })).body.customerKey).toBe(key);
      expect((await timeline(key)).body.items.map((i) => i.id)).toEqual([
        'visit:urn:dawr:hub:centre-a:x-2',
        'visit:urn:dawr:hub:centre-a:x-1',
      ]);
    });

    it('keeps per-visit order by the sender sequence when events arrive out of order', async () => {
      const customer = { idHash: eid('784-1980-4444444-4') };
      const issued = visitEvent('hubA', 'issued', { visitId: 'o-1', at: 0, customer });
      const called = visitEvent('hubA', 'called', { visitId: 'o-1', at: 10, customer });
      const serving = visitEvent(
        'hubA',
        'serving_started',
        { visitId: 'o-1', at: 11, customer },
        { staffId: 'staff-9' },
      );
      // The hub's clock jumped back: completed carries an earlier time but the later sequence number.
      const completed = visitEvent(
        'hubA',
        'completed',
        { visitId: 'o-1', at: 9, customer },
        { outcome: 'licence renewed' },
      );
      await accepted([completed, serving]);
      await accepted([called]);
      await accepted([issued]);
      const key = (await lookup(central, customer)).body.customerKey!;
      const [item] = (await timeline(key)).body.items;
      expect(item).toMatchObject({
        status: 'completed',
        outcome: 'licence renewed',
        staffId: 'staff-9',
        occurredAt: minutes(0),
      });
      expect(item!.steps.map((s) => s.type.replace('ae.gov.dawr.visit.', ''))).toEqual([
        'issued',
        'called',
        'serving_started',
        'completed',
      ]);
      const seqs = item!.steps.map((s) => s.seq!);
      expect([...seqs].sort((a, b) => a - b)).toEqual(seqs);
    });

    it('pages newest first with an opaque cursor and filters by channel', async () => {
      const customer = { idHash: eid('784-1999-5555555-5') };
      const visits = Array.from({ length: 23 }, (_, i) =>
        visitEvent('hubA', 'issued', { visitId: `p-${i}`, at: i * 10, customer }),
      );
      // Two visits at the same minute: the id breaks the tie so paging neither skips nor repeats.
      visits.push(visitEvent('hubA', 'issued', { visitId: 'p-tie', at: 50, customer }));
      await accepted(visits);
      await accepted(
        [1, 2].map((n) =>
          cloudEvent('website', 'ae.gov.dawr.interaction.recorded', {
            interactionId: `web-${n}`,
            customer,
            topic: 'booked an appointment',
            startedAt: minutes(n * 7),
          }),
        ),
        'website',
      );
      const key = (await lookup(central, customer)).body.customerKey!;
      const seen: TimelineItem[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const reply: { status: number; body: TimelineReply } = await timeline(key, {
          limit: 10,
          ...(cursor ? { cursor } : {}),
        });
        expect(reply.status).toBe(200);
        seen.push(...reply.body.items);
        cursor = reply.body.nextCursor;
        pages += 1;
      } while (cursor !== null);
      expect(pages).toBe(3);
      expect(seen).toHaveLength(26);
      expect(new Set(seen.map((i) => i.id)).size).toBe(26);
      const order = seen.map((i) => `${i.occurredAt}|${i.id}`);
      expect([...order].sort().reverse()).toEqual(order);

      const web = await timeline(key, { channel: 'website' });
      expect(web.body.items.map((i) => i.id)).toEqual([
        'contact:urn:dawr:website:web-2',
        'contact:urn:dawr:website:web-1',
      ]);
      expect((await timeline(key, { channel: 'chat' })).body.items).toEqual([]);
      const badChannel = await timeline(key, { channel: 'fax' });
      expect(badChannel.status).toBe(400);
      const badCursor = await timeline(key, { cursor: 'not-a-cursor' });
      expect(badCursor.status).toBe(400);
      expect(badCursor.body).toMatchObject({ code: 'invalid_cursor' });
      const unknown = await timeline('00000000-0000-4000-8000-000000000000');
      expect(unknown.status).toBe(404);
      expect(unknown.body).toMatchObject({ code: 'customer_not_found' });
    });

    it('follows a request through website, centre and call centre with its full status history', async () => {
      const customer = { mobileHash: mobile('0507778888') };
      const change = (status: string, at: number, extra: Record<string, unknown> = {}) => ({
        requestNumber: 'RTA-2026-000123',
        status,
        agencyId: 'rta',
        serviceId: 'licence-renewal',
        customer,
        occurredAt: minutes(at),
        ...extra,
      });
      await accepted(
        [cloudEvent('website', 'ae.gov.dawr.request.status_changed', change('submitted', 0))],
        'website',
      );
      await accepted([
        cloudEvent(
          'hubA',
          'ae.gov.dawr.request.status_changed',
          change('in_progress', 60, { staffId: 'staff-2' }),
        ),
      ]);
      await accepted(
        [
          cloudEvent(
            'callCentre',
            'ae.gov.dawr.request.status_changed',
            change('waiting_for_customer', 120, { note: 'eye test missing' }),
          ),
        ],
        'callCentre',
      );
      await accepted(
        [cloudEvent('hubB', 'ae.gov.dawr.request.status_changed', change('ready', 300))],
        'hubB',
      );
      // A late-arriving older change joins the history without rolling the status back.
      await accepted(
        [cloudEvent('website', 'ae.gov.dawr.request.status_changed', change('in_progress', 200))],
        'website',
      );

      const reply = await call<{
        status: string;
        startedChannel: string;
        customerKey: string;
        history: Array<{ status: string; channel: string; note: string | null }>;
      }>(central, 'GET', `/api/v1/requests/RTA-2026-000123?${readQuery()}`, { as: 'callCentre' });
      expect(reply.status).toBe(200);
      expect(reply.body.status).toBe('ready');
      expect(reply.body.startedChannel).toBe('website');
      expect(reply.body.history.map((h) => [h.status, h.channel])).toEqual([
        ['submitted', 'website'],
        ['in_progress', 'centre'],
        ['waiting_for_customer', 'call_centre'],
        ['in_progress', 'website'],
        ['ready', 'centre'],
      ]);
      expect(reply.body.history[2]!.note).toBe('eye test missing');
      const key = (await lookup(central, customer)).body.customerKey!;
      expect(reply.body.customerKey).toBe(key);
      const updates = (await timeline(key)).body.items.filter((i) => i.kind === 'request_update');
      expect(updates.map((i) => i.requestStatus)).toEqual([
        'ready',
        'in_progress',
        'waiting_for_customer',
        'in_progress',
        'submitted',
      ]);

      const missing = await call(central, 'GET', `/api/v1/requests/RTA-0?${readQuery()}`);
      expect(missing.status).toBe(404);
      expect(missing.body).toMatchObject({ code: 'request_not_found' });
    });

    it('keeps consent decisions with the latest per scope', async () => {
      const customer = { idHash: eid('784-1991-6666666-6') };
      const consent = (granted: boolean, at: number) =>
        cloudEvent('hubA', 'ae.gov.dawr.consent.recorded', {
          customer,
          scope: 'sms_notifications',
          granted,
          method: 'kiosk',
          occurredAt: minutes(at),
        });
      await accepted([consent(true, 0), consent(false, 30)]);
      const key = (await lookup(central, customer)).body.customerKey!;
      const reply = await call<{ current: Array<{ scope: string; granted: boolean }>; history: unknown[] }>(
        central,
        'GET',
        `/api/v1/customers/${key}/consents?${readQuery()}`,
      );
      expect(reply.status).toBe(200);
      expect(reply.body.current).toEqual([
        expect.objectContaining({ scope: 'sms_notifications', granted: false }),
      ]);
      expect(reply.body.history).toHaveLength(2);
    });

    it('records who read the profile, when and why, newest first, and only for that customer', async () => {
      const customer = { idHash: eid('784-1993-7777777-7') };
      const other = { idHash: eid('784-1994-8888888-8') };
      await accepted([
        visitEvent('hubA', 'issued', { visitId: 'l-1', at: 0, customer }),
        visitEvent('hubA', 'issued', { visitId: 'l-2', at: 0, customer: other }),
      ]);
      const key = (await lookup(central, customer)).body.customerKey!;
      await call(
        central,
        'GET',
        `/api/v1/customers/${key}/timeline?purpose=${encodeURIComponent('complaint follow-up')}&actor=agent-4`,
        {
          as: 'callCentre',
        },
      );
      const log = await call<{
        entries: Array<{ reader: string; actor: string; purpose: string; action: string; at: string }>;
        nextCursor: string | null;
      }>(
        central,
        'GET',
        `/api/v1/customers/${key}/access-log?${readQuery({ purpose: 'citizen asked who viewed their file', actor: 'citizen' })}`,
        { as: 'website' },
      );
      expect(log.status).toBe(200);
      expect(log.body.entries.map((e) => [e.reader, e.actor, e.purpose, e.action])).toEqual([
        ['website', 'citizen', 'citizen asked who viewed their file', 'access_log'],
        ['call-centre', 'agent-4', 'complaint follow-up', 'timeline'],
        ['hub-centre-a', 'staff-17', 'identify the citizen', 'lookup'],
      ]);
      const times = log.body.entries.map((e) => e.at);
      expect([...times].sort().reverse()).toEqual(times);
      const paged = await call<{ entries: unknown[]; nextCursor: string | null }>(
        central,
        'GET',
        `/api/v1/customers/${key}/access-log?${readQuery({ limit: 2 })}`,
      );
      expect(paged.body.entries).toHaveLength(2);
      const rest = await call<{ entries: Array<{ action: string }>; nextCursor: string | null }>(
        central,
        'GET',
        `/api/v1/customers/${key}/access-log?${readQuery({ limit: 2, cursor: paged.body.nextCursor! })}`,
      );
      expect(rest.body.entries.map((e) => e.action)).toEqual(['timeline', 'lookup']);
      expect(rest.body.nextCursor).toBeNull();

      const otherKey = (await lookup(central, other)).body.customerKey!;
      const otherLog = await call<{ entries: Array<{ action: string }> }>(
        central,
        'GET',
        `/api/v1/customers/${otherKey}/access-log?${readQuery()}`,
      );
      expect(otherLog.body.entries.map((e) => e.action)).toEqual(['access_log', 'lookup']);
      // A read refused for missing purpose is not logged and returns nothing.
      const refused = await call(central, 'GET', `/api/v1/customers/${key}/timeline?actor=x`);
      expect(refused.status).toBe(400);
    });
  });
}
