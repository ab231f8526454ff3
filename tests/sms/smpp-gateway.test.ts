import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createServer, type AddressInfo } from 'node:net';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { SmsOutbox, type Schedule, type SmsStatus } from '../../main/hub/features/sms/outbox.js';
import {
  SMPP_DEFAULTS,
  SMPP_STATUS,
  SmppTransport,
  type SmppSettings,
} from '../../main/hub/features/sms/smpp-gateway.js';
import { SmsSendError } from '../../main/hub/features/sms/transport.js';
import { migrate } from '../../main/hub/core/store/migrate.js';
import { startSmsc, type TestSmsc } from './smsc.js';
import { HUB_MIGRATIONS } from '../../main/hub/modules.js';

const MOBILE = '+971501234567';
const ARABIC_CODE =
  'رمز التحقق في دور: 482913. صالح لمدة ٥ دقائق. لا تشاركه مع أحد. نتمنى لك يوماً سعيداً في مركزنا.';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

/** A scheduler that runs retries at once and remembers the waits the outbox asked for. */
function recordingSchedule(): Schedule & { waits: number[] } {
  const waits: number[] = [];
  const schedule: Schedule = (run, delayMs) => {
    waits.push(delayMs);
    const t = setImmediate(run);
    return () => clearImmediate(t);
  };
  return Object.assign(schedule, { waits });
}

function outboxFor(port: number, overrides: Partial<SmppSettings> = {}) {
  const db = new Database(':memory:');
  migrate(db, HUB_MIGRATIONS);
  const settings: SmppSettings = {
    ...SMPP_DEFAULTS,
    host: '127.0.0.1',
    port,
    systemId: 'dawr',
    password: 'secret',
    sourceAddr: 'DAWR',
    responseTimeoutMs: 5000,
    reconnectBaseMs: 5,
    reconnectMaxMs: 50,
    ...overrides,
  };
  const transport = new SmppTransport(settings, { onReceipt: (r) => outbox.recordReceipt(r) });
  const schedule = recordingSchedule();
  const outbox: SmsOutbox = new SmsOutbox({
    db,
    clock: { now: () => Date.now() },
    hashMobile: (m) => createHash('sha256').update(`test:${m}`).digest('base64url'),
    transport,
    retry: { attempts: 3, baseMs: 100, maxMs: 1000, throttledMs: 700 },
    schedule,
  });
  cleanups.push(async () => {
    outbox.stop();
    await transport.stop();
    db.close();
  });
  const statusReached = (id: () => string | undefined, status: SmsStatus) =>
    new Promise<void>((resolve) => {
      const off = outbox.onStatus((got, s) => {
        if (got === id() && s === status) {
          off();
          resolve();
        }
      });
    });
  return { db, outbox, transport, schedule, statusReached };
}

async function smsc(opts: Parameters<typeof startSmsc>[1] = {}): Promise<TestSmsc> {
  const s = await startSmsc('secret', opts);
  cleanups.push(() => s.close());
  return s;
}

describe('SMPP gateway against an SMSC on 127.0.0.1', () => {
  it('binds as a transceiver and submits Arabic as UCS-2 parts with a concatenation header and the alphanumeric sender', async () => {
    const center = await smsc();
    const { outbox, db } = outboxFor(center.port);
    await outbox.send(MOBILE, ARABIC_CODE, { kind: 'join_code' });

    expect(center.binds[0]).toMatchObject({ system_id: 'dawr', password: 'secret', interface_version: 0x34 });
    expect(ARABIC_CODE.length).toBeGreaterThan(70);
    expect(center.submits).toHaveLength(2);
    for (const [i, s] of center.submits.entries()) {
      expect(s.pdu).toMatchObject({
        source_addr: 'DAWR',
        source_addr_ton: 5,
        source_addr_npi: 0,
        destination_addr: '971501234567',
        dest_addr_ton: 1,
        dest_addr_npi: 1,
        data_coding: 8,
        esm_class: 0x40,
        registered_delivery: 1,
      });
      const ie = s.udh[0]!;
      expect([ie[0], ie[1], ie[3], ie[4]]).toEqual([0x00, 0x03, 2, i + 1]);
    }
    expect(center.submits[0]!.udh[0]![2]).toBe(center.submits[1]!.udh[0]![2]);
    expect(center.submits[0]!.text).toHaveLength(67);
    expect(center.submits.map((s) => s.text).join('')).toBe(ARABIC_CODE);

    const row = db.prepare('SELECT * FROM sms_messages').get() as Record<string, unknown>;
    expect(row).toMatchObject({ status: 'sent', attempts: 1, encoding: 'ucs2', parts: 2, kind: 'join_code' });
    // Neither the clear number nor the code is stored.
    const everything = JSON.stringify(db.prepare('SELECT * FROM sms_messages').all());
    expect(everything).not.toContain('501234567');
    expect(everything).not.toContain('482913');
    expect(row.masked).toBe('+97150*****67');
  });

  it('sends Latin text as one GSM 7-bit submit (data_coding 0, no header)', async () => {
    const center = await smsc();
    const { outbox } = outboxFor(center.port);
    await outbox.send(MOBILE, 'Your Dawr code: 123456. Valid for 5 minutes.');
    expect(center.submits).toHaveLength(1);
    expect(center.submits[0]!.pdu).toMatchObject({ data_coding: 0, esm_class: 0 });
    expect(center.submits[0]!.text).toBe('Your Dawr code: 123456. Valid for 5 minutes.');
  });

  it('records delivery receipts against the message ids: delivered once every part is', async () => {
    const center = await smsc();
    const { outbox, db, statusReached } = outboxFor(center.port);
    await outbox.send(MOBILE, ARABIC_CODE);
    const id = (db.prepare('SELECT id FROM sms_messages').get() as { id: string }).id;
    const delivered = statusReached(() => id, 'delivered');
    center.receipt(center.submits[0]!.messageId, 'DELIVRD');
    center.receipt(center.submits[1]!.messageId, 'DELIVRD');
    await delivered;
    expect(outbox.message(id)?.status).toBe('delivered');
    const parts = db.prepare('SELECT provider_id, receipt FROM sms_message_parts ORDER BY part').all();
    expect(parts).toEqual([
      { provider_id: 'msg-1', receipt: 'DELIVRD' },
      { provider_id: 'msg-2', receipt: 'DELIVRD' },
    ]);
  });

  it('matches receipts whose id is written in decimal where submit_sm_resp gave hex, and the reverse', async () => {
    for (const { messageId, inReceipt } of [
      // submit_sm_resp in hex (upper case, zero-padded), the receipt text in decimal
      {
        messageId: (n: number) => (0x0a1b2c00 + n).toString(16).toUpperCase().padStart(10, '0'),
        inReceipt: (id: string) => BigInt(`0x${id}`).toString(10),
      },
      // submit_sm_resp in decimal, the receipt text in hex (lower case, zero-padded)
      {
        messageId: (n: number) => String(12_345_600 + n),
        inReceipt: (id: string) => BigInt(id).toString(16).padStart(10, '0'),
      },
    ]) {
      const center = await smsc({ messageId });
      const { outbox, db, statusReached } = outboxFor(center.port);
      await outbox.send(MOBILE, ARABIC_CODE);
      const id = (db.prepare('SELECT id FROM sms_messages').get() as { id: string }).id;
      const delivered = statusReached(() => id, 'delivered');
      const [first, second] = center.submits.map((s) => s.messageId);
      expect(inReceipt(first!)).not.toBe(first);
      center.receipt(inReceipt(first!), 'DELIVRD');
      center.receipt(inReceipt(second!), 'DELIVRD');
      await delivered;
      const parts = db.prepare('SELECT provider_id, receipt FROM sms_message_parts ORDER BY part').all();
      expect(parts).toEqual([
        { provider_id: first, receipt: 'DELIVRD' },
        { provider_id: second, receipt: 'DELIVRD' },
      ]);
    }
  });

  it('ignores a receipt whose id matches no part in any spelling', async () => {
    const center = await smsc({ messageId: (n) => String(500 + n) });
    const { outbox, db } = outboxFor(center.port);
    await outbox.send(MOBILE, 'hello');
    const id = (db.prepare('SELECT id FROM sms_messages').get() as { id: string }).id;
    expect(
      outbox.recordReceipt({ providerId: '999999', stat: 'DELIVRD', alternativeIds: ['f423f'] }),
    ).toBeUndefined();
    expect(outbox.message(id)?.status).toBe('sent');
    // Its own id, spelled in hex (501 = 0x1f5), does match.
    expect(outbox.recordReceipt({ providerId: '1F5', stat: 'DELIVRD', alternativeIds: ['501'] })).toBe(id);
    expect(outbox.message(id)?.status).toBe('delivered');
  });

  it('marks a message failed when its receipt says undeliverable', async () => {
    const center = await smsc();
    const { outbox, db, statusReached } = outboxFor(center.port);
    await outbox.send(MOBILE, 'hello');
    const id = (db.prepare('SELECT id FROM sms_messages').get() as { id: string }).id;
    const failed = statusReached(() => id, 'failed');
    center.receipt('msg-1', 'UNDELIV');
    await failed;
    expect(outbox.message(id)).toMatchObject({ status: 'failed', lastError: 'delivery receipt: UNDELIV' });
  });

  it('a gateway that is down: tries again with growing waits, then puts the message in the dead letters', async () => {
    // A port that was free a moment ago: nothing listens there.
    const probe = createServer().listen(0, '127.0.0.1');
    await once(probe, 'listening');
    const port = (probe.address() as AddressInfo).port;
    await new Promise((r) => probe.close(r));
    const { outbox, db, schedule } = outboxFor(port);

    const error = await outbox.send(MOBILE, 'hello').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SmsSendError);
    expect((error as SmsSendError).message).toMatch(/cannot reach the SMSC/);
    expect(schedule.waits).toEqual([100, 200]);
    expect(db.prepare('SELECT status, attempts FROM sms_messages').get()).toEqual({
      status: 'dead',
      attempts: 3,
    });
    expect(outbox.counts()).toMatchObject({ dead: 1, queued: 0 });
  });

  it('a throttling SMSC (ESME_RTHROTTLED): backs off at least the throttle wait, then sends', async () => {
    const center = await smsc();
    center.refuseNext.push(SMPP_STATUS.ESME_RTHROTTLED, SMPP_STATUS.ESME_RTHROTTLED);
    const { outbox, db, schedule } = outboxFor(center.port);
    await outbox.send(MOBILE, 'hello');
    expect(schedule.waits).toEqual([700, 700]);
    expect(db.prepare('SELECT status, attempts FROM sms_messages').get()).toEqual({
      status: 'sent',
      attempts: 3,
    });
    expect(center.submits).toHaveLength(1);
  });

  it('a bad number (ESME_RINVDSTADR) is refused for good at once: no retry, a dead letter', async () => {
    const center = await smsc();
    center.refuseDestination.set('971500000000', SMPP_STATUS.ESME_RINVDSTADR);
    const { outbox, db, schedule } = outboxFor(center.port);
    const error = await outbox.send('+971500000000', 'hello').catch((e: unknown) => e);
    expect(error).toMatchObject({ permanent: true });
    expect(schedule.waits).toEqual([]);
    expect(db.prepare('SELECT status, attempts, last_error FROM sms_messages').get()).toEqual({
      status: 'dead',
      attempts: 1,
      last_error: 'the SMSC refused the message (command_status 0x0000000b)',
    });
  });

  it('re-binds after the SMSC drops the session, and sends again', async () => {
    const center = await smsc();
    const { outbox, transport } = outboxFor(center.port);
    transport.start();
    await center.bound(1);
    await outbox.send(MOBILE, 'first');
    center.dropSessions();
    // The transport re-binds on its own (backoff), so receipts can arrive again.
    await center.bound(2);
    await outbox.send(MOBILE, 'second');
    expect(center.submits.map((s) => s.text)).toEqual(['first', 'second']);
  });

  it('stop unbinds, and drops the connection of an SMSC that never answers unbind', async () => {
    // Ended politely (socket.end) the connection would wait for the SMSC's side for ever: stop hung
    // until the hub's 5 s module-stop limit gave up on it, the socket still open.
    const center = await smsc({ ignoreUnbind: true });
    const { outbox, transport } = outboxFor(center.port, { responseTimeoutMs: 200 });
    await outbox.send(MOBILE, 'bound');
    expect(transport.bound).toBe(true);
    await transport.stop();
    expect(center.unbinds).toHaveLength(1);
    expect(transport.bound).toBe(false);
    await center.clientsGone();
  });

  it('stop unbinds from a well-behaved SMSC, which then closes the connection', async () => {
    const center = await smsc();
    const { outbox, transport } = outboxFor(center.port);
    await outbox.send(MOBILE, 'bound');
    await transport.stop();
    expect(center.unbinds).toHaveLength(1);
    await center.clientsGone();
  });

  it('stop during a bind drops that connection: the answer arriving after stop binds nothing', async () => {
    const center = await smsc();
    const { transport } = outboxFor(center.port);
    transport.start();
    // The SMSC has the bind_transceiver; its answer is still on the way when stop runs.
    await center.bound(1);
    await transport.stop();
    await center.clientsGone();
    expect(transport.bound).toBe(false);
  });

  it('a refused bind (wrong password) fails the message after its tries', async () => {
    const center = await smsc();
    const { outbox, db } = outboxFor(center.port, { password: 'wrong' });
    await expect(outbox.send(MOBILE, 'hello')).rejects.toThrow(/refused the bind/);
    expect(db.prepare('SELECT status FROM sms_messages').get()).toEqual({ status: 'dead' });
  });
});
