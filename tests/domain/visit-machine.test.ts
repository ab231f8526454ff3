import { describe, expect, it } from 'vitest';
import { VisitStatus, type Visit } from '../../shared/contract/visit.js';
import {
  TRANSITIONS,
  canTransition,
  nextStatus,
  type VisitAction,
} from '../../shared/domain/visit-machine.js';
import { DomainError } from '../../shared/domain/errors.js';
import type { OperationName } from '../../shared/contract/operations.js';
import type { EngineInput } from '../../shared/domain/engine.js';
import { cloneCatalogue, harness, snapshot, type Harness } from './helpers.js';

const ACTIONS: VisitAction[] = [
  'call',
  'recall',
  'startServing',
  'noShow',
  'recycle',
  'park',
  'resume',
  'transfer',
  'complete',
  'cancel',
  'remove',
  'returnToQueue',
];
const STATUSES = VisitStatus.options;

describe('visit state machine table', () => {
  it('terminal statuses allow nothing', () => {
    for (const s of ['completed', 'no_show', 'cancelled', 'removed'] as const)
      expect(Object.keys(TRANSITIONS[s])).toEqual([]);
  });

  for (const from of STATUSES) {
    for (const action of ACTIONS) {
      const to = TRANSITIONS[from][action];
      it(`${from} --${action}--> ${to ?? 'refused'}`, () => {
        expect(canTransition(from, action)).toBe(to !== undefined);
        if (to) {
          expect(nextStatus(from, action)).toBe(to);
        } else {
          let err: unknown;
          try {
            nextStatus(from, action);
          } catch (e) {
            err = e;
          }
          expect(err).toBeInstanceOf(DomainError);
          expect((err as DomainError).code).toBe('invalid_transition');
        }
      });
    }
  }
});

/** The operation that drives each action through the engine, and its input for visit `id` at counter c1. */
type Drive = { [N in OperationName]: { op: N; input: (id: string) => EngineInput<N> } }[OperationName];
const DRIVERS: Partial<Record<VisitAction, Drive>> = {
  call: { op: 'callVisit', input: (visitId) => ({ counterId: 'c1', visitId }) },
  recall: { op: 'recall', input: (visitId) => ({ counterId: 'c1', visitId }) },
  startServing: { op: 'startServing', input: (visitId) => ({ counterId: 'c1', visitId }) },
  noShow: { op: 'markNoShow', input: (visitId) => ({ counterId: 'c1', visitId }) },
  recycle: { op: 'recycle', input: (visitId) => ({ counterId: 'c1', visitId }) },
  park: { op: 'park', input: (visitId) => ({ counterId: 'c1', visitId }) },
  resume: { op: 'resume', input: (visitId) => ({ counterId: 'c1', visitId }) },
  transfer: {
    op: 'transfer',
    input: (visitId) => ({
      counterId: 'c1',
      visitId,
      target: { kind: 'queue', queueId: 'q-residency', position: 'last' },
      note: '',
    }),
  },
  complete: {
    op: 'complete',
    input: (visitId) => ({
      counterId: 'c1',
      visitId,
      services: [{ serviceId: 'eid-renew', outcome: 'done', notes: '' }],
    }),
  },
  cancel: { op: 'cancelVisit', input: (visitId) => ({ visitId }) },
};

/** A fresh centre with one visit brought into `status` at counter c1 (held by s1). */
function visitIn(status: VisitStatus): { h: Harness; v: Visit } {
  const catalogue = cloneCatalogue();
  catalogue.centre.recallsBeforeNoShow = 0;
  const h = harness({ catalogue });
  h.open('c1', 's1');
  const v = h.issue('eid-renew');
  const s1 = h.staff('s1');
  const cv = { counterId: 'c1', visitId: v.id };
  if (status !== 'waiting' && status !== 'cancelled' && status !== 'removed') h.callNext('c1', 's1');
  if (['serving', 'parked', 'completed'].includes(status)) h.run('startServing', cv, s1);
  if (status === 'parked') h.run('park', cv, s1);
  if (status === 'completed')
    h.run('complete', { ...cv, services: [{ serviceId: 'eid-renew', outcome: 'done', notes: '' }] }, s1);
  if (status === 'no_show') h.run('markNoShow', cv, s1);
  if (status === 'cancelled') h.run('cancelVisit', { visitId: v.id });
  if (status === 'removed') h.run('endOfDay', {}, s1);
  expect(h.visit(v.id).status).toBe(status);
  return { h, v: h.visit(v.id) };
}

describe('visit state machine through the engine', () => {
  for (const from of STATUSES) {
    for (const [action, drive] of Object.entries(DRIVERS) as [VisitAction, Drive][]) {
      const to = TRANSITIONS[from][action];
      if (to) {
        it(`${drive.op} on a ${from} visit gives ${to}`, () => {
          const { h, v } = visitIn(from);
          h.run(drive.op, drive.input(v.id) as never, h.staff('s1'));
          expect(h.visit(v.id).status).toBe(to);
          expect(h.visit(v.id).id).toBe(v.id);
        });
      } else {
        it(`${drive.op} on a ${from} visit is refused and changes nothing`, () => {
          const { h, v } = visitIn(from);
          const before = snapshot(h.state);
          const eventsBefore = h.events.length;
          const err = h.refuse(drive.op, drive.input(v.id) as never, h.staff('s1'));
          const inHand = ['called', 'serving', 'parked'].includes(from);
          const counterFree = !['called', 'serving'].includes(from);
          const needsFree = drive.op === 'callVisit' || drive.op === 'resume';
          if (
            drive.op === 'cancelVisit' ||
            (drive.op === 'callVisit' && counterFree) ||
            (inHand && (!needsFree || counterFree))
          ) {
            expect(err.code).toBe('invalid_transition');
          } else {
            // The counter check comes first: the visit is not in hand here, or the counter is busy.
            expect(['invalid_transition', 'not_your_visit', 'counter_busy']).toContain(err.code);
          }
          expect(snapshot(h.state)).toBe(before);
          expect(h.events.length).toBe(eventsBefore);
        });
      }
    }
  }

  it('end of day removes waiting, called and parked visits but leaves serving and finished ones', () => {
    for (const from of STATUSES) {
      const { h, v } = visitIn(from);
      h.run('endOfDay', {}, h.staff('s1'));
      const after = h.visit(v.id).status;
      if (TRANSITIONS[from].remove && from !== 'serving') expect(after).toBe('removed');
      else expect(after).toBe(from);
    }
  });

  it('closing a counter returns a called visit to the queue and completes a served one', () => {
    const called = visitIn('called');
    called.h.run(
      'setCounterStatus',
      { counterId: 'c1', status: 'closed', outcome: 'left' },
      called.h.staff('s1'),
    );
    expect(called.h.visit(called.v.id).status).toBe('waiting');
    expect(called.h.state.lines.get('q-identity')!.normal.ids()).toEqual([called.v.id]);
    const serving = visitIn('serving');
    serving.h.run(
      'setCounterStatus',
      { counterId: 'c1', status: 'closed', outcome: 'left' },
      serving.h.staff('s1'),
    );
    expect(serving.h.visit(serving.v.id).status).toBe('completed');
    expect(serving.h.state.counters.get('c1')!.currentVisitId).toBeNull();
  });

  it('closing a busy counter without an outcome is refused and changes nothing', () => {
    const { h } = visitIn('called');
    const before = snapshot(h.state);
    expect(h.refuse('setCounterStatus', { counterId: 'c1', status: 'break' }, h.staff('s1')).code).toBe(
      'counter_busy',
    );
    expect(snapshot(h.state)).toBe(before);
  });
});
