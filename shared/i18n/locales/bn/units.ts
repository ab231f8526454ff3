/** Bengali: durations and counts (machine-translated). CLDR forms: one (0 and 1) and other. */
import type { VisitorNamespaces } from '../types.js';

export const units: VisitorNamespaces['units'] = {
  minutes_zero: '{{n}} মিনিট',
  minutes_one: '{{n}} মিনিট',
  minutes_other: '{{n}} মিনিট',
  seconds_zero: '{{n}} সেকেন্ড',
  seconds_one: '{{n}} সেকেন্ড',
  seconds_other: '{{n}} সেকেন্ড',
  minutesRange_zero: '{{low}}–{{high}} মিনিট',
  minutesRange_one: '{{low}}–{{high}} মিনিট',
  minutesRange_other: '{{low}}–{{high}} মিনিট',
  minutesUpTo_zero: '{{high}} মিনিট পর্যন্ত',
  minutesUpTo_one: '{{high}} মিনিট পর্যন্ত',
  minutesUpTo_other: '{{high}} মিনিট পর্যন্ত',
  tickets_zero: 'কোনো টিকিট নেই',
  tickets_one: '{{n}}টি টিকিট',
  tickets_other: '{{n}}টি টিকিট',
  // After a preposition: the same forms (the genitive dual is an Arabic distinction).
  minutes_genitive_zero: '{{n}} মিনিট',
  minutes_genitive_one: '{{n}} মিনিট',
  minutes_genitive_other: '{{n}} মিনিট',
  seconds_genitive_zero: '{{n}} সেকেন্ড',
  seconds_genitive_one: '{{n}} সেকেন্ড',
  seconds_genitive_other: '{{n}} সেকেন্ড',
  tickets_genitive_zero: '{{n}}টি টিকিট',
  tickets_genitive_one: '{{n}}টি টিকিট',
  tickets_genitive_other: '{{n}}টি টিকিট',
  waitNow: 'এখন টিকিট নিলে অপেক্ষা',
  waitSoon: 'এক মিনিটের কম',
  waitNoCounter: 'এখন কোনো কাউন্টার খোলা নেই',
  // Inside a sentence (ask.waitShownLine): the same words, the script has no case.
  waitSoonInline: 'এক মিনিটের কম',
  waitNoCounterInline: 'এখন কোনো কাউন্টার খোলা নেই',
};
