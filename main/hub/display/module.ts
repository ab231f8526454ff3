/**
 * What the display board asks the hub beyond the snapshot: `recentCalls` on '/display' (the
 * socket's device key is already checked to be a display's), so a board that reloads or reconnects
 * shows the day's earlier calls again instead of an empty list.
 */
import { RECENT_CALLS_LIMIT, type RecentCalls } from '../../../shared/contract/views.js';
import { businessDay } from '../../../shared/domain/time.js';
import type { HubModule } from '../modules.js';
import { recentCalls } from './recent-calls.js';

export const displayModule: HubModule = {
  name: 'display',
  registerSocket(role, socket, _principal, ctx) {
    if (role !== 'display') return;
    socket.on('recentCalls', (a: unknown, b?: unknown) => {
      const ack = typeof b === 'function' ? b : typeof a === 'function' ? a : undefined;
      if (!ack) return;
      const now = ctx.hub.clock.now();
      const day = businessDay(now, ctx.hub.catalogue.centre.timeZone);
      const data: RecentCalls = {
        businessDay: day,
        calls: recentCalls(ctx.hub.db, day, now, RECENT_CALLS_LIMIT),
      };
      (ack as (r: unknown) => void)({ ok: true, data });
    });
  },
};
