/**
 * The counter's worklist, pushed by the hub: on every (re)connect the desk sends `worklist` with
 * its counter and renders the answer, then each `worklist` push. It is not refetched on visit
 * changes or snapshots (main/hub/features/counter/worklist-push.ts decides which commits concern it).
 * An open counter also re-opens after a reconnect, which puts the new socket back in its room.
 */
import { useEffect, useRef, useState } from 'react';
import { Worklist as WorklistSchema } from '../../../shared/contract/http-responses.js';
import { WORKLIST_EVENT } from '../../../shared/contract/worklist.js';
import type { HubClient } from '../../common/hub-client.js';
import type { Worklist } from '../staff-api.js';

/** The worklist now, or null when refused or unanswered (the next (re)connect asks again). */
async function watchWorklist(hub: HubClient, counterId: string): Promise<Worklist | null> {
  const ack = await hub.call(WORKLIST_EVENT, { counterId });
  if (!ack.ok) return null;
  const w = WorklistSchema.safeParse(ack.data);
  return w.success ? w.data : null;
}

export function useWorklist(hub: HubClient | null, counterId: string): Worklist | null {
  const [worklist, setWorklist] = useState<Worklist | null>(null);
  useEffect(() => {
    if (!hub || !counterId) return;
    let current = true;
    // A push for the counter chosen before may still be on its way: only this counter's count.
    const show = (w: Worklist | null) => {
      if (current && w && w.counter.counterId === counterId) setWorklist(w);
    };
    const onPush = (raw: unknown) => {
      const w = WorklistSchema.safeParse(raw);
      if (w.success) show(w.data);
    };
    const watch = () => void watchWorklist(hub, counterId).then(show);
    hub.socket.on(WORKLIST_EVENT, onPush);
    hub.socket.on('connect', watch);
    if (hub.socket.connected) watch();
    return () => {
      current = false;
      hub.socket.off(WORKLIST_EVENT, onPush);
      hub.socket.off('connect', watch);
    };
  }, [hub, counterId]);
  return worklist;
}

/** The visit room is joined by openCounter, so after every reconnect an open counter re-joins it. */
export function useRejoinOnReconnect(hub: HubClient | null, isOpen: boolean, counterId: string): void {
  useEffect(() => {
    if (!hub || !isOpen) return;
    const rejoin = () => void hub.call('openCounter', { counterId });
    hub.socket.on('connect', rejoin);
    return () => {
      hub.socket.off('connect', rejoin);
    };
  }, [hub, isOpen, counterId]);
}

/**
 * The worklist as the desk shows it: while an operation is being sent it stays as it was. The hub
 * pushes an operation's result before acknowledging it, and a ticket drawn while the desk still
 * ignores keys (pending) would lose a key pressed the moment it appears.
 */
export function useHeldWhilePending(worklist: Worklist | null, pending: boolean): Worklist | null {
  const shown = useRef(worklist);
  if (!pending) shown.current = worklist;
  return shown.current;
}
