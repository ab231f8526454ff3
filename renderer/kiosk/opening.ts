/**
 * The centre's opening state as the kiosk shows it: the hub's pure computation
 * (shared/domain/opening-state.ts) run here every half minute on the hub's clock (the last
 * snapshot's time plus what has passed since), so the screen turns to "closed" at closing time even
 * when nothing else happens in the centre, and agrees with what the hub would refuse.
 */
import { useEffect, useMemo, useState } from 'react';
import type { Catalogue } from '../../shared/contract/catalogue.js';
import type { OpeningState, QueueOpening } from '../../shared/contract/opening.js';
import type { DeviceSnapshot } from '../../shared/contract/views.js';
import { openingState } from '../../shared/domain/opening-state.js';

const TICK_MS = 30_000;

export function useOpening(catalogue: Catalogue, snapshot: DeviceSnapshot | null): OpeningState | null {
  // The hub's clock minus this one's, measured when the snapshot arrived.
  const offset = useMemo(() => (snapshot ? snapshot.at - Date.now() : 0), [snapshot]);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), TICK_MS);
    return () => clearInterval(timer);
  }, [snapshot]);
  return useMemo(() => {
    if (!snapshot) return null;
    return openingState({
      centre: catalogue.centre,
      queues: catalogue.queues,
      waitMinutes: new Map(snapshot.queues.map((q) => [q.queueId, q.estimate.p50Minutes])),
      now: now + offset,
    });
  }, [catalogue, snapshot, now, offset]);
}

export function queueOpeningOf(opening: OpeningState | null, queueId: string): QueueOpening | undefined {
  return opening?.queues.find((q) => q.queueId === queueId);
}
