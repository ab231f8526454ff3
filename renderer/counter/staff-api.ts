/**
 * The HTTP reads the staff apps need next to the socket operations, each answer checked
 * against its schema: the catalogue, a counter's worklist (a walk-direct fallback: the desk gets
 * it pushed), the staff list, a visit with its events, and the customer's earlier history (which
 * may be unavailable).
 */
import * as z from 'zod';
import { Catalogue } from '../../shared/contract/catalogue.js';
import { Visit, VisitEventType } from '../../shared/contract/visit.js';
import { Worklist } from '../../shared/contract/http-responses.js';
import { CustomerHistory } from '../../shared/contract/customer-history.js';
import type { AckResult } from '../../shared/contract/socket.js';

/** The counter's worklist: one schema with the hub (shared/contract), pushed on the socket (use-worklist). */
export type Worklist = z.infer<typeof Worklist>;

export const StaffSummary = z.object({ id: z.string(), displayName: z.string(), roles: z.array(z.string()) });
export type StaffSummary = z.infer<typeof StaffSummary>;

/** The panel needs only what happened and when from each event. */
const VisitEventLine = z.object({ id: z.string(), type: VisitEventType, at: z.number() });
export const VisitDetail = z.object({ visit: Visit, events: z.array(VisitEventLine) });
export type VisitDetail = z.infer<typeof VisitDetail>;

async function getJson<S extends z.ZodType>(
  path: string,
  schema: S,
  token?: string,
): Promise<AckResult<z.output<S>>> {
  try {
    const res = await fetch(path, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    const body: unknown = await res.json().catch(() => null);
    if (!res.ok) {
      const err = z.object({ code: z.string(), message: z.string() }).safeParse(body);
      return {
        ok: false,
        error: err.success ? err.data : { code: 'internal', message: `HTTP ${res.status}` },
      };
    }
    const parsed = schema.safeParse(body);
    if (!parsed.success) return { ok: false, error: { code: 'internal', message: 'unexpected answer' } };
    return { ok: true, data: parsed.data };
  } catch {
    return { ok: false, error: { code: 'offline', message: 'no connection to the hub' } };
  }
}

export const fetchCatalogue = () => getJson('/api/v1/catalogue', Catalogue);
export const fetchWorklist = (token: string, counterId: string) =>
  getJson(`/api/v1/counters/${encodeURIComponent(counterId)}/worklist`, Worklist, token);
export const fetchStaff = (token: string) => getJson('/api/v1/staff', z.array(StaffSummary), token);
export const fetchVisit = (token: string, visitId: string) =>
  getJson(`/api/v1/visits/${encodeURIComponent(visitId)}`, VisitDetail, token);
export const fetchCustomerHistory = (token: string, visitId: string) =>
  getJson(`/api/v1/visits/${encodeURIComponent(visitId)}/customer-history`, CustomerHistory, token);

export async function signOutSession(token: string): Promise<void> {
  await fetch('/api/v1/auth/logout', { method: 'POST', headers: { authorization: `Bearer ${token}` } }).catch(
    () => undefined,
  );
}
