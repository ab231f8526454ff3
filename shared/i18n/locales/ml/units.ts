/** Malayalam: durations and counts (machine-translated). CLDR forms: one and other. */
import type { VisitorNamespaces } from '../types.js';

export const units: VisitorNamespaces['units'] = {
  minutes_zero: '{{n}} മിനിറ്റ്',
  minutes_one: '{{n}} മിനിറ്റ്',
  minutes_other: '{{n}} മിനിറ്റ്',
  seconds_zero: '{{n}} സെക്കൻഡ്',
  seconds_one: '{{n}} സെക്കൻഡ്',
  seconds_other: '{{n}} സെക്കൻഡ്',
  minutesRange_zero: '{{low}}–{{high}} മിനിറ്റ്',
  minutesRange_one: '{{low}}–{{high}} മിനിറ്റ്',
  minutesRange_other: '{{low}}–{{high}} മിനിറ്റ്',
  minutesUpTo_zero: '{{high}} മിനിറ്റ് വരെ',
  minutesUpTo_one: '{{high}} മിനിറ്റ് വരെ',
  minutesUpTo_other: '{{high}} മിനിറ്റ് വരെ',
  tickets_zero: 'ടിക്കറ്റുകളില്ല',
  tickets_one: '{{n}} ടിക്കറ്റ്',
  tickets_other: '{{n}} ടിക്കറ്റുകൾ',
  // After a preposition: the same forms (the genitive dual is an Arabic distinction).
  minutes_genitive_zero: '{{n}} മിനിറ്റ്',
  minutes_genitive_one: '{{n}} മിനിറ്റ്',
  minutes_genitive_other: '{{n}} മിനിറ്റ്',
  seconds_genitive_zero: '{{n}} സെക്കൻഡ്',
  seconds_genitive_one: '{{n}} സെക്കൻഡ്',
  seconds_genitive_other: '{{n}} സെക്കൻഡ്',
  tickets_genitive_zero: '{{n}} ടിക്കറ്റുകൾ',
  tickets_genitive_one: '{{n}} ടിക്കറ്റ്',
  tickets_genitive_other: '{{n}} ടിക്കറ്റുകൾ',
  waitNow: 'ഇപ്പോൾ ടിക്കറ്റ് എടുത്താൽ കാത്തിരിപ്പ്',
  waitSoon: 'ഒരു മിനിറ്റിൽ താഴെ',
  waitNoCounter: 'ഇപ്പോൾ ഒരു കൗണ്ടറും തുറന്നിട്ടില്ല',
  // Inside a sentence (ask.waitShownLine): the same words, the script has no case.
  waitSoonInline: 'ഒരു മിനിറ്റിൽ താഴെ',
  waitNoCounterInline: 'ഇപ്പോൾ ഒരു കൗണ്ടറും തുറന്നിട്ടില്ല',
};
