/**
 * Tagalog: durations and counts (machine-translated). CLDR's `one` covers 1, 2, 3, 5, 7, 8, …, so
 * every form carries the number.
 */
import type { VisitorNamespaces } from '../types.js';

export const units: VisitorNamespaces['units'] = {
  minutes_zero: '{{n}} minuto',
  minutes_one: '{{n}} minuto',
  minutes_other: '{{n}} minuto',
  seconds_zero: '{{n}} segundo',
  seconds_one: '{{n}} segundo',
  seconds_other: '{{n}} segundo',
  minutesRange_zero: '{{low}}–{{high}} minuto',
  minutesRange_one: '{{low}}–{{high}} minuto',
  minutesRange_other: '{{low}}–{{high}} minuto',
  minutesUpTo_zero: 'hanggang {{high}} minuto',
  minutesUpTo_one: 'hanggang {{high}} minuto',
  minutesUpTo_other: 'hanggang {{high}} minuto',
  tickets_zero: 'walang tiket',
  tickets_one: '{{n}} tiket',
  tickets_other: '{{n}} tiket',
  // After a preposition: the same forms (the genitive dual is an Arabic distinction).
  minutes_genitive_zero: '{{n}} minuto',
  minutes_genitive_one: '{{n}} minuto',
  minutes_genitive_other: '{{n}} minuto',
  seconds_genitive_zero: '{{n}} segundo',
  seconds_genitive_one: '{{n}} segundo',
  seconds_genitive_other: '{{n}} segundo',
  tickets_genitive_zero: '{{n}} tiket',
  tickets_genitive_one: '{{n}} tiket',
  tickets_genitive_other: '{{n}} tiket',
  waitNow: 'Paghihintay kung kukuha ng tiket ngayon',
  waitSoon: 'Wala pang isang minuto',
  waitNoCounter: 'Walang bukas na counter ngayon',
  // Inside a sentence (ask.waitShownLine): in lower case.
  waitSoonInline: 'wala pang isang minuto',
  waitNoCounterInline: 'walang bukas na counter ngayon',
};
