/** Hindi: durations and counts (machine-translated). CLDR forms: one (0 and 1) and other. */
import type { VisitorNamespaces } from '../types.js';

export const units: VisitorNamespaces['units'] = {
  minutes_zero: '{{n}} मिनट',
  minutes_one: '{{n}} मिनट',
  minutes_other: '{{n}} मिनट',
  seconds_zero: '{{n}} सेकंड',
  seconds_one: '{{n}} सेकंड',
  seconds_other: '{{n}} सेकंड',
  minutesRange_zero: '{{low}}–{{high}} मिनट',
  minutesRange_one: '{{low}}–{{high}} मिनट',
  minutesRange_other: '{{low}}–{{high}} मिनट',
  minutesUpTo_zero: '{{high}} मिनट तक',
  minutesUpTo_one: '{{high}} मिनट तक',
  minutesUpTo_other: '{{high}} मिनट तक',
  tickets_zero: 'कोई टिकट नहीं',
  tickets_one: '{{n}} टिकट',
  tickets_other: '{{n}} टिकट',
  // After a preposition: the same forms (the genitive dual is an Arabic distinction).
  minutes_genitive_zero: '{{n}} मिनट',
  minutes_genitive_one: '{{n}} मिनट',
  minutes_genitive_other: '{{n}} मिनट',
  seconds_genitive_zero: '{{n}} सेकंड',
  seconds_genitive_one: '{{n}} सेकंड',
  seconds_genitive_other: '{{n}} सेकंड',
  tickets_genitive_zero: '{{n}} टिकट',
  tickets_genitive_one: '{{n}} टिकट',
  tickets_genitive_other: '{{n}} टिकट',
  waitNow: 'अभी टिकट लेने पर प्रतीक्षा',
  waitSoon: 'एक मिनट से कम',
  waitNoCounter: 'अभी कोई काउंटर खुला नहीं है',
  // Inside a sentence (ask.waitShownLine): the same words, the script has no case.
  waitSoonInline: 'एक मिनट से कम',
  waitNoCounterInline: 'अभी कोई काउंटर खुला नहीं है',
};
