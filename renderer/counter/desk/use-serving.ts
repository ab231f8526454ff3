/**
 * The visit in hand and what can be done with it: the desk's action buttons in one list, so the
 * one that moves the work on is drawn first and biggest ("Call next" when idle, "Start serving"
 * while the citizen walks up, "Complete" while serving), and the same list drives the shortcuts.
 */
import { useTranslation } from 'react-i18next';
import type { OperationName } from '../../../shared/contract/operations.js';
import type { WorklistVisit } from '../../../shared/contract/http-responses.js';
import type { Act } from './use-desk-actions.js';
import type { DeskAction, DeskActionId, DeskForm, DeskMessage } from './types.js';

export interface ServingInput {
  counterId: string;
  inHand: WorklistVisit | null;
  /** The counter is open by this person and available (not on a break). */
  available: boolean;
  recallsBeforeNoShow: number;
  act: Act;
  setForm: (form: DeskForm) => void;
  setMessage: (message: DeskMessage) => void;
}

export function useServing(input: ServingInput) {
  const { t } = useTranslation();
  const { counterId, inHand, act, setForm } = input;

  const visitAction = (name: OperationName, extra: Record<string, unknown> = {}) =>
    inHand ? act(name, { counterId, visitId: inHand.id, ...extra }) : Promise.resolve(undefined);

  const callNext = async () => {
    const r = await act('callNext', { counterId });
    if (r === null) input.setMessage({ kind: 'info', text: t('counter.nobodyWaiting') });
  };

  const called = inHand?.status === 'called';
  const canNoShow = called && inHand.recallCount >= input.recallsBeforeNoShow;
  const canWork = inHand !== null && (inHand.status === 'called' || inHand.status === 'serving');
  const canCallNext = input.available && inHand === null;

  const actions: DeskAction[] = [
    { id: 'callNext', label: 'counter.callNext', key: 'N', enabled: canCallNext, run: () => void callNext() },
    {
      id: 'recall',
      label: 'counter.recall',
      key: 'R',
      enabled: called,
      run: () => void visitAction('recall'),
    },
    {
      id: 'startServing',
      label: 'counter.startServing',
      key: 'S',
      enabled: called,
      run: () => void visitAction('startServing'),
    },
    { id: 'noShow', label: 'counter.noShow', key: 'X', enabled: canNoShow, run: () => setForm('noShow') },
    { id: 'park', label: 'counter.park', key: 'P', enabled: canWork, run: () => void visitAction('park') },
    { id: 'transfer', label: 'counter.transfer', key: 'T', enabled: canWork, run: () => setForm('transfer') },
    { id: 'complete', label: 'counter.complete', key: 'C', enabled: canWork, run: () => setForm('complete') },
  ];
  const primary: DeskActionId | null =
    inHand?.status === 'serving' ? 'complete' : called ? 'startServing' : canCallNext ? 'callNext' : null;

  return { actions, primary, visitAction };
}
