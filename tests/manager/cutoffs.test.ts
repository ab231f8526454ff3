/**
 * Scheduled queue cut-offs ("no new tickets after 15:30") survive a hub restart: a real hub on a
 * data folder, stopped and started again on the same folder, with a clock the test moves.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Socket } from 'socket.io-client';
import { startHub, type StartedHub } from '../../main/hub/start.js';
import { seedIfEmpty } from '../../main/hub/core/seed.js';
import { DEMO_CATALOGUE } from '../../main/demo/catalogue.js';
import type { Catalogue } from '../../shared/contract/catalogue.js';
import type { AuditEntry, ScheduledCutoff } from '../../shared/contract/manager.js';
import { api, connect, emitAck, KIOSK_KEY, login, staffWithAgents, TEST_DEVICES } from '../support/hub.js';

/** 10:00 in Dubai (UTC+4) on a Tuesday. */
const TEN_AM = Date.parse('2025-06-10T06:00:00Z');
const at = (hhmm: string) => Date.parse(`2025-06-10T${hhmm}:00+04:00`);

let now = TEN_AM;
const clock = { now: () => now };
let dir: string;
let hub: StartedHub | undefined;
let manager: Socket | undefined;
let tap = 0;

async function start(): Promise<void> {
  hub = await startHub({
    dataDir: dir,
    identityKey: 'test-identity-key-0123456789-abcdef',
    clock,
    prepare: (db) =>
      seedIfEmpty(db, { catalogue: DEMO_CATALOGUE, staff: staffWithAgents(0), devices: TEST_DEVICES }, now),
  });
  manager = await connect(hub.url, '/manager', { token: await login(hub.url, 'manager', '246810') });
}

async function stop(): Promise<void> {
  manager?.close();
  manager = undefined;
  await hub?.stop();
  hub = undefined;
}

async function call<T>(event: string, input: unknown = {}): Promise<T> {
  const r = await emitAck<T>(manager!, event, input);
  if (!r.ok) throw new Error(`${event}: ${r.error.code} ${r.error.message}`);
  return r.data;
}

const pending = () => call<ScheduledCutoff[]>('manager.scheduledCutoffs');
const audits = () => call<AuditEntry[]>('manager.audit');
const queueOpen = async (queueId: string) =>
  (await call<Catalogue>('manager.catalogue')).queues.find((q) => q.id === queueId)!.open;
const issue = (serviceId: string) =>
  api(hub!.url, 'POST', '/visits', `Device ${KIOSK_KEY}`, {
    serviceId,
    idempotencyKey: `cutoff-test-${++tap}`,
  });

async function eventually(check: () => Promise<boolean>, ms = 4000): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return check();
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dawr-cutoffs-'));
});
afterEach(async () => {
  // Each test starts from 10:00 with both test queues open and nothing pending.
  if (!hub) await start();
  for (const c of await pending()) await call('manager.cancelCutoff', { queueId: c.queueId });
  for (const q of ['q-labour', 'q-traffic'])
    if (!(await queueOpen(q))) await call('manager.setQueueOpen', { queueId: q, open: true });
  await stop();
  now = TEN_AM;
});
afterAll(async () => {
  await stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('scheduled queue cut-offs', () => {
  it('are kept across a restart and still happen at their time', async () => {
    await start();
    const scheduled = await call<{ open: boolean; scheduledAt: number }>('manager.setQueueOpen', {
      queueId: 'q-labour',
      open: false,
      at: at('15:30'),
    });
    expect(scheduled).toMatchObject({ open: true, scheduledAt: at('15:30') });
    const log = await audits();
    expect(log[0]).toMatchObject({
      staffId: 's-manager',
      what: 'queue.schedule:q-labour',
      before: null,
      after: { queueId: 'q-labour', open: false, at: at('15:30') },
    });

    await stop();
    now = at('12:00');
    await start();
    expect(await pending()).toEqual([
      { queueId: 'q-labour', open: false, at: at('15:30'), scheduledBy: 's-manager', scheduledAt: TEN_AM },
    ]);
    expect(await queueOpen('q-labour')).toBe(true);
    expect((await issue('work-permit')).status).toBe(200);

    const pushed = new Promise<ScheduledCutoff[]>((resolve) => manager!.once('scheduledCutoffs', resolve));
    now = at('15:30') + 1000;
    expect(await eventually(async () => !(await queueOpen('q-labour')))).toBe(true);
    expect(await pushed).toEqual([]);
    expect((await issue('work-permit')).body).toMatchObject({ code: 'queue_closed' });
    expect(await pending()).toEqual([]);
    const applied = (await audits()).find((a) => a.what === 'queue.close.scheduled:q-labour');
    expect(applied).toMatchObject({ staffId: 's-manager', at: now });
    // Other queues are untouched.
    expect(await queueOpen('q-traffic')).toBe(true);
  });

  it('apply at start when their time passed while the hub was down', async () => {
    await start();
    await call('manager.setQueueOpen', { queueId: 'q-labour', open: false, at: at('11:00') });
    await stop();
    now = at('13:45');
    await start();
    // No waiting: the hub applies overdue changes before it takes requests.
    expect(await queueOpen('q-labour')).toBe(false);
    expect(await pending()).toEqual([]);
    const applied = (await audits()).find((a) => a.what === 'queue.close.scheduled:q-labour');
    expect(applied).toMatchObject({ staffId: 's-manager', at: at('13:45') });
  });

  it('reopen a closed queue later the same way', async () => {
    await start();
    await call('manager.setQueueOpen', { queueId: 'q-traffic', open: false });
    await call('manager.setQueueOpen', { queueId: 'q-traffic', open: true, at: at('10:30') });
    expect(await queueOpen('q-traffic')).toBe(false);
    now = at('10:30');
    expect(await eventually(() => queueOpen('q-traffic'))).toBe(true);
    expect((await audits())[0]).toMatchObject({ what: 'queue.open.scheduled:q-traffic' });
  });

  it('keep one per queue: a newer schedule replaces the older', async () => {
    await start();
    await call('manager.setQueueOpen', { queueId: 'q-labour', open: false, at: at('15:00') });
    await call('manager.setQueueOpen', { queueId: 'q-labour', open: false, at: at('16:00') });
    await call('manager.setQueueOpen', { queueId: 'q-traffic', open: false, at: at('14:00') });
    expect((await pending()).map((c) => [c.queueId, c.at])).toEqual([
      ['q-traffic', at('14:00')],
      ['q-labour', at('16:00')],
    ]);
    const replaced = (await audits()).find((a) => a.what === 'queue.schedule:q-labour');
    expect(replaced).toMatchObject({ before: { at: at('15:00') }, after: { at: at('16:00') } });
    // 15:00 passes: nothing happens to q-labour, which now closes at 16:00.
    now = at('15:00') + 1000;
    expect(await eventually(async () => !(await queueOpen('q-traffic')))).toBe(true);
    await new Promise((r) => setTimeout(r, 1500));
    expect(await queueOpen('q-labour')).toBe(true);
    now = at('16:00');
    expect(await eventually(async () => !(await queueOpen('q-labour')))).toBe(true);
  });

  it('are cancelled on request, and by an immediate change of the same queue', async () => {
    await start();
    await call('manager.setQueueOpen', { queueId: 'q-labour', open: false, at: at('11:00') });
    const cancelled = await call<ScheduledCutoff>('manager.cancelCutoff', { queueId: 'q-labour' });
    expect(cancelled).toMatchObject({ queueId: 'q-labour', at: at('11:00') });
    expect((await audits())[0]).toMatchObject({
      what: 'queue.schedule.cancel:q-labour',
      before: { at: at('11:00') },
      after: null,
    });

    await call('manager.setQueueOpen', { queueId: 'q-traffic', open: false, at: at('11:00') });
    // Closing now, then reopening now: the 11:00 cut-off must not close it again.
    await call('manager.setQueueOpen', { queueId: 'q-traffic', open: false });
    await call('manager.setQueueOpen', { queueId: 'q-traffic', open: true });
    expect(await pending()).toEqual([]);
    const whats = (await audits()).slice(0, 3).map((a) => a.what);
    expect(whats).toEqual([
      'queue.open:q-traffic',
      'queue.close:q-traffic',
      'queue.schedule.cancel:q-traffic',
    ]);

    const lastId = (await audits())[0]!.id;
    await stop();
    now = at('11:30');
    await start();
    expect(await queueOpen('q-labour')).toBe(true);
    expect(await queueOpen('q-traffic')).toBe(true);
    expect((await audits()).filter((a) => a.id > lastId)).toEqual([]);
  });

  it('refuse bad input and change nothing', async () => {
    await start();
    await call('manager.setQueueOpen', { queueId: 'q-labour', open: false, at: at('15:00') });
    const before = {
      pending: await pending(),
      audits: (await audits()).length,
      catalogue: await call<Catalogue>('manager.catalogue'),
    };
    const refused: [unknown, string, RegExp][] = [
      [{ queueId: 'q-nowhere', open: false, at: at('15:00') }, 'not_found', /q-nowhere/],
      [{ queueId: 'q-labour', open: false, at: at('09:00') - 86_400_000 }, 'validation', /already passed/],
      [{ queueId: 'q-labour', open: false, at: at('15:00') + 86_400_000 }, 'validation', /later today/],
      [{ queueId: 'q-labour', open: false, at: 'at half past three' }, 'validation', /^at:/],
      [{ queueId: 'q-labour', open: false, at: -5 }, 'validation', /^at:/],
      [{ queueId: 'q-labour', open: 'no', at: at('15:00') }, 'validation', /^open:/],
      [{ open: false, at: at('15:00') }, 'validation', /^queueId:/],
    ];
    for (const [input, code, message] of refused) {
      const r = await emitAck(manager!, 'manager.setQueueOpen', input);
      expect(r, JSON.stringify(input)).toMatchObject({ ok: false, error: { code } });
      if (!r.ok) expect(r.error.message).toMatch(message);
    }
    const cancelNone = await emitAck(manager!, 'manager.cancelCutoff', { queueId: 'q-traffic' });
    expect(cancelNone).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await emitAck(manager!, 'manager.cancelCutoff', {})).toMatchObject({
      ok: false,
      error: { code: 'validation' },
    });
    expect(await pending()).toEqual(before.pending);
    expect((await audits()).length).toBe(before.audits);
    expect(await call<Catalogue>('manager.catalogue')).toEqual(before.catalogue);
  });

  it('are only for managers', async () => {
    await start();
    const agent = `Bearer ${await login(hub!.url, 'agent1', '111111')}`;
    const list = await api(hub!.url, 'POST', '/manager/scheduledCutoffs', agent, {});
    expect(list.status).toBe(403);
    const cancel = await api(hub!.url, 'POST', '/manager/cancelCutoff', undefined, { queueId: 'q-labour' });
    expect(cancel.status).toBe(401);
    const viaHttp = await api(
      hub!.url,
      'POST',
      '/manager/scheduledCutoffs',
      `Bearer ${await login(hub!.url, 'manager', '246810')}`,
      {},
    );
    expect(viaHttp.status).toBe(200);
    expect(Array.isArray(viaHttp.body)).toBe(true);
  });
});
