/** The pure health rules: opening periods, presence → online / offline / silent, printer and link states. */
import { describe, expect, it } from 'vitest';
import {
  openedAt,
  presenceHealth,
  printerHealthOf,
  serialLinkOf,
} from '../../shared/domain/device-health.js';

const MIN = 60_000;
// Sunday … Saturday; Friday short, Saturday closed (the demo centre's week), in Dubai (UTC+4, no DST).
const centre = {
  timeZone: 'Asia/Dubai',
  openingHours: [
    { open: '07:30', close: '20:00' },
    { open: '07:30', close: '20:00' },
    { open: '07:30', close: '20:00' },
    { open: '07:30', close: '20:00' },
    { open: '07:30', close: '20:00' },
    { open: '07:30', close: '12:00' },
    null,
  ],
};
/** Monday 7 December 2026 at hh:mm in Dubai. */
const monday = (hhmm: string) => Date.parse(`2026-12-07T${hhmm}:00+04:00`);

describe('openedAt', () => {
  it('is the start of the current opening period, and null outside it', () => {
    expect(openedAt(centre, monday('10:15') + 42_000)).toBe(monday('07:30'));
    expect(openedAt(centre, monday('07:30'))).toBe(monday('07:30'));
    expect(openedAt(centre, monday('07:29'))).toBeNull();
    expect(openedAt(centre, monday('20:00'))).toBeNull();
    // Saturday is closed all day.
    expect(openedAt(centre, Date.parse('2026-12-12T10:00:00+04:00'))).toBeNull();
  });
});

describe('presenceHealth', () => {
  const rule = (now: number, over: Partial<Parameters<typeof presenceHealth>[1]> = {}) => ({
    silentAfterMs: 5 * MIN,
    watchingSince: monday('06:00'),
    openSince: openedAt(centre, now),
    ...over,
  });

  it('is online while connected, whatever the hour or the last-seen time', () => {
    const now = monday('11:00');
    expect(presenceHealth({ connected: true, lastSeenAt: null }, rule(now), now)).toEqual({
      state: 'online',
      silentForMs: 0,
    });
  });

  it('turns silent only after the threshold, counted from when it was last seen', () => {
    const now = monday('11:00');
    const facts = (minutesAgo: number) => ({ connected: false, lastSeenAt: now - minutesAgo * MIN });
    expect(presenceHealth(facts(4), rule(now), now).state).toBe('offline');
    expect(presenceHealth(facts(5), rule(now), now)).toEqual({ state: 'silent', silentForMs: 5 * MIN });
  });

  it('is never silent while the centre is closed', () => {
    const night = monday('22:00');
    expect(
      presenceHealth({ connected: false, lastSeenAt: night - 8 * 60 * MIN }, rule(night), night),
    ).toEqual({
      state: 'offline',
      silentForMs: 0,
    });
  });

  it('counts silence from the opening, not from the night before', () => {
    const lastEvening = monday('19:00') - 24 * 60 * MIN;
    const early = monday('07:33');
    expect(presenceHealth({ connected: false, lastSeenAt: lastEvening }, rule(early), early)).toEqual({
      state: 'offline',
      silentForMs: 3 * MIN,
    });
    const later = monday('07:36');
    expect(presenceHealth({ connected: false, lastSeenAt: lastEvening }, rule(later), later).state).toBe(
      'silent',
    );
  });

  it('does not blame a device for time before the hub itself was watching', () => {
    const now = monday('11:00');
    const started = monday('10:58');
    expect(
      presenceHealth({ connected: false, lastSeenAt: null }, rule(now, { watchingSince: started }), now)
        .state,
    ).toBe('offline');
    const after = monday('11:03');
    expect(
      presenceHealth({ connected: false, lastSeenAt: null }, rule(after, { watchingSince: started }), after)
        .state,
    ).toBe('silent');
  });
});

describe('printer and serial link states from device reports', () => {
  it('maps the devices layer printer states, paper near end included', () => {
    expect(printerHealthOf({ level: 'warning', detail: 'paper-near-end' })).toBe('paper_near_end');
    expect(printerHealthOf({ level: 'error', detail: 'paper-out' })).toBe('paper_out');
    expect(printerHealthOf({ level: 'error', detail: 'cover-open' })).toBe('cover_open');
    expect(printerHealthOf({ level: 'error', detail: 'printer-error' })).toBe('error');
    expect(printerHealthOf({ level: 'disconnected', detail: 'unreachable' })).toBe('offline');
    expect(printerHealthOf({ level: 'ok', detail: 'ready' })).toBe('ok');
  });

  it('reads a serial report as an open, closed or failing link', () => {
    expect(serialLinkOf({ level: 'ok' })).toBe('open');
    expect(serialLinkOf({ level: 'disconnected' })).toBe('closed');
    expect(serialLinkOf({ level: 'error' })).toBe('error');
  });
});
