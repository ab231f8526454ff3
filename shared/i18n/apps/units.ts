/**
 * Durations with Arabic number agreement, chosen by i18next's plural rules (Intl.PluralRules:
 * Arabic has zero, one, two, few 3–10, many 11–99, other 100+). `count` picks the form and `n`
 * is the number as shown (digits already localised), so the forms agree with the number while the
 * digits follow the centre's setting. A range agrees with its upper bound ("٥–٩ دقائق").
 * English has only one/other; its other forms are there because the catalogues share keys.
 */
import type { AppStrings } from '../catalog.js';

export const units: AppStrings = {
  ar: {
    minutes_zero: '{{n}} دقيقة',
    minutes_one: 'دقيقة واحدة',
    minutes_two: 'دقيقتان',
    minutes_few: '{{n}} دقائق',
    minutes_many: '{{n}} دقيقة',
    minutes_other: '{{n}} دقيقة',
    seconds_zero: '{{n}} ثانية',
    seconds_one: 'ثانية واحدة',
    seconds_two: 'ثانيتان',
    seconds_few: '{{n}} ثوانٍ',
    seconds_many: '{{n}} ثانية',
    seconds_other: '{{n}} ثانية',
    minutesRange_zero: '{{low}}–{{high}} دقيقة',
    minutesRange_one: '{{low}}–{{high}} دقيقة',
    minutesRange_two: '{{low}}–{{high}} دقيقة',
    minutesRange_few: '{{low}}–{{high}} دقائق',
    minutesRange_many: '{{low}}–{{high}} دقيقة',
    minutesRange_other: '{{low}}–{{high}} دقيقة',
    tickets_zero: 'لا تذاكر',
    tickets_one: 'تذكرة واحدة',
    tickets_two: 'تذكرتان',
    tickets_few: '{{n}} تذاكر',
    tickets_many: '{{n}} تذكرة',
    tickets_other: '{{n}} تذكرة',
  },
  en: {
    minutes_zero: '{{n}} minutes',
    minutes_one: '1 minute',
    minutes_two: '2 minutes',
    minutes_few: '{{n}} minutes',
    minutes_many: '{{n}} minutes',
    minutes_other: '{{n}} minutes',
    seconds_zero: '{{n}} seconds',
    seconds_one: '1 second',
    seconds_two: '2 seconds',
    seconds_few: '{{n}} seconds',
    seconds_many: '{{n}} seconds',
    seconds_other: '{{n}} seconds',
    minutesRange_zero: '{{low}}–{{high}} minutes',
    minutesRange_one: '{{low}}–{{high}} minutes',
    minutesRange_two: '{{low}}–{{high}} minutes',
    minutesRange_few: '{{low}}–{{high}} minutes',
    minutesRange_many: '{{low}}–{{high}} minutes',
    minutesRange_other: '{{low}}–{{high}} minutes',
    tickets_zero: 'no tickets',
    tickets_one: '1 ticket',
    tickets_two: '2 tickets',
    tickets_few: '{{n}} tickets',
    tickets_many: '{{n}} tickets',
    tickets_other: '{{n}} tickets',
  },
};
