/**
 * A centre open until midnight says "until midnight", never "until 0:00" (issue #15): the welcome
 * line's choice (shared/domain/opening-state.ts closingSaid), the kiosk's time words
 * (renderer/kiosk/format.ts, through the real catalogues) and the slip's closing time (24:00, said
 * as midnight).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { closingSaid, openingState } from '../../shared/domain/opening-state.js';
import { openedAt } from '../../shared/domain/device-health.js';
import { formatClosing, formatDayHours, formatHhmm } from '../../renderer/kiosk/format.js';
import { ticketClosing } from '../../main/hub/features/kiosk/ticket-print.js';
import { closingLine } from '../../devices/printer/ticket-template.js';
import { DEMO_CATALOGUE, openAroundTheClock } from '../../main/demo/catalogue.js';
import { catalogueTranslate } from '../support/translate.js';
import type { Translate } from '../../shared/i18n/durations.js';

const dubai = (day: number, hh: number, mm: number) => Date.UTC(2025, 2, day, hh - 4, mm);
const evenings = {
  ...DEMO_CATALOGUE,
  centre: {
    ...DEMO_CATALOGUE.centre,
    openingHours: DEMO_CATALOGUE.centre.openingHours.map(() => ({ open: '16:00', close: '00:00' })),
  },
};
let ar: Translate;
let en: Translate;
const tr = (t: Translate) => (key: string, values?: Record<string, string>) => t(key, values ?? {});
beforeAll(async () => {
  ar = await catalogueTranslate('ar');
  en = await catalogueTranslate('en');
});

describe('closing at midnight', () => {
  it('is said as midnight on a day that ends at 00:00, and as a time otherwise', () => {
    const evening = openingState({ centre: evenings.centre, queues: evenings.queues, now: dubai(3, 18, 0) });
    expect(closingSaid(evening)).toEqual({ kind: 'midnight' });
    const day = openingState({ centre: DEMO_CATALOGUE.centre, queues: [], now: dubai(3, 10, 0) });
    expect(closingSaid(day)).toEqual({ kind: 'at', time: '20:00' });
  });

  it('is not mentioned at all for a centre open around the clock', () => {
    const c = openAroundTheClock(DEMO_CATALOGUE);
    const s = openingState({ centre: c.centre, queues: c.queues, now: dubai(3, 23, 50) });
    expect(closingSaid(s)).toEqual({ kind: 'around-the-clock' });
  });

  it('reads "منتصف الليل" / "midnight" on the kiosk, where the plain clock reads "12:00 ص" / "0:00"', () => {
    expect(formatHhmm('00:00', 'ar', 'latin')).toBe('12:00 ص');
    expect(formatHhmm('24:00', 'en', 'latin')).toBe('0:00');
    expect(formatClosing('00:00', 'ar', 'arabic', tr(ar))).toBe('منتصف الليل');
    expect(formatClosing('24:00', 'en', 'latin', tr(en))).toBe('midnight');
    expect(formatClosing('20:00', 'ar', 'arabic', tr(ar))).toBe('٨:٠٠ م');
    expect(tr(ar)('kiosk.openUntilMidnight')).toBe('المركز مفتوح حتى منتصف الليل');
  });

  it("writes a day's hours in the assistant's answer: a range, midnight, or all day", () => {
    expect(formatDayHours({ open: '16:00', close: '00:00' }, 'ar', 'arabic', tr(ar))).toBe(
      'من ٤:٠٠ م إلى منتصف الليل',
    );
    expect(formatDayHours({ open: '07:30', close: '20:00' }, 'en', 'latin', tr(en))).toBe('7:30–20:00');
    expect(formatDayHours({ open: '00:00', close: '00:00' }, 'en', 'latin', tr(en))).toBe('Open 24 hours');
    expect(formatDayHours({ open: '00:00', close: '00:00' }, 'ar', 'arabic', tr(ar))).toBe('على مدار الساعة');
  });

  it('prints midnight on the slip, as the kiosk says it, not 00:00 or 12:00 ص', () => {
    const closing = ticketClosing(evenings, evenings.queues[0]!.id, { p50Minutes: 5 }, dubai(3, 18, 0));
    expect(closing?.closesAt).toBe('24:00');
    expect(closingLine(closing)?.text).toEqual({
      ar: 'يغلق المركز عند منتصف الليل',
      en: 'The centre closes at midnight',
    });
  });

  it('counts a day open until midnight (or all day) as open for device-silence alerts; a holiday as closed', () => {
    expect(openedAt(evenings.centre, dubai(3, 23, 0))).toBe(dubai(3, 16, 0));
    const allDay = openAroundTheClock(DEMO_CATALOGUE).centre;
    expect(openedAt(allDay, dubai(3, 10, 0))).toBe(dubai(3, 0, 0));
    const holiday = { date: '2025-03-03', reason: { ar: 'عيد الاتحاد', en: 'National Day' } };
    expect(openedAt({ ...DEMO_CATALOGUE.centre, closedDates: [holiday] }, dubai(3, 10, 0))).toBeNull();
    expect(openedAt(DEMO_CATALOGUE.centre, dubai(3, 10, 0))).toBe(dubai(3, 7, 30));
  });
});
