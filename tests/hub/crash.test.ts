/**
 * SIGKILL the hub process while kiosks issue and counters call, restart it on the same data,
 * and check that every acknowledged ticket and event is there exactly once.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import type { Socket } from 'socket.io-client';
import type { IssuedTicket } from '../../shared/contract/views.js';
import type { Visit } from '../../shared/contract/visit.js';
import { api, connect, emitAck as emitWithTimeout, login, openAllDay } from '../support/hub.js';
import type { Catalogue } from '../../shared/contract/catalogue.js';
import { formatTicket } from '../../shared/domain/commands.js';

// A killed hub never answers: give up on an ack quickly.
const emitAck = <T = unknown>(s: Socket, event: string, input: unknown) =>
  emitWithTimeout<T>(s, event, input, 1000);

const dir = mkdtempSync(join(tmpdir(), 'dawr-crash-'));
let child: ChildProcess | undefined;

function startHubProcess(): Promise<{ proc: ChildProcess; url: string }> {
  const proc = spawn(process.execPath, ['--import', 'tsx', 'main/hub/cli.ts'], {
    env: { ...process.env, DAWR_DATA_DIR: dir, DAWR_PORT: '0', DAWR_SEED_DEMO: '1', DAWR_LOG_LEVEL: 'error' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  child = proc;
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: proc.stdout! });
    lines.on('line', (line) => {
      const msg = JSON.parse(line) as { event: string; port: number };
      if (msg.event === 'ready') resolve({ proc, url: `http://127.0.0.1:${msg.port}` });
    });
    proc.once('exit', (code) => reject(new Error(`hub exited early with ${code}`)));
  });
}

/** The kiosks refuse walk-ins outside the demo centre's hours; this test runs at any hour. */
async function openCentreAllDay(url: string): Promise<void> {
  const manager = `Bearer ${await login(url, 'manager', '246810')}`;
  const current = await api(url, 'POST', '/manager/catalogue', manager, {});
  const opened = await api(url, 'POST', '/manager/updateCatalogue', manager, {
    catalogue: openAllDay(current.body as unknown as Catalogue),
  });
  expect(opened.status).toBe(200);
}

afterAll(() => {
  child?.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

describe('crash safety', () => {
  it('keeps every acknowledged ticket and event exactly once across SIGKILLs', async () => {
    const ackedIssues = new Map<string, string>(); // visit id → ticket
    const ackedCalls = new Set<string>(); // visit ids acknowledged as called
    let round = 0;
    for (; round < 3; round++) {
      const { proc, url } = await startHubProcess();
      if (round === 0) await openCentreAllDay(url);
      const devices = JSON.parse(readFileSync(join(dir, 'demo-devices.json'), 'utf8')) as {
        role: string;
        key: string;
      }[];
      const kioskKey = devices.find((d) => d.role === 'kiosk')!.key;
      const kiosks: Socket[] = await Promise.all(
        Array.from({ length: 5 }, () => connect(url, '/kiosk', { deviceKey: kioskKey })),
      );
      const counterSockets: Socket[] = [];
      for (let i = 1; i <= 4; i++) {
        const s = await connect(url, '/counter', {
          token: await login(url, `agent${i}`, String(i).repeat(6)),
        });
        const opened = await emitAck(s, 'openCounter', { counterId: `c${i + 3}` });
        expect(opened.ok).toBe(true);
        counterSockets.push(s);
      }
      let killed = false;
      const issuing = kiosks.map(async (k, ki) => {
        for (let n = 0; !killed; n++) {
          const r = await emitAck<IssuedTicket>(k, 'issueTicket', {
            serviceId: 'licence-renew',
            idempotencyKey: `crash-${round}-${ki}-${n}`,
          }).catch(() => undefined);
          if (r?.ok) ackedIssues.set(r.data.visit.id, r.data.visit.ticket);
        }
      });
      const calling = counterSockets.map(async (s, ci) => {
        const counterId = `c${ci + 4}`;
        while (!killed) {
          const r = await emitAck<Visit | null>(s, 'callNext', { counterId }).catch(() => undefined);
          if (!r?.ok || !r.data) {
            if (r && !r.ok && r.error.code === 'counter_busy') {
              // After a restart the counter may still hold the visit it called before the crash.
              const snap = await emitAck<{
                counters: { counterId: string; currentVisitId: string | null }[];
              }>(s, 'snapshot', undefined).catch(() => undefined);
              const current = snap?.ok
                ? snap.data.counters.find((c) => c.counterId === counterId)?.currentVisitId
                : null;
              if (current)
                await emitAck(s, 'startServing', { counterId, visitId: current }).catch(() => undefined);
              if (current)
                await emitAck(s, 'complete', {
                  counterId,
                  visitId: current,
                  services: [{ serviceId: 'licence-renew', outcome: 'done' }],
                }).catch(() => undefined);
            }
            await new Promise((res) => setTimeout(res, 5));
            continue;
          }
          ackedCalls.add(r.data.id);
          await emitAck(s, 'startServing', { counterId, visitId: r.data.id }).catch(() => undefined);
          await emitAck(s, 'complete', {
            counterId,
            visitId: r.data.id,
            services: [{ serviceId: 'licence-renew', outcome: 'done' }],
          }).catch(() => undefined);
        }
      });
      await new Promise((res) => setTimeout(res, 700 + round * 300));
      proc.kill('SIGKILL');
      killed = true;
      await new Promise((res) => proc.once('exit', res));
      [...kiosks, ...counterSockets].forEach((s) => s.close());
      await Promise.all([...issuing, ...calling]);
    }

    expect(ackedIssues.size).toBeGreaterThan(50);
    expect(ackedCalls.size).toBeGreaterThan(10);
    const { proc } = await startHubProcess(); // recovery must also open cleanly
    proc.kill('SIGKILL');
    await new Promise((res) => proc.once('exit', res));

    const db = new Database(join(dir, 'hub.sqlite'), { readonly: true });
    try {
      for (const [id, ticket] of ackedIssues) {
        const rows = db.prepare('SELECT prefix, number FROM visits WHERE id = ?').all(id) as {
          prefix: string;
          number: number;
        }[];
        expect(rows.map((r) => formatTicket(r.prefix, r.number))).toEqual([ticket]);
        const issued = db
          .prepare("SELECT COUNT(*) AS n FROM visit_events WHERE visit_id = ? AND type = 'visit.issued'")
          .get(id) as { n: number };
        expect(issued.n).toBe(1);
      }
      for (const id of ackedCalls) {
        const called = db
          .prepare("SELECT COUNT(*) AS n FROM visit_events WHERE visit_id = ? AND type = 'visit.called'")
          .get(id) as { n: number };
        expect(called.n).toBe(1);
      }
      // Numbers are gap-free per prefix and day, including tickets whose ack was lost in the crash.
      const numbers = db
        .prepare('SELECT prefix, business_day AS day, number FROM visits ORDER BY prefix, day, number')
        .all() as { prefix: string; day: string; number: number }[];
      const byKey = new Map<string, number[]>();
      for (const n of numbers)
        byKey.set(`${n.prefix}/${n.day}`, [...(byKey.get(`${n.prefix}/${n.day}`) ?? []), n.number]);
      for (const list of byKey.values()) expect(list).toEqual(list.map((_, i) => i + 1));
      // Every event has its outbox row, committed together.
      const orphan = db
        .prepare(
          'SELECT COUNT(*) AS n FROM visit_events e LEFT JOIN outbox o ON o.seq = e.seq WHERE o.seq IS NULL',
        )
        .get() as { n: number };
      expect(orphan.n).toBe(0);
      console.log(
        `crash test: ${round} SIGKILLs, ${ackedIssues.size} acknowledged tickets and ${ackedCalls.size} acknowledged calls all present exactly once`,
      );
    } finally {
      db.close();
    }
  }, 120_000);
});
