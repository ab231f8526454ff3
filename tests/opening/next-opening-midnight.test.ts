/**
 * An opening at 00:00 is said as midnight on the phone's join page and on the kiosk, never "0:00" or
 * "12:00 ص" (issue #15), and as the midnight that starts its day: an opening at 00:00 tomorrow is
 * "tonight at midnight". The choice is shared/domain/opening-state.ts openingSaid; the sentences come
 * from the real catalogues, in the join page's and the kiosk's namespaces.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { openingSaid, openingState } from '../../shared/domain/opening-state.js';
import { DEMO_CATALOGUE } from '../../main/demo/catalogue.js';
import { catalogueTranslate } from '../support/translate.js';
import type { Translate } from '../../shared/i18n/durations.js';

const dubai = (day: number, hh: number, mm: number) => Date.UTC(2025, 2, day, hh - 4, mm);
/** A night shift: every day from midnight to 08:00. */
const nights = {
  ...DEMO_CATALOGUE,
  centre: {
    ...DEMO_CATALOGUE.centre,
    openingHours: DEMO_CATALOGUE.centre.openingHours.map(() => ({ open: '00:00', close: '08:00' })),
  },
};
let ar: Translate;
let en: Translate;
beforeAll(async () => {
  ar = await catalogueTranslate('ar');
  en = await catalogueTranslate('en');
});

describe('the next opening at 00:00', () => {
  it('is "tonight at midnight" when the centre opens at 00:00 tomorrow', () => {
    const s = openingState({ centre: nights.centre, queues: nights.queues, now: dubai(3, 21, 0) });
    expect(s.status).toBe('closed');
    expect(s.nextOpening).toMatchObject({ time: '00:00', inDays: 1 });
    const said = openingSaid(s.nextOpening!);
    expect(said).toEqual({ key: 'opensTonightAtMidnight' });
    for (const ns of ['join', 'kiosk']) {
      expect(ar(`${ns}.${said.key}`, {})).toContain('الليلة عند منتصف الليل');
      expect(en(`${ns}.${said.key}`, {})).toContain('tonight at midnight');
    }
  });

  it('names the day that midnight begins when it is further away, and no clock time', () => {
    const said = openingSaid({ day: '2025-03-09', time: '00:00', inDays: 3 });
    expect(said).toEqual({ key: 'opensAtMidnightOn', day: '2025-03-09' });
    const values = { day: 'الأحد', time: '0:00' };
    expect(ar(`join.${said.key}`, values)).toBe('يفتح عند منتصف الليل مع بداية يوم الأحد.');
    expect(en(`kiosk.${said.key}`, { day: 'Sunday', time: '0:00' })).toBe(
      'Opens at midnight, as Sunday begins',
    );
    for (const t of [ar, en]) expect(t(`join.${said.key}`, values)).not.toMatch(/0:00|12:00/);
  });

  it('keeps a clock time for any other opening', () => {
    expect(openingSaid({ day: '2025-03-04', time: '07:30', inDays: 0 })).toEqual({
      key: 'opensToday',
      time: '07:30',
    });
    expect(openingSaid({ day: '2025-03-05', time: '07:30', inDays: 1 })).toEqual({
      key: 'opensTomorrow',
      time: '07:30',
    });
    expect(openingSaid({ day: '2025-03-08', time: '07:30', inDays: 4 })).toEqual({
      key: 'opensOn',
      day: '2025-03-08',
      time: '07:30',
    });
  });
});
