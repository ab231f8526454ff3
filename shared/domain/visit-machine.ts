/** The visit lifecycle as an explicit table: any move not listed is refused and changes nothing. */
import type { VisitStatus } from '../contract/visit.js';
import { fail } from './errors.js';

export type VisitAction =
  | 'call'
  | 'recall'
  | 'startServing'
  | 'noShow'
  | 'recycle'
  | 'park'
  | 'resume'
  | 'transfer'
  | 'complete'
  | 'cancel'
  | 'remove'
  | 'returnToQueue';

export const TRANSITIONS: Readonly<Record<VisitStatus, Partial<Record<VisitAction, VisitStatus>>>> = {
  waiting: { call: 'called', cancel: 'cancelled', remove: 'removed' },
  called: {
    recall: 'called',
    startServing: 'serving',
    noShow: 'no_show',
    recycle: 'waiting',
    transfer: 'waiting',
    cancel: 'cancelled',
    remove: 'removed',
    returnToQueue: 'waiting',
  },
  serving: { park: 'parked', transfer: 'waiting', complete: 'completed' },
  parked: { resume: 'serving', transfer: 'waiting', complete: 'completed', remove: 'removed' },
  completed: {},
  no_show: {},
  cancelled: {},
  removed: {},
};

/** The status after `action`, or a typed `invalid_transition` error. */
export function nextStatus(from: VisitStatus, action: VisitAction): VisitStatus {
  const to = TRANSITIONS[from][action];
  if (!to) fail('invalid_transition', `a ${from} visit cannot ${action}`);
  return to;
}

export function canTransition(from: VisitStatus, action: VisitAction): boolean {
  return TRANSITIONS[from][action] !== undefined;
}
