/**
 * The counter worklist push (main/hub/features/counter/worklist-push.ts, issue #17): what it costs the hub
 * after each commit, with 400 tickets waiting and the demo centre's 8 counters each watching its
 * worklist. Per batch of one commit: a ticket issued (every screen's waiting list changes, so all
 * 8 get a push) and a visit served at one counter (only that screen gets one).
 * Run: npx tsx bench/worklist.ts
 */
import { randomUUID } from 'node:crypto';
import type { Socket } from 'socket.io';
import { OPERATIONS } from '../shared/contract/operations.js';
import { decide } from '../shared/domain/engine.js';
import { applyChange, createState } from '../shared/domain/state.js';
import type { Context } from '../shared/domain/commands.js';
import type { Visit } from '../shared/contract/visit.js';
import type { OperationName } from '../shared/contract/operations.js';
import { DEMO_CATALOGUE, openAroundTheClock } from '../main/demo/catalogue.js';
import type { Committed } from '../main/hub/core/hub.js';
import { pushWorklists, watchWorklist } from '../main/hub/features/counter/worklist-push.js';
import type { StaffPrincipal } from '../main/hub/core/http-helpers.js';
import { line, ms, summarise } from './stats.js';

const WAITING = 400;
const ITER = 2000;

const catalogue = openAroundTheClock(DEMO_CATALOGUE);
const counters = catalogue.counters.map((c) => c.id);
const state = createState({
  catalogue,
  staffProfiles: new Map(counters.map((_, i) => [`s${i}`, undefined])),
});
let now = Date.UTC(2026, 11, 7, 6, 0, 0);
const ctx = (staffId: string): Context => ({
  now,
  actor: { kind: 'staff', staffId },
  newId: randomUUID,
  newToken: randomUUID,
});
const run = (staffId: string, name: OperationName, input: unknown): Committed => {
  const d = decide(state, ctx(staffId), name as never, input as never);
  applyChange(state, d.change);
  return { name, change: d.change, result: d.result };
};
let issued = 0;
const issue = () =>
  run('s0', 'issueTicket', {
    ...OPERATIONS.issueTicket.input.parse({
      serviceId: 'eid-renew',
      idempotencyKey: `bench-key-${issued++}`,
    }),
    customer: null,
  });
for (let i = 0; i < WAITING; i++) {
  now += 10;
  issue();
}
counters.forEach((id, i) => run(`s${i}`, 'openCounter', { counterId: id }));

/** Each counter's agent, holding it open: the one a worklist is pushed to. */
const staffPrincipal = (staffId: string): StaffPrincipal => ({
  actor: { kind: 'staff', staffId },
  roles: ['agent'],
});

let pushes = 0;
const sockets = counters.map((id, i) => {
  const socket = {
    data: {},
    emit: () => {
      pushes++;
      return true;
    },
  } as unknown as Socket;
  watchWorklist(socket, state, id, staffPrincipal(`s${i}`));
  return socket;
});

function measure(label: string, step: () => Committed): void {
  const samples: number[] = [];
  let sent = 0;
  for (let i = 0; i < ITER; i++) {
    now += 50;
    const batch = [step()];
    const before = pushes;
    const t0 = process.hrtime.bigint();
    pushWorklists(state, sockets, batch);
    samples.push(Number(process.hrtime.bigint() - t0) / 1e6);
    sent += pushes - before;
  }
  const s = summarise(samples);
  line(`${label}: pushes per batch`, (sent / ITER).toFixed(1));
  line(`${label}: p50`, ms(s.p50));
  line(`${label}: p99`, ms(s.p99));
}

console.log(`\nWorklist push after a commit, ${WAITING} waiting, ${counters.length} counters watching:`);
measure('ticket issued', issue);
// Serving at counter 1 without touching the waiting list: start and complete a visit already called.
const c1 = counters[0]!;
let inHand: Visit | null = null;
measure('visit served at one counter', () => {
  if (!inHand) {
    // Untimed: the new ticket and its call concern every screen (the waiting list changes).
    const called = [issue(), run('s0', 'callNext', { counterId: c1 })];
    pushWorklists(state, sockets, called);
    inHand = called[1]!.result as Visit;
    return run('s0', 'startServing', { counterId: c1, visitId: inHand.id });
  }
  const done = run('s0', 'complete', {
    counterId: c1,
    visitId: inHand.id,
    services: [{ serviceId: 'eid-renew', outcome: 'done', notes: '' }],
  });
  inHand = null;
  return done;
});
