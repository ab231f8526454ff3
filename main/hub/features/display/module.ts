/**
 * What the display board asks the hub beyond the snapshot, on '/display' (the socket's device key
 * is already checked to be a display's), so a board that reloads or reconnects is whole again:
 * `recentCalls`, the day's earlier calls instead of an empty list, and `currentMessage`, the
 * manager's message still up (a live `message` event reaches only the boards connected then).
 * The catalogue it is sent on connecting, unasked: the board's one source of it (a manager's edit
 * while it was away arrives with the reconnect).
 */
import type { CurrentDisplayMessage } from '../../../../shared/contract/manager.js';
import { RECENT_CALLS_LIMIT, type RecentCalls } from '../../../../shared/contract/views.js';
import { businessDay } from '../../../../shared/domain/time.js';
import type { HubModule } from '../../core/module-context.js';
import { currentDisplayMessage } from './message-store.js';
import { recentCalls } from './recent-calls.js';

/** The acknowledgement callback, whether or not the client sent an input before it. */
function ackOf(a: unknown, b: unknown): ((r: unknown) => void) | undefined {
  const ack = typeof b === 'function' ? b : typeof a === 'function' ? a : undefined;
  return ack as ((r: unknown) => void) | undefined;
}

export const displayModule: HubModule = {
  name: 'display',
  registerSocket(role, socket, _principal, ctx) {
    if (role !== 'display') return;
    socket.emit('catalogue', ctx.hub.catalogue);
    socket.on('recentCalls', (a: unknown, b?: unknown) => {
      const ack = ackOf(a, b);
      if (!ack) return;
      const now = ctx.hub.clock.now();
      const day = businessDay(now, ctx.hub.catalogue.centre.timeZone);
      const data: RecentCalls = {
        businessDay: day,
        calls: recentCalls(ctx.hub.db, day, now, RECENT_CALLS_LIMIT),
      };
      ack({ ok: true, data });
    });
    socket.on('currentMessage', (a: unknown, b?: unknown) => {
      const ack = ackOf(a, b);
      if (!ack) return;
      const now = ctx.hub.clock.now();
      const data: CurrentDisplayMessage = { message: currentDisplayMessage(ctx.hub.db, now), now };
      ack({ ok: true, data });
    });
  },
};
