/** Urdu: durations and counts (machine-translated). Urdu has CLDR forms one and other. */
import type { VisitorNamespaces } from '../types.js';

export const units: VisitorNamespaces['units'] = {
  minutes_zero: '{{n}} منٹ',
  minutes_one: '{{n}} منٹ',
  minutes_other: '{{n}} منٹ',
  seconds_zero: '{{n}} سیکنڈ',
  seconds_one: '{{n}} سیکنڈ',
  seconds_other: '{{n}} سیکنڈ',
  minutesRange_zero: '{{low}} سے {{high}} منٹ',
  minutesRange_one: '{{low}} سے {{high}} منٹ',
  minutesRange_other: '{{low}} سے {{high}} منٹ',
  minutesUpTo_zero: '{{high}} منٹ تک',
  minutesUpTo_one: '{{high}} منٹ تک',
  minutesUpTo_other: '{{high}} منٹ تک',
  tickets_zero: 'کوئی ٹکٹ نہیں',
  tickets_one: '{{n}} ٹکٹ',
  tickets_other: '{{n}} ٹکٹ',
  // After a preposition: the same forms (the genitive dual is an Arabic distinction).
  minutes_genitive_zero: '{{n}} منٹ',
  minutes_genitive_one: '{{n}} منٹ',
  minutes_genitive_other: '{{n}} منٹ',
  seconds_genitive_zero: '{{n}} سیکنڈ',
  seconds_genitive_one: '{{n}} سیکنڈ',
  seconds_genitive_other: '{{n}} سیکنڈ',
  tickets_genitive_zero: '{{n}} ٹکٹ',
  tickets_genitive_one: '{{n}} ٹکٹ',
  tickets_genitive_other: '{{n}} ٹکٹ',
  waitNow: 'ابھی ٹکٹ لینے پر انتظار',
  waitSoon: 'ایک منٹ سے کم',
  waitNoCounter: 'ابھی کوئی کاؤنٹر کھلا نہیں',
  // Inside a sentence (ask.waitShownLine): the same words, the script has no case.
  waitSoonInline: 'ایک منٹ سے کم',
  waitNoCounterInline: 'ابھی کوئی کاؤنٹر کھلا نہیں',
};
