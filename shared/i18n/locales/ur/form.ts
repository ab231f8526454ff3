/** Urdu: form messages the phone pages and forms show instead of the browser's (machine-translated). */
import type { VisitorNamespaces } from '../types.js';

export const form: VisitorNamespaces['form'] = {
  required: 'یہ خانہ لازمی ہے۔',
  wholeNumber: 'پورا عدد درج کریں۔',
  tooLong: 'متن بہت لمبا ہے۔',
  tooShort: 'کم از کم {{min}} حروف لکھیں۔',
  atLeast: '{{min}} یا زیادہ درج کریں۔',
  atMost: '{{max}} یا کم درج کریں۔',
  invalid: 'یہ قدر درست نہیں۔',
  wrongCredentials: 'صارف نام یا PIN غلط ہے۔',
  invalidJson: 'یہ درست JSON نہیں۔ بریکٹ، کوما اور اقتباس کے نشان چیک کریں۔',
  invalidJsonAt:
    'یہ درست JSON نہیں: سطر {{line}}، کالم {{column}} چیک کریں (بریکٹ، کوما اور اقتباس کے نشان)۔',
};
