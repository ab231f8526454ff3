/**
 * Day-boundary housekeeping: when the business day changes in the centre's time zone, visits
 * still open from earlier days are handled as configured (removed with outcome end_of_day, or
 * kept), and finished visits of earlier days leave memory (they stay in the store).
 */
import { businessDay } from '../../../shared/domain/time.js';
import type { Hub, Principal } from './hub.js';
import type { HubModule } from './module-context.js';

const SYSTEM: Principal = { actor: { kind: 'system' }, roles: ['admin'] };

export async function runDayBoundary(hub: Hub): Promise<{ removed: number }> {
  const today = businessDay(hub.clock.now(), hub.catalogue.centre.timeZone);
  const outcome = await hub.execute('endOfDay', { before: today }, SYSTEM);
  hub.forgetOldVisits();
  return outcome.ok ? (outcome.data as { removed: number }) : { removed: 0 };
}

export function housekeepingModule(intervalMs = 60_000): HubModule {
  return {
    name: 'housekeeping',
    start({ hub }) {
      void runDayBoundary(hub);
      const timer = setInterval(() => void runDayBoundary(hub), intervalMs);
      timer.unref();
      return () => clearInterval(timer);
    },
  };
}
