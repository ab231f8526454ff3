/** The hub checks its own answers against each operation's output schema (main/hub/core/reply-check.ts). */
import * as z from 'zod';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDatabase, type Db } from '../../main/hub/core/store/database.js';
import { seedIfEmpty } from '../../main/hub/core/seed.js';
import { Hub, type Principal } from '../../main/hub/core/hub.js';
import { checkedReply, checkRepliesByDefault } from '../../main/hub/core/reply-check.js';
import { DEMO_CATALOGUE } from '../../main/demo/catalogue.js';
import { OPERATIONS } from '../../shared/contract/operations.js';
import { openAllDay } from '../support/hub.js';
import { HUB_MIGRATIONS } from '../../main/hub/modules.js';
import { testSealer } from '../support/sealer.js';

const KIOSK: Principal = { actor: { kind: 'device', deviceId: 'k' }, roles: ['kiosk'] };
const dbs: Db[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  dbs.splice(0).forEach((d) => d.close());
});

function hubWith(checkReplies: boolean): Hub {
  const db = openDatabase(':memory:', { migrations: HUB_MIGRATIONS });
  dbs.push(db);
  seedIfEmpty(db, { catalogue: openAllDay(DEMO_CATALOGUE), staff: [], devices: [] }, Date.now());
  return new Hub({
    db,
    identityKey: 'test-identity-key-0123456789-abcdef',
    sealer: testSealer(),
    checkReplies,
  });
}

describe('the hub holds its answers to the operation table', () => {
  it('passes refusals and matching answers, and refuses one that does not match, naming the field', () => {
    const refusal = { ok: false as const, error: { code: 'not_found', message: 'no' } };
    expect(checkedReply('endOfDay', refusal)).toBe(refusal);
    const good = { ok: true as const, data: { removed: 2 } };
    expect(checkedReply('endOfDay', good)).toBe(good);
    const bad = checkedReply('endOfDay', { ok: true, data: { removed: -1 } });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.error.code).toBe('internal');
      expect(bad.error.message).toMatch(
        /^the hub's answer to endOfDay does not match its output schema: removed: /,
      );
    }
  });

  it('is on in tests and on request, off otherwise', () => {
    expect(checkRepliesByDefault({ NODE_ENV: 'test' })).toBe(true);
    expect(checkRepliesByDefault({ DAWR_CHECK_REPLIES: '1' })).toBe(true);
    expect(checkRepliesByDefault({ NODE_ENV: 'production' })).toBe(false);
  });

  it('answers issueTicket with what its output schema describes', async () => {
    const hub = hubWith(true);
    const r = await hub.execute(
      'issueTicket',
      { serviceId: 'eid-renew', idempotencyKey: 'reply-check-1' },
      KIOSK,
    );
    expect(r.ok).toBe(true);
    if (r.ok) expect(OPERATIONS.issueTicket.output.safeParse(r.data).success).toBe(true);
    await hub.close();
  });

  it('refuses, when checking, an answer its schema does not accept (and sends it when not checking)', async () => {
    const schema = OPERATIONS.issueTicket.output;
    const failed = new z.ZodError([
      { code: 'custom', path: ['visit', 'id'], message: 'broken on purpose', input: 1 },
    ]);
    vi.spyOn(schema, 'safeParse').mockReturnValue({ success: false, error: failed } as ReturnType<
      typeof schema.safeParse
    >);

    const checking = hubWith(true);
    const refused = await checking.execute(
      'issueTicket',
      { serviceId: 'eid-renew', idempotencyKey: 'reply-check-2' },
      KIOSK,
    );
    expect(refused).toEqual({
      ok: false,
      error: {
        code: 'internal',
        message:
          "the hub's answer to issueTicket does not match its output schema: visit.id: broken on purpose",
      },
    });
    await checking.close();

    const trusting = hubWith(false);
    const sent = await trusting.execute(
      'issueTicket',
      { serviceId: 'eid-renew', idempotencyKey: 'reply-check-3' },
      KIOSK,
    );
    expect(sent.ok).toBe(true);
    await trusting.close();
  });
});
