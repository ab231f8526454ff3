/** Persian: durations and counts (machine-translated). CLDR forms: one (0 and 1) and other. */
import type { VisitorNamespaces } from '../types.js';

export const units: VisitorNamespaces['units'] = {
  minutes_zero: '{{n}} دقیقه',
  minutes_one: '{{n}} دقیقه',
  minutes_other: '{{n}} دقیقه',
  seconds_zero: '{{n}} ثانیه',
  seconds_one: '{{n}} ثانیه',
  seconds_other: '{{n}} ثانیه',
  minutesRange_zero: '{{low}} تا {{high}} دقیقه',
  minutesRange_one: '{{low}} تا {{high}} دقیقه',
  minutesRange_other: '{{low}} تا {{high}} دقیقه',
  minutesUpTo_zero: 'تا {{high}} دقیقه',
  minutesUpTo_one: 'تا {{high}} دقیقه',
  minutesUpTo_other: 'تا {{high}} دقیقه',
  tickets_zero: 'بدون نوبت',
  tickets_one: '{{n}} نوبت',
  tickets_other: '{{n}} نوبت',
  // After a preposition: the same forms (the genitive dual is an Arabic distinction).
  minutes_genitive_zero: '{{n}} دقیقه',
  minutes_genitive_one: '{{n}} دقیقه',
  minutes_genitive_other: '{{n}} دقیقه',
  seconds_genitive_zero: '{{n}} ثانیه',
  seconds_genitive_one: '{{n}} ثانیه',
  seconds_genitive_other: '{{n}} ثانیه',
  tickets_genitive_zero: '{{n}} نوبت',
  tickets_genitive_one: '{{n}} نوبت',
  tickets_genitive_other: '{{n}} نوبت',
  waitNow: 'انتظار برای نوبتی که اکنون گرفته شود',
  waitSoon: 'کمتر از یک دقیقه',
  waitNoCounter: 'اکنون هیچ باجه‌ای باز نیست',
  // Inside a sentence (ask.waitShownLine): the same words, the script has no case.
  waitSoonInline: 'کمتر از یک دقیقه',
  waitNoCounterInline: 'اکنون هیچ باجه‌ای باز نیست',
};
