/** Whether an appointment can be checked in now: a pure rule, clock passed in. */
export interface CheckInWindow {
  earlyMinutes: number;
  lateMinutes: number;
}

export type CheckInTiming =
  | { ok: true }
  | { ok: false; code: 'too_early'; opensAt: number }
  | { ok: false; code: 'too_late'; closedAt: number };

export function checkInTiming(startsAt: number, now: number, w: CheckInWindow): CheckInTiming {
  const opensAt = startsAt - w.earlyMinutes * 60_000;
  const closedAt = startsAt + w.lateMinutes * 60_000;
  if (now < opensAt) return { ok: false, code: 'too_early', opensAt };
  if (now > closedAt) return { ok: false, code: 'too_late', closedAt };
  return { ok: true };
}
