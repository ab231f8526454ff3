/**
 * The ticket's first status, over HTTP (the hub's page preloads it: main/hub/core/static-apps.ts), as
 * it came: the page draws it at once and checks it with zod only once that frame is painted
 * (renderer/status/ticket-checks.ts, bench/first-paint.ts). Only its outline is looked at here, the
 * fields the page reads and their types, so a malformed answer cannot break the render; the status
 * stays on screen only if the full check then passes (renderer/status/main.tsx).
 */
import type { PublicTicketStatus } from '../../shared/contract/views.js';
import { isVisitorLanguage } from '../../shared/i18n/languages.js';

/** The answer's JSON, or null when the hub refused, was not reached, or did not send JSON. */
export async function fetchFirstStatus(path: string): Promise<unknown> {
  try {
    const res = await fetch(path, { method: 'GET' });
    return res.ok ? ((await res.json()) as unknown) : null;
  } catch {
    return null;
  }
}

type Fields = Record<string, unknown>;

const isObject = (v: unknown): v is Fields => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isName = (v: unknown): boolean => isObject(v) && typeof v.ar === 'string' && typeof v.en === 'string';
const isEstimate = (v: unknown): boolean =>
  isObject(v) &&
  ['ahead', 'p50Minutes', 'p90Minutes', 'counters'].every((k) => isNumber(v[k])) &&
  (v.p10Minutes === undefined || isNumber(v.p10Minutes)) &&
  typeof v.pastClosing === 'boolean';

/** The answer if its outline is a ticket status (still unchecked: see above), else null. */
export function provisionalStatus(raw: unknown): PublicTicketStatus | null {
  if (!isObject(raw)) return null;
  const outline =
    typeof raw.ticket === 'string' &&
    typeof raw.status === 'string' &&
    isName(raw.service) &&
    (raw.position === null || isNumber(raw.position)) &&
    (raw.estimate === null || isEstimate(raw.estimate)) &&
    (raw.counterLabel === null || typeof raw.counterLabel === 'string') &&
    isNumber(raw.at) &&
    (raw.language === undefined || isVisitorLanguage(raw.language)) &&
    (raw.centre === undefined || isName(raw.centre));
  // Unchecked on purpose: zod's verdict, after the paint, decides whether it stays.
  return outline ? (raw as unknown as PublicTicketStatus) : null;
}
