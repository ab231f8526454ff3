/**
 * GET /api/v1/kiosk/service-use: tickets per service over the last USE_DAYS business days, so the
 * kiosk's start screen offers the centre's most used services as its tiles. Counted from the stored
 * visits (the business-day index) and kept for CACHE_MS: the order of six tiles needs no more.
 */
import type { FastifyInstance } from 'fastify';
import type { HubModuleContext } from '../../core/module-context.js';
import type { ServiceUse } from '../../../../shared/contract/kiosk.js';
import { businessDay } from '../../../../shared/domain/time.js';
import { callerWith } from '../../core/http-helpers.js';
import { ticketsPerFirstService } from './ticket-store.js';

export const USE_DAYS = 30;
const CACHE_MS = 10 * 60_000;

export function registerServiceUse(app: FastifyInstance, ctx: HubModuleContext): void {
  let cached: { at: number; value: ServiceUse } | undefined;
  const count = (now: number): ServiceUse => {
    const since = businessDay(now - USE_DAYS * 86_400_000, ctx.hub.catalogue.centre.timeZone);
    const rows = ticketsPerFirstService(ctx.hub.db, since);
    const ticketsByService: Record<string, number> = {};
    for (const r of rows) if (r.serviceId) ticketsByService[r.serviceId] = r.n;
    return { days: USE_DAYS, ticketsByService };
  };
  app.get('/api/v1/kiosk/service-use', async (req, reply) => {
    if (!callerWith(ctx, req, reply, ['kiosk'])) return reply;
    const now = ctx.hub.clock.now();
    if (!cached || now - cached.at > CACHE_MS || now < cached.at) cached = { at: now, value: count(now) };
    return cached.value;
  });
}
