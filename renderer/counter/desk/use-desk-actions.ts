/**
 * Sending the desk's operations: one at a time (`pending` disables the buttons and the shortcuts),
 * a refusal shown in the message line, and the open form closed once an operation succeeds.
 */
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperationName } from '../../../shared/contract/operations.js';
import type { ClientEventResult } from '../../../shared/contract/socket-events.js';
import type { ClientEventArgs, HubClient } from '../../common/hub-client.js';
import type { DeskForm, DeskMessage } from './types.js';

/** Sends one operation, typed on the operation table; undefined when refused. */
export type Act = <N extends OperationName>(
  name: N,
  ...input: ClientEventArgs<N>
) => Promise<ClientEventResult<N> | null | undefined>;

export function useDeskActions(hub: HubClient | null) {
  const { t } = useTranslation();
  const [form, setFormState] = useState<DeskForm>('none');
  const [message, setMessage] = useState<DeskMessage>(null);
  // A message belongs to what was on screen when it came: opening or leaving a form clears it, so a
  // dialog does not open on an older refusal, nor a cancelled dialog's refusal stay on the desk.
  const setForm = useCallback((next: DeskForm) => {
    setMessage(null);
    setFormState(next);
  }, []);
  const [pending, setPendingState] = useState(false);
  // The key handler reads the ref, so a key pressed right after an acknowledgement is not lost to a stale render.
  const pendingRef = useRef(false);
  const setPending = useCallback((value: boolean) => {
    pendingRef.current = value;
    setPendingState(value);
  }, []);

  /** Resolves with the operation's data (null when it has none), or undefined when refused. */
  const act: Act = useCallback(
    async (name, ...input) => {
      if (!hub) return undefined;
      setPending(true);
      const r = await hub.call(name, ...input);
      setPending(false);
      if (!r.ok) {
        setMessage({ kind: 'error', text: t(`errors.${r.error.code}`, { defaultValue: r.error.message }) });
        return undefined;
      }
      // The worklist push for this change came before the acknowledgement, on the same socket; the desk
      // shows it now that `pending` is false (useHeldWhilePending).
      setMessage(null);
      setForm('none');
      return r.data ?? null;
    },
    [hub, setPending, setForm, t],
  );

  return { act, pending, pendingRef, form, setForm, message, setMessage };
}
